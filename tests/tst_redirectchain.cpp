#include <QTest>

#include "redirectchain.h"

// The redirect rules without a network: where a Location may lead, the hop and loop limits, and
// which credentials follow a hop.
class TestRedirectChain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isRedirect_data();
    void isRedirect();
    void follow_data();
    void follow();
    void hopLimit();
    void loopThroughSeveralHops();
    void mayCarry_data();
    void mayCarry();
};

void TestRedirectChain::isRedirect_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("expected");
    for (const int s : {301, 302, 303, 307, 308})
        QTest::addRow("%d", s) << s << true;
    for (const int s : {200, 206, 300, 304, 305, 306, 309, 404, 0})
        QTest::addRow("%d", s) << s << false;
}

void TestRedirectChain::isRedirect()
{
    QFETCH(int, status);
    QFETCH(bool, expected);
    QCOMPARE(RedirectChain::isRedirect(status), expected);
}

void TestRedirectChain::follow_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("next");    // empty: refused
    QTest::addColumn<QString>("refusal"); // empty: taken

    const QString a = QStringLiteral("http://a.test/dir/file");
    QTest::newRow("relative path")
        << a << QByteArray("other") << "http://a.test/dir/other" << QString();
    QTest::newRow("absolute path") << a << QByteArray(" /x ") << "http://a.test/x" << QString();
    QTest::newRow("other host") << a << QByteArray("http://b.test/y") << "http://b.test/y"
                                << QString();
    QTest::newRow("up to https") << a << QByteArray("https://a.test/y") << "https://a.test/y"
                                 << QString();
    QTest::newRow("same url, another fragment") << a << QByteArray("file#part") << QString()
                                                << "redirect loop at http://a.test/dir/file#part";
    QTest::newRow("back to itself") << a << QByteArray("http://a.test/dir/file") << QString()
                                    << "redirect loop at http://a.test/dir/file";
    QTest::newRow("no Location") << a << QByteArray() << QString()
                                 << "HTTP 302 without a Location header";
    QTest::newRow("ftp") << a << QByteArray("ftp://a.test/f") << QString()
                         << "redirect to unsupported scheme 'ftp' (ftp://a.test/f)";
    QTest::newRow("file") << a << QByteArray("file:///etc/passwd") << QString()
                          << "invalid redirect target file:///etc/passwd";
    QTest::newRow("no host") << a << QByteArray("http:///nohost") << QString()
                             << "invalid redirect target http:///nohost";
    QTest::newRow("down to http") << "https://a.test/f" << QByteArray("http://a.test/f")
                                  << QString()
                                  << "refused redirect from https to http (http://a.test/f)";
    QTest::newRow("shown without credentials")
        << "https://a.test/f" << QByteArray("http://u:secret@b.test/f") << QString()
        << "refused redirect from https to http (http://b.test/f)";
    QTest::newRow("credentials kept on the same origin")
        << "http://u:p@a.test/f" << QByteArray("/g") << "http://u:p@a.test/g" << QString();
    QTest::newRow("same origin, explicit default port")
        << "http://u:p@a.test/f" << QByteArray("http://a.test:80/g") << "http://u:p@a.test:80/g"
        << QString();
    QTest::newRow("credentials dropped on another host")
        << "http://u:p@a.test/f" << QByteArray("http://b.test/g") << "http://b.test/g" << QString();
    QTest::newRow("credentials dropped on another port")
        << "http://u:p@a.test/f" << QByteArray("http://a.test:8080/g") << "http://a.test:8080/g"
        << QString();
    QTest::newRow("credentials dropped on another scheme")
        << "http://u:p@a.test/f" << QByteArray("https://a.test/g") << "https://a.test/g"
        << QString();
    QTest::newRow("the Location's own credentials")
        << "http://u:p@a.test/f" << QByteArray("http://v:q@a.test/g") << "http://v:q@a.test/g"
        << QString();
}

void TestRedirectChain::follow()
{
    QFETCH(QString, current);
    QFETCH(QByteArray, location);
    QFETCH(QString, next);
    QFETCH(QString, refusal);

    RedirectChain chain{QUrl(current)};
    const RedirectChain::Hop hop = chain.follow(QUrl(current), 302, location);
    QCOMPARE(hop.refusal, refusal);
    QCOMPARE(hop.next.toString(), next);
}

void TestRedirectChain::hopLimit()
{
    RedirectChain chain{QUrl(QStringLiteral("http://a.test/0"))};
    QUrl current(QStringLiteral("http://a.test/0"));
    for (int i = 1; i <= RedirectChain::maxHops; ++i) {
        const auto hop = chain.follow(current, 301, "/" + QByteArray::number(i));
        QVERIFY2(hop.refusal.isEmpty(), qPrintable(hop.refusal));
        current = hop.next;
    }
    QCOMPARE(chain.hops(), RedirectChain::maxHops);
    const auto last = chain.follow(current, 301, "/last");
    QCOMPARE(last.refusal, QStringLiteral("more than 10 redirects"));
    QVERIFY(last.next.isEmpty());
}

void TestRedirectChain::loopThroughSeveralHops()
{
    RedirectChain chain{QUrl(QStringLiteral("http://a.test/start"))};
    const auto first = chain.follow(QUrl(QStringLiteral("http://a.test/start")), 302, "/b");
    QVERIFY(first.refusal.isEmpty());
    const auto second = chain.follow(first.next, 307, "http://c.test/c");
    QVERIFY(second.refusal.isEmpty());
    const auto back = chain.follow(second.next, 308, "http://a.test/b#again");
    QCOMPARE(back.refusal, QStringLiteral("redirect loop at http://a.test/b#again"));
}

void TestRedirectChain::mayCarry_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("expected");

    for (const QByteArray &name :
         {QByteArray("Authorization"), QByteArray("cookie"), QByteArray("PROXY-AUTHORIZATION")}) {
        QTest::addRow("%s to the same host", name.constData())
            << name << "https://A.test:8443/other" << true;
        QTest::addRow("%s to another host", name.constData()) << name << "http://b.test/" << false;
    }
    QTest::newRow("X-Token to another host") << QByteArray("X-Token") << "http://b.test/" << true;
    QTest::newRow("User-Agent to another host")
        << QByteArray("User-Agent") << "http://b.test/" << true;
}

void TestRedirectChain::mayCarry()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, url);
    QFETCH(bool, expected);
    QCOMPARE(
        RedirectChain::mayCarry(header, QUrl(QStringLiteral("http://a.test/start")), QUrl(url)),
        expected);
}

QTEST_GUILESS_MAIN(TestRedirectChain)
#include "tst_redirectchain.moc"
