#include <QTest>

#include "linkfinder.h"

// Finding URLs in running text, one line at a time: where they start and where they end.
class TestLinkFinder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void next_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("urls");
        const QString a = QStringLiteral("http://a.example/x");
        QTest::newRow("none") << QStringLiteral("no links here, only http and https words")
                              << QStringList();
        QTest::newRow("alone") << a << QStringList{a};
        QTest::newRow("sentence") << QStringLiteral("See http://a.example/x.") << QStringList{a};
        QTest::newRow("question") << QStringLiteral("Is it http://a.example/x?") << QStringList{a};
        QTest::newRow("quoted") << QStringLiteral("href=\"http://a.example/x\">") << QStringList{a};
        QTest::newRow("angle") << QStringLiteral("<http://a.example/x>") << QStringList{a};
        QTest::newRow("markdown") << QStringLiteral("[file](http://a.example/x)") << QStringList{a};
        QTest::newRow("parenthesis")
            << QStringLiteral("(see http://a.example/x)") << QStringList{a};
        QTest::newRow("own parentheses")
            << QStringLiteral("http://w.example/Foo_(bar) end")
            << QStringList{QStringLiteral("http://w.example/Foo_(bar)")};
        QTest::newRow("own brackets")
            << QStringLiteral("http://h.example/img[1-3].jpg, ok")
            << QStringList{QStringLiteral("http://h.example/img[1-3].jpg")};
        QTest::newRow("two") << QStringLiteral("http://a.example/x and HTTPS://b.example/y")
                             << QStringList{a, QStringLiteral("HTTPS://b.example/y")};
        QTest::newRow("adjacent by space")
            << QStringLiteral("http://a.example/x http://a.example/x") << QStringList{a, a};
        QTest::newRow("other scheme")
            << QStringLiteral("svn+https://a.example/x xhttp://b/") << QStringList();
        QTest::newRow("bare scheme") << QStringLiteral("http:// and https://.") << QStringList();
        QTest::newRow("pipe ends") << QStringLiteral("http://a.example/x|y") << QStringList{a};
    }
    void next()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, urls);
        QStringList found;
        qsizetype pos = 0;
        for (QStringView url = LinkFinder::next(line, &pos); !url.isEmpty();
             url = LinkFinder::next(line, &pos))
            found << url.toString();
        QCOMPARE(found, urls);
        QCOMPARE(pos, line.size());
        QVERIFY(LinkFinder::next(line, &pos).isEmpty()); // at the end it stays there
    }

    void isWholeUrl_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("whole");
        QTest::newRow("url") << QStringLiteral("https://a.example/x") << true;
        QTest::newRow("capitals") << QStringLiteral("HTTP://a.example/x") << true;
        QTest::newRow("own parentheses") << QStringLiteral("http://a.example/(1)") << true;
        QTest::newRow("ends with a dot") << QStringLiteral("http://a.example/x.") << false;
        QTest::newRow("space inside") << QStringLiteral("http://a.example/x y") << false;
        QTest::newRow("text first") << QStringLiteral("see http://a.example/x") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://a.example/x") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void isWholeUrl()
    {
        QFETCH(QString, field);
        QFETCH(bool, whole);
        QCOMPARE(LinkFinder::isWholeUrl(field), whole);
    }
};

QTEST_GUILESS_MAIN(TestLinkFinder)
#include "tst_linkfinder.moc"
