#include <QTest>

#include "csvwriter.h"
#include "listformat.h"

// Which format a list file is, from its first bytes and its name.
class TestListFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<ListFormat::Kind>("kind");
        using Kind = ListFormat::Kind;
        const QByteArray h64(64, 'a');
        QTest::newRow("plain") << QByteArray("http://h/a\nhttp://h/b\tname=x\n") << QString()
                               << Kind::Plain;
        QTest::newRow("empty") << QByteArray() << QString() << Kind::Plain;
        QTest::newRow("plain with mirrors")
            << QByteArray("http://h/a\thttp://m/a\n") << QString() << Kind::Plain;
        QTest::newRow("web page") << QByteArray("<html><a href='http://h/a'>a</a></html>")
                                  << QString() << Kind::Plain;
        QTest::newRow("indented urls")
            << QByteArray("  http://h/a?x=1\n  http://h/b\n") << QString() << Kind::Plain;
        QTest::newRow("aria2") << QByteArray("http://h/a\n  out=b\n") << QString() << Kind::Aria2;
        QTest::newRow("aria2 tab option")
            << QByteArray("# list\nhttp://h/a\thttp://m/a\n\tchecksum=sha-256=ab\n") << QString()
            << Kind::Aria2;
        QTest::newRow("metalink 4")
            << QByteArray("<?xml version=\"1.0\"?>\n<!-- x -->\n<metalink xmlns=\"urn:ietf:"
                          "params:xml:ns:metalink\">")
            << QString() << Kind::Metalink;
        QTest::newRow("metalink with bom")
            << QByteArray("\xef\xbb\xbf<metalink>") << QString() << Kind::Metalink;
        QTest::newRow("by extension")
            << QByteArray("garbage") << QStringLiteral("/x/a.META4") << Kind::Metalink;
        QTest::newRow("metalink v3 extension")
            << QByteArray("") << QStringLiteral("a.metalink") << Kind::Metalink;
        QTest::newRow("results csv")
            << CsvWriter::line(CsvWriter::header()).toUtf8() + "http://h/a,,ok\r\n"
            << QString() << Kind::ResultsCsv;
        QTest::newRow("csv without file column")
            << QByteArray("url,final_url\nhttp://h/a,\n") << QString() << Kind::Plain;
        QTest::newRow("url with commas")
            << QByteArray("http://h/a?url,file\n") << QString() << Kind::Plain;
        QTest::newRow("sha256sum") << h64 + "  a.iso\n" + h64 + " *b.iso\n"
                                   << QString() << Kind::Checksums;
        QTest::newRow("bsd") << "# sums\nSHA256 (a) = " + h64 + "\n"
                             << QString() << Kind::Checksums;
        QTest::newRow("checksums with a digest not checked")
            << "SHA384 (a) = " + QByteArray(96, 'b') + "\nSHA256 (b) = " + h64 + "\n"
            << QString() << Kind::Checksums;
        QTest::newRow("checksums then a url") << h64 + "  a.iso\nhttp://h/a\n"
                                              << QString() << Kind::Plain;
    }
    void detect()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, fileName);
        QFETCH(ListFormat::Kind, kind);
        QCOMPARE(ListFormat::detect(head, fileName), kind);
    }

    // A head cut in the middle of a checksum line still says checksums.
    void cutHead()
    {
        QByteArray head;
        while (head.size() < ListFormat::headBytes)
            head += QByteArray(64, 'a') + "  some-file-name.iso\n";
        QCOMPARE(ListFormat::detect(head.first(ListFormat::headBytes)),
                 ListFormat::Kind::Checksums);
    }
};

QTEST_GUILESS_MAIN(TestListFormat)
#include "tst_listformat.moc"
