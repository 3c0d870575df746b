#include <QBuffer>
#include <QTest>

#include "listconverter.h"
#include "listsink.h"
#include "metalinkreader.h"

// Metalink 4 and 3 documents become lines of the list format; malformed or hostile documents
// are one clear error.
class TestMetalinkReader final : public QObject
{
    Q_OBJECT

private:
    static ListSink convert(const QByteArray &xml)
    {
        return ListConverter::convert(xml, ListFormat::Kind::Metalink);
    }
    static QString lines(const ListSink &sink)
    {
        // The converted lines without the blank ones that keep them on their <file> lines.
        QStringList out;
        for (const QString &line : sink.text().split(QLatin1Char('\n'))) {
            if (!line.isEmpty())
                out << line;
        }
        return out.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void convert_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QStringList>("notes");
        const QByteArray v4 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">";
        QTest::newRow("priority order")
            << v4 + "\n"
                    "  <file name=\"a.iso\">\n"
                    "    <size>1024</size>\n"
                    "    <url priority=\"2\">http://two/a.iso</url>\n"
                    "    <url>http://none/a.iso</url>\n"
                    "    <url priority=\"1\">http://one/a.iso</url>\n"
                    "    <hash type=\"sha-256\">ABCD</hash>\n"
                    "    <hash type=\"md5\">00ff</hash>\n"
                    "  </file>\n"
                    "</metalink>"
            << QStringLiteral("http://one/a.iso\tmirror=http://two/a.iso\tmirror=http://none/"
                              "a.iso\tname=a.iso\tsha256=ABCD\tmd5=00ff\tsize=1024")
            << QStringList();
        QTest::newRow("name with folders")
            << v4 + "\n"
                    "<file name=\"sub/dir/b.bin\"><url>http://h/b</url></file></metalink>"
            << QStringLiteral("http://h/b\tname=b.bin\tdir=sub/dir") << QStringList();
        QTest::newRow("absolute name")
            << v4 + "<file name=\"/b.bin\"><url>http://h/b</url></file></metalink>"
            << QStringLiteral("http://h/b\tname=b.bin\tdir=/") << QStringList();
        QTest::newRow("traversal carried for the parser")
            << v4 + "<file name=\"../../b.bin\"><url>http://h/b</url></file></metalink>"
            << QStringLiteral("http://h/b\tname=b.bin\tdir=../..") << QStringList();
        QTest::newRow("pieces are not the file's hash")
            << v4 + "\n"
                    "<file name=\"c\"><url>http://h/c</url><pieces length=\"10\" "
                    "type=\"sha-1\"><hash>1111</hash></pieces>\n"
                    "<hash type=\"sha-1\">2222</hash></file></metalink>"
            << QStringLiteral("http://h/c\tname=c\tsha1=2222") << QStringList();
        QTest::newRow("unknown hash and metaurl")
            << v4 + "\n"
                    "<file name=\"d\"><url>http://h/d</url><hash type=\"sha-384\">33</hash>\n"
                    "<metaurl mediatype=\"torrent\">http://h/d.torrent</metaurl></file></metalink>"
            << QStringLiteral("http://h/d\tname=d")
            << QStringList{QStringLiteral("3: ignored: hash type sha-384 (md5, sha-1, sha-256 "
                                          "and sha-512 are checked)"),
                           QStringLiteral("3: ignored: <metaurl> (torrents and other metalinks)")};
        QTest::newRow("ftp mirrors left out")
            << v4 + "\n"
                    "<file name=\"e\"><url priority=\"1\">ftp://f/e</url><url "
                    "priority=\"2\">http://h/e</url></file>\n"
                    "</metalink>"
            << QStringLiteral("http://h/e\tname=e")
            << QStringList{QStringLiteral("3: ignored: 1 URL that is not http or https")};
        QTest::newRow("no url") << v4 + "\n"
                                        "<file name=\"f\"><size>1</size></file></metalink>"
                                << QString()
                                << QStringList{QStringLiteral(
                                       "3: not converted: the <file> f has no <url>")};
        QTest::newRow("two files")
            << v4 + "\n"
                    "<file name=\"g\"><url>http://h/g</url></file><file "
                    "name=\"h\"><url>http://h/h</url></file>\n"
                    "</metalink>"
            << QStringLiteral("http://h/g\tname=g\nhttp://h/h\tname=h") << QStringList();
        QTest::newRow("name with a tab")
            << v4 + "\n<file name=\"a&#9;b\"><url>http://h/x</url>"
                    "</file></metalink>"
            << QString()
            << QStringList{QStringLiteral("3: not converted: the name holds a TAB, which "
                                          "a list line cannot carry")};
        QTest::newRow("version 3")
            << QByteArray("<?xml version=\"1.0\"?>\n"
                          "<metalink version=\"3.0\" xmlns=\"http://www.metalinker.org/\">\n"
                          " <files>\n"
                          "  <file name=\"v3.tar.gz\">\n"
                          "   <verification><hash type=\"sha1\">4444</hash><hash "
                          "type=\"sha256\">5555</hash></verification>\n"
                          "   <resources>\n"
                          "    <url type=\"http\" preference=\"10\">http://low/v3.tar.gz</url>\n"
                          "    <url type=\"http\" preference=\"100\">http://high/v3.tar.gz</url>\n"
                          "   </resources>\n"
                          "  </file>\n"
                          " </files>\n"
                          "</metalink>")
            << QStringLiteral("http://high/v3.tar.gz\tmirror=http://low/v3.tar.gz\tname=v3.tar.gz"
                              "\tsha1=4444\tsha256=5555")
            << QStringList();
        QTest::newRow("version 3 torrent url left out")
            << QByteArray("<metalink version=\"3.0\" xmlns=\"http://www.metalinker.org/\">\n"
                          "<files><file name=\"t\"><resources>\n"
                          "<url type=\"bittorrent\" preference=\"100\">http://h/t.torrent</url>"
                          "<url type=\"http\" preference=\"90\">http://h/t</url>"
                          "</resources></file></files></metalink>")
            << QStringLiteral("http://h/t\tname=t")
            << QStringList{QStringLiteral(
                   "2: ignored: <url type=\"bittorrent\"> (only http and https are fetched)")};
        QTest::newRow("internal entity within the limit")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE metalink [<!ENTITY h \"http://h\">]>\n"
                          "<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\"><file "
                          "name=\"i\"><url>&h;/i</url></file>\n"
                          "</metalink>")
            << QStringLiteral("http://h/i\tname=i") << QStringList();
    }
    void convert()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, lines);
        QFETCH(QStringList, notes);
        const ListSink sink = TestMetalinkReader::convert(xml);
        QVERIFY2(sink.ok(), qPrintable(sink.error()));
        QCOMPARE(TestMetalinkReader::lines(sink), lines);
        QStringList got;
        for (const ListSink::Note &note : sink.notes())
            got << QStringLiteral("%1: %2").arg(note.line).arg(note.message);
        QCOMPARE(got, notes);
    }

    void fileLandsOnItsLine()
    {
        const ListSink sink = convert("<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">\n"
                                      "\n"
                                      "  <file name=\"a\">\n"
                                      "    <url>http://h/a</url>\n"
                                      "  </file>\n"
                                      "  <file name=\"b\"><url>http://h/b</url></file>\n"
                                      "</metalink>");
        const QStringList lines = sink.text().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(2), QStringLiteral("http://h/a\tname=a"));
        QCOMPARE(lines.value(5), QStringLiteral("http://h/b\tname=b"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed") << QByteArray(
                                         "<metalink>\n<file name=\"a\">\n<url>http://h/a</url>\n")
                                  << QStringLiteral(
                                         "malformed Metalink at line 4, column 1: Premature end of "
                                         "document.");
        QTest::newRow("mismatched tag")
            << QByteArray("<metalink><file></metalink>")
            << QStringLiteral("malformed Metalink at line 1, column 28: Opening and ending tag "
                              "mismatch.");
        QTest::newRow("not xml") << QByteArray("http://h/a\n")
                                 << QStringLiteral("malformed Metalink at line 1, column 2: Start "
                                                   "tag expected.");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("malformed Metalink at line 1, "
                                                 "column 1: Premature end of "
                                                 "document.");
        QTest::newRow("other root") << QByteArray("<html><body/></html>")
                                    << QStringLiteral("not a Metalink document: the root element "
                                                      "is <html>");
        QTest::newRow("nul byte") << QByteArray("<metalink>\0</metalink>", 22)
                                  << QStringLiteral("malformed Metalink at line 1, column 12: "
                                                    "Unexpected ''.");
    }
    void malformed()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, error);
        const ListSink sink = convert(xml);
        QVERIFY(!sink.ok());
        QCOMPARE(sink.error(), error);
    }

    // Billion laughs: each level multiplies the one before by ten.
    void billionLaughs()
    {
        QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE metalink [\n<!ENTITY lol0 \"lol\">\n";
        for (int i = 1; i <= 9; ++i)
            xml += QStringLiteral("<!ENTITY lol%1 \"%2\">\n")
                       .arg(i)
                       .arg(QStringLiteral("&lol%1;").arg(i - 1).repeated(10))
                       .toUtf8();
        xml += "]>\n<metalink><file name=\"a\"><url>http://h/&lol9;</url></file></metalink>\n";
        QElapsedTimer clock;
        clock.start();
        const ListSink sink = convert(xml);
        QVERIFY(!sink.ok());
        QVERIFY2(sink.error().contains(QStringLiteral("entity expansion limit")),
                 qPrintable(sink.error()));
        QVERIFY(sink.text().isEmpty());
        QCOMPARE_LT(clock.elapsed(), 5000);
    }

    // External entities are never fetched: the document reads the same without them.
    void externalEntityNotRead()
    {
        const ListSink sink =
            convert("<?xml version=\"1.0\"?>\n"
                    "<!DOCTYPE metalink [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>\n"
                    "<metalink><file name=\"a\"><url>http://h/a&ext;</url></file></metalink>");
        QVERIFY(!sink.text().contains(QStringLiteral("root:")));
    }

    void oneMegabyte()
    {
        QByteArray xml = "<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">\n";
        int files = 0;
        while (xml.size() < 1024 * 1024) {
            xml +=
                QStringLiteral("<file name=\"f%1.bin\"><url priority=\"1\">http://h/f%1.bin</url>"
                               "<hash type=\"sha-256\">%2</hash></file>\n")
                    .arg(files++)
                    .arg(QString(64, QLatin1Char('a')))
                    .toUtf8();
        }
        xml += "</metalink>\n";
        QElapsedTimer clock;
        clock.start();
        const ListSink sink = convert(xml);
        QVERIFY(sink.ok());
        QCOMPARE(sink.text().count(QStringLiteral("\tsha256=")), files);
        QCOMPARE_LT(clock.elapsed(), 10000);
        // One megabyte on one line: each file on the next line, none lost.
        QByteArray oneLine = xml;
        oneLine.replace('\n', ' ');
        const ListSink minified = convert(oneLine);
        QVERIFY(minified.ok());
        QCOMPARE(minified.text().count(QLatin1Char('\n')), files);
    }
};

QTEST_GUILESS_MAIN(TestMetalinkReader)
#include "tst_metalinkreader.moc"
