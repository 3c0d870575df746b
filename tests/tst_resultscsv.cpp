#include <QTest>

#include "csvwriter.h"
#include "listconverter.h"
#include "listsink.h"
#include "resultscsv.h"

// A results CSV that Fanout wrote becomes a list again: url, and the file's name.
class TestResultsCsv final : public QObject
{
    Q_OBJECT

private:
    static ListSink convert(const QString &csv)
    {
        return ListConverter::convert(csv.toUtf8(), ListFormat::Kind::ResultsCsv);
    }

private Q_SLOTS:
    void convert_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QStringList>("notes");
        const QString header = CsvWriter::line(CsvWriter::header());
        QTest::newRow("ok row") << header + QStringLiteral(
                                                "http://h/a,http://h/a,ok,200,3,1,1,,/dl/a (1).bin,"
                                                "abc,0,no\r\n")
                                << QStringLiteral("\nhttp://h/a\tname=a (1).bin\n")
                                << QStringList();
        QTest::newRow("before issue 17: no segments column")
            << QStringLiteral("url,final_url,outcome,http_status,bytes,elapsed_ms,attempts,error,"
                              "file,sha256,polite_wait_ms,skipped\r\n"
                              "http://h/o,http://h/o,ok,200,3,1,1,,/dl/o.bin,abc,0,no\r\n")
            << QStringLiteral("\nhttp://h/o\tname=o.bin\n") << QStringList();
        QTest::newRow("hook, then segments last")
            << CsvWriter::line(CsvWriter::header(true)) +
                   QStringLiteral("http://h/s,http://h/s,ok,200,3,1,1,,/dl/s.bin,abc,0,no,ok,4\r\n")
            << QStringLiteral("\nhttp://h/s\tname=s.bin\n") << QStringList();
        QTest::newRow("failed row without file")
            << header + QStringLiteral("http://h/b,,failed,404,0,1,1,http: HTTP 404,,,0,no\r\n")
            << QStringLiteral("\nhttp://h/b\n") << QStringList();
        QTest::newRow("quoted url with comma and quote")
            << header + QStringLiteral("\"http://h/c?a=1,2&b=\"\"x\"\"\",,ok,,,,,,"
                                       "\"/dl/c,\"\"d\"\".bin\",,,\r\n")
            << QStringLiteral("\nhttp://h/c?a=1,2&b=\"x\"\tname=c,\"d\".bin\n") << QStringList();
        QTest::newRow("embedded newline keeps the next rows on their lines")
            << header + QStringLiteral("\"http://h/d\",,invalid,,,,,\"invalid: a\nb\",,,,\r\n"
                                       "http://h/e,,ok,,,,,,/dl/e,,,\r\n")
            << QStringLiteral("\nhttp://h/d\n\nhttp://h/e\tname=e\n") << QStringList();
        QTest::newRow("newline inside the url is not carried")
            << header + QStringLiteral("\"http://h/\nf\",,invalid,,,,,,,,,\r\n") << QString()
            << QStringList{QStringLiteral(
                   "2: not converted: the URL holds a line break, which a list line cannot "
                   "carry")};
        QTest::newRow("formula guard undone")
            << header + QStringLiteral("'=cmd|x,,invalid,,,,,,'-f.bin,,,\r\n")
            << QStringLiteral("\n=cmd|x\tname=-f.bin\n") << QStringList();
        QTest::newRow("columns found by name")
            << QStringLiteral("file,url\n/x/y.bin,http://h/y\n")
            << QStringLiteral("\nhttp://h/y\tname=y.bin\n") << QStringList();
        QTest::newRow("short row")
            << QStringLiteral("file,url\n/x/y.bin\n") << QString()
            << QStringList{QStringLiteral("2: the row has no url column; left out")};
        QTest::newRow("unclosed quote")
            << QStringLiteral("url,file\n\"http://h/z,\n") << QString()
            << QStringList{QStringLiteral("2: a quoted field is not closed; row left out")};
        QTest::newRow("byte order mark before the header")
            << QStringLiteral("\ufeffurl,file\r\nhttp://h/m,/d/m\r\n")
            << QStringLiteral("\nhttp://h/m\tname=m\n") << QStringList();
        QTest::newRow("blank lines skipped") << QStringLiteral("url,file\n\nhttp://h/q,\n")
                                             << QStringLiteral("\n\nhttp://h/q\n") << QStringList();
    }
    void convert()
    {
        QFETCH(QString, csv);
        QFETCH(QString, output);
        QFETCH(QStringList, notes);
        const ListSink sink = TestResultsCsv::convert(csv);
        QVERIFY2(sink.ok(), qPrintable(sink.error()));
        QCOMPARE(sink.text(), output);
        QStringList got;
        for (const ListSink::Note &note : sink.notes())
            got << QStringLiteral("%1: %2").arg(note.line).arg(note.message);
        QCOMPARE(got, notes);
    }

    void noUrlColumn()
    {
        const ListSink sink = convert(QStringLiteral("a,b\n1,2\n"));
        QVERIFY(!sink.ok());
        QCOMPARE(sink.error(),
                 QStringLiteral("not a results CSV: the first row names no url column"));
    }

    // What CsvWriter writes, ResultsCsv reads back.
    void roundTrip()
    {
        QList<Result> results;
        Result ok;
        ok.url = QStringLiteral("https://h/x,\"y\"");
        ok.file = QStringLiteral("/out/x y.bin");
        ok.outcome = Outcome::Ok;
        results << ok;
        Result failed;
        failed.url = QStringLiteral("http://h/2");
        failed.outcome = Outcome::Failed;
        results << failed;
        const ListSink sink = convert(CsvWriter::toCsv(results));
        QVERIFY(sink.ok());
        QCOMPARE(sink.text(), QStringLiteral("\nhttps://h/x,\"y\"\tname=x y.bin\nhttp://h/2\n"));
    }

    void hugeFieldBounded()
    {
        QString csv = QStringLiteral("url,file\n\"http://h/") +
                      QString(ResultsCsv::maxField + 10, QLatin1Char('a')) +
                      QStringLiteral("\n,\",x\nhttp://h/next,\n");
        const ListSink sink = convert(csv);
        QVERIFY(sink.ok());
        QCOMPARE(sink.text(), QStringLiteral("\n\n\nhttp://h/next\n"));
        QCOMPARE(sink.noteCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestResultsCsv)
#include "tst_resultscsv.moc"
