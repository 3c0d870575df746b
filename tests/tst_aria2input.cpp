#include <QTest>

#include "aria2input.h"
#include "listconverter.h"
#include "listsink.h"

// aria2 input files become lines of the list format at their URI lines.
class TestAria2Input final : public QObject
{
    Q_OBJECT

private:
    static ListSink convert(const QString &text)
    {
        return ListConverter::convert(text.toUtf8(), ListFormat::Kind::Aria2);
    }
    static QStringList notes(const ListSink &sink)
    {
        QStringList out;
        for (const ListSink::Note &note : sink.notes())
            out << QStringLiteral("%1: %2").arg(note.line).arg(note.message);
        return out;
    }

private Q_SLOTS:
    void convert_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QStringList>("notes");
        const QString hex(64, QLatin1Char('A'));
        QTest::newRow("uri only") << QStringLiteral("http://h/a\n")
                                  << QStringLiteral("http://h/a\n") << QStringList();
        QTest::newRow("mirrors") << QStringLiteral("http://h/a\thttps://m/a\n")
                                 << QStringLiteral("http://h/a\tmirror=https://m/a\n")
                                 << QStringList();
        QTest::newRow("out and dir on the uri line")
            << QStringLiteral("http://h/a\n  out=b.bin\n\tdir=x/y\nhttp://h/c\n")
            << QStringLiteral("http://h/a\tname=b.bin\tdir=x/y\n\n\nhttp://h/c\n") << QStringList();
        QTest::newRow("out with a folder")
            << QStringLiteral("http://h/a\n dir=d\n out=s/t/b.bin\n")
            << QStringLiteral("http://h/a\tname=b.bin\tdir=d/s/t\n") << QStringList();
        QTest::newRow("checksums")
            << QStringLiteral("http://h/a\n checksum=sha-256=%1\n checksum=MD5=%2\n"
                              " checksum=sha-1=%3\n checksum=sha-512=%4\n")
                   .arg(hex, QString(32, u'b'), QString(40, u'c'), QString(128, u'd'))
            << QStringLiteral("http://h/a\tsha256=%1\tmd5=%2\tsha1=%3\t"
                              "sha512=%4\n")
                   .arg(hex, QString(32, u'b'), QString(40, u'c'), QString(128, u'd'))
            << QStringList();
        // A bad digest is carried as written: the list parser makes the line invalid in place.
        QTest::newRow("bad hex carried")
            << QStringLiteral("http://h/a\n checksum=sha-256=xyz\n")
            << QStringLiteral("http://h/a\tsha256=xyz\n") << QStringList();
        QTest::newRow("unknown algorithm")
            << QStringLiteral("http://h/a\n checksum=adler32=1234\n")
            << QStringLiteral("http://h/a\n")
            << QStringList{QStringLiteral("2: ignored: checksum algorithm adler32 (md5, sha-1, "
                                          "sha-256 and sha-512 are checked)")};
        QTest::newRow("malformed checksum")
            << QStringLiteral("http://h/a\n checksum=abc\n") << QStringLiteral("http://h/a\n")
            << QStringList{
                   QStringLiteral("2: malformed aria2 checksum (expected checksum=ALGO=HEX)")};
        QTest::newRow("headers")
            << QStringLiteral("http://h/a\n header=X-A: 1\n header=Cookie: b=2\n")
            << QStringLiteral("http://h/a\theader=X-A: 1\theader=Cookie: b=2\n") << QStringList();
        QTest::newRow("other options once each")
            << QStringLiteral("http://h/a\n split=4\n max-connection-per-server=2\n"
                              "http://h/b\n split=2\n")
            << QStringLiteral("http://h/a\n\n\nhttp://h/b\n")
            << QStringList{QStringLiteral("2: ignored: aria2 option split"),
                           QStringLiteral("3: ignored: aria2 option max-connection-per-server")};
        QTest::newRow("comments and blanks")
            << QStringLiteral("# aria2\n\nhttp://h/a\n  # not an option\n  out=x\n")
            << QStringLiteral("\n\nhttp://h/a\tname=x\n") << QStringList();
        QTest::newRow("option before any uri")
            << QStringLiteral("  out=x\nhttp://h/a\n") << QStringLiteral("\nhttp://h/a\n")
            << QStringList{
                   QStringLiteral("1: aria2 option line without a URI line before it; ignored")};
        QTest::newRow("not an option")
            << QStringLiteral("http://h/a\n  garbage\n") << QStringLiteral("http://h/a\n")
            << QStringList{QStringLiteral("2: not an aria2 option (expected NAME=VALUE)")};
        QTest::newRow("ftp first, http mirror")
            << QStringLiteral("ftp://f/a\thttp://h/a\n") << QStringLiteral("http://h/a\n")
            << QStringList{QStringLiteral("1: ignored: ftp URI (only http and https are fetched)")};
        // Nothing to fetch: the line keeps its URI, and the list parser says why it is invalid.
        QTest::newRow("only a magnet")
            << QStringLiteral("magnet:?xt=urn:btih:abc\n")
            << QStringLiteral("magnet:?xt=urn:btih:abc\n") << QStringList();
        QTest::newRow("crlf") << QStringLiteral("http://h/a\r\n out=b\r\nhttp://h/c\r\n")
                              << QStringLiteral("http://h/a\tname=b\n\nhttp://h/c\n")
                              << QStringList();
        QTest::newRow("tab in a value is not carried")
            << QStringLiteral("http://h/a\n out=a\tb\nhttp://h/c\n")
            << QStringLiteral("\n\nhttp://h/c\n")
            << QStringList{QStringLiteral("1: not converted: the aria2 option out holds a TAB, "
                                          "which a list line cannot carry")};
        QTest::newRow("nul bytes carried for the parser")
            << QStringLiteral("http://h/a%1b\n").arg(QChar(0))
            << QStringLiteral("http://h/a%1b\n").arg(QChar(0)) << QStringList();
        QTest::newRow("dir traversal carried")
            << QStringLiteral("http://h/a\n dir=../../etc\n")
            << QStringLiteral("http://h/a\tdir=../../etc\n") << QStringList();
        QTest::newRow("out is relative to dir")
            << QStringLiteral("http://h/a\n dir=d\n out=/s/b\nhttp://h/c\n out=/x\n")
            << QStringLiteral("http://h/a\tname=b\tdir=d/s\n\n\nhttp://h/c\tname=x\n")
            << QStringList();
        QTest::newRow("absolute dir carried for the parser")
            << QStringLiteral("http://h/a\n dir=/home/me\n")
            << QStringLiteral("http://h/a\tdir=/home/me\n") << QStringList();
        QTest::newRow("byte order mark") << QStringLiteral("\ufeffhttp://h/a\n out=b\n")
                                         << QStringLiteral("http://h/a\tname=b\n") << QStringList();
        QTest::newRow("last out wins") << QStringLiteral("http://h/a\n out=x\n out=y\n")
                                       << QStringLiteral("http://h/a\tname=y\n") << QStringList();
    }
    void convert()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        QFETCH(QStringList, notes);
        const ListSink sink = TestAria2Input::convert(input);
        QVERIFY(sink.ok());
        QCOMPARE(sink.text(), output);
        QCOMPARE(TestAria2Input::notes(sink), notes);
    }

    void tenThousandMirrors()
    {
        QString input = QStringLiteral("http://h/0");
        for (int i = 1; i <= 10000; ++i)
            input += QStringLiteral("\thttp://m%1/f").arg(i);
        const ListSink sink = convert(input);
        QVERIFY(sink.ok());
        QCOMPARE(sink.text().count(QStringLiteral("\tmirror=")), 10000);
        QVERIFY(sink.text().startsWith(QStringLiteral("http://h/0\tmirror=http://m1/f\t")));
    }

    void manyIgnoredOptionsBounded()
    {
        QString input = QStringLiteral("http://h/a\n");
        for (int i = 0; i < 5000; ++i)
            input += QStringLiteral(" opt%1=x\n").arg(i);
        const ListSink sink = convert(input);
        QCOMPARE(sink.text(), QStringLiteral("http://h/a\n"));
        QCOMPARE(sink.noteCount(), qsizetype(ListSink::maxNotes));
    }

    void isOptionLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("option");
        QTest::newRow("space") << QStringLiteral(" out=x") << true;
        QTest::newRow("tab") << QStringLiteral("\tout=x") << true;
        QTest::newRow("uri") << QStringLiteral("http://h/") << false;
        QTest::newRow("blank") << QStringLiteral("   ") << false;
    }
    void isOptionLine()
    {
        QFETCH(QString, line);
        QFETCH(bool, option);
        QCOMPARE(Aria2Input::isOptionLine(line), option);
    }
};

QTEST_GUILESS_MAIN(TestAria2Input)
#include "tst_aria2input.moc"
