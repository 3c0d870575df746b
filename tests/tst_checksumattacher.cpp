#include <QTest>

#include "checksumattacher.h"

// Digests from a checksum file attached to the list lines whose file they name.
class TestChecksumAttacher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileNameOf_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("name");
        QTest::newRow("from the url")
            << QStringLiteral("http://h/dir/a.iso?x=1") << QStringLiteral("a.iso");
        QTest::newRow("percent-decoded")
            << QStringLiteral("http://h/a%20b.iso") << QStringLiteral("a b.iso");
        QTest::newRow("no path") << QStringLiteral("http://h/") << QStringLiteral("index.html");
        QTest::newRow("name field")
            << QStringLiteral("http://h/a\tname=b.bin") << QStringLiteral("b.bin");
        QTest::newRow("bare name")
            << QStringLiteral("http://h/a\tb.bin") << QStringLiteral("b.bin");
        QTest::newRow("dir") << QStringLiteral("http://h/a.bin\tdir=./x/y/\tmirror=http://m/a")
                             << QStringLiteral("x/y/a.bin");
        QTest::newRow("mirror is not a name")
            << QStringLiteral("http://h/a.bin\thttp://m/z.bin") << QStringLiteral("a.bin");
        QTest::newRow("digest is not a name")
            << QStringLiteral("http://h/a.bin\tsha256=%1").arg(QString(64, u'a'))
            << QStringLiteral("a.bin");
        QTest::newRow("unsafe name made safe")
            << QStringLiteral("http://h/a\tname=.hidden") << QStringLiteral("hidden");
        QTest::newRow("comment") << QStringLiteral("# http://h/a") << QString();
        QTest::newRow("not a url") << QStringLiteral("some text") << QString();
        QTest::newRow("blank") << QStringLiteral("  ") << QString();
    }
    void fileNameOf()
    {
        QFETCH(QString, line);
        QFETCH(QString, name);
        QCOMPARE(ChecksumAttacher::fileNameOf(line), name);
    }

    void attach()
    {
        const QString a(64, u'a');
        const QString b(32, u'b');
        const QString c(64, u'c');
        ChecksumAttacher attacher(ChecksumFile::parse(
            QStringLiteral("%1  a.iso\nMD5 (a.iso) = %2\n%1  sub/x.bin\n%3  c.iso\n%1  gone.iso\n"
                           "%1  other/x.bin\n")
                .arg(a, b, c)));
        const QString text = QStringLiteral("http://h/a.iso\r\n"
                                            "http://h/y\tdir=sub\tname=x.bin\n"
                                            "# http://h/a.iso\n"
                                            "http://h/c.iso\tsha256=%1\n"
                                            "http://h/nothing.iso\n"
                                            "not a list line a.iso\n")
                                 .arg(QString(64, u'f'));
        QCOMPARE(attacher.attachAll(text),
                 QStringLiteral("http://h/a.iso\tsha256=%1\tmd5=%2\r\n"
                                "http://h/y\tdir=sub\tname=x.bin\tsha256=%1\n"
                                "# http://h/a.iso\n"
                                "http://h/c.iso\tsha256=%3\n"
                                "http://h/nothing.iso\n"
                                "not a list line a.iso\n")
                     .arg(a, b, QString(64, u'f')));
        QCOMPARE(attacher.attachedCount(), 2);
        QCOMPARE(attacher.unmatched(),
                 (QStringList{QStringLiteral("gone.iso"), QStringLiteral("other/x.bin")}));
        QCOMPARE(attacher.conflicts().size(), 1);
        QVERIFY(attacher.conflicts()[0].startsWith(QStringLiteral("c.iso: the list's sha256")));
    }

    void sameDigestGivenTwiceIsNotAConflict()
    {
        const QString a(64, u'a');
        ChecksumAttacher attacher(ChecksumFile::parse(QStringLiteral("%1  a\n").arg(a)));
        const QString line = QStringLiteral("http://h/a\tSHA256=%1").arg(a.toUpper());
        QCOMPARE(attacher.attach(line), line);
        QVERIFY(attacher.conflicts().isEmpty());
        QVERIFY(attacher.unmatched().isEmpty());
    }

    void emptyChecksumsChangeNothing()
    {
        ChecksumAttacher attacher{ChecksumFile()};
        QCOMPARE(attacher.attach(u"http://h/a \t"), QStringLiteral("http://h/a \t"));
    }
};

QTEST_GUILESS_MAIN(TestChecksumAttacher)
#include "tst_checksumattacher.moc"
