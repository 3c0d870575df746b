#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "csvwriter.h"
#include "testsupport.h"

using TestSupport::readCsv;

using namespace Qt::StringLiterals;

namespace {

Result sample()
{
    Result r;
    r.url = u"https://example.com/a,b \"q\".zip"_s;
    r.finalUrl = u"https://cdn.example.com/\u65e5\u672c/a.zip"_s;
    r.outcome = Outcome::Failed;
    r.httpStatus = 503;
    r.bytes = 1234567890123;
    r.elapsedMs = 42;
    r.attempts = 3;
    r.errorKind = ErrorKind::Http;
    r.errorDetail = u"Service Unavailable\r\nline two"_s;
    r.file = u"=HYPERLINK(\"http://evil\")"_s;
    r.sha256 = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    return r;
}

} // namespace

// Checks the CSV contract: columns, RFC 4180 quoting, formula neutralising, a byte-exact
// layout, a round trip through an independent reader, and atomic writing.
class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void header();
    void escapeField_data();
    void escapeField();
    void row();
    void exactBytes();
    void roundTrip_data();
    void roundTrip();
    void writeFile();
    void writeFailureLeavesNothing();
};

void TestCsvWriter::header()
{
    // The contract's ten columns first, in order; more may follow.
    QCOMPARE(CsvWriter::header().mid(0, 10),
             (QStringList{u"url"_s, u"final_url"_s, u"outcome"_s, u"http_status"_s, u"bytes"_s,
                          u"elapsed_ms"_s, u"attempts"_s, u"error"_s, u"file"_s, u"sha256"_s}));
    QCOMPARE(CsvWriter::header().mid(10),
             (QStringList{u"polite_wait_ms"_s, u"skipped"_s, u"segments"_s}));
    QCOMPARE(CsvWriter::row(Result()).size(), CsvWriter::header().size());
    // segments is the last column, after hook when there is one.
    QCOMPARE(CsvWriter::header(true).mid(12), (QStringList{u"hook"_s, u"segments"_s}));
    Result segmented;
    segmented.segments = 4;
    segmented.hook = u"ok"_s;
    QCOMPARE(CsvWriter::row(segmented, true).mid(12), (QStringList{u"ok"_s, u"4"_s}));
    QCOMPARE(CsvWriter::row(Result()).last(), u"1"_s);
}

void TestCsvWriter::escapeField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("LF") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("CR") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("equals") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
    QTest::newRow("minus") << u"-1"_s << u"'-1"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("leading CR") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("formula with comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
    QTest::newRow("formula char inside") << u"a=b-c"_s << u"a=b-c"_s;
    QTest::newRow("space then =") << u" =1"_s << u" =1"_s;
    QTest::newRow("non-ascii") << u"\u00e9t\u00e9 \U0001F600"_s << u"\u00e9t\u00e9 \U0001F600"_s;
}

void TestCsvWriter::escapeField()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escapeField(field), expected);
}

void TestCsvWriter::row()
{
    const QStringList r = CsvWriter::row(sample());
    QCOMPARE(r[0], sample().url);
    QCOMPARE(r[2], u"failed"_s);
    QCOMPARE(r[3], u"503"_s);
    QCOMPARE(r[4], u"1234567890123"_s);
    QCOMPARE(r[5], u"42"_s);
    QCOMPARE(r[6], u"3"_s);
    QCOMPARE(r[7], u"http: Service Unavailable\r\nline two"_s);
    QCOMPARE(r[9], sample().sha256);

    Result ok;
    ok.outcome = Outcome::Ok;
    const QStringList o = CsvWriter::row(ok);
    QCOMPARE(o[2], u"ok"_s);
    QCOMPARE(o[3], QString()); // no response: empty, not "0"
    QCOMPARE(o[7], QString());
}

void TestCsvWriter::exactBytes()
{
    Result r;
    r.url = u"https://h/x"_s;
    r.finalUrl = u"https://h/y"_s;
    r.outcome = Outcome::Ok;
    r.httpStatus = 200;
    r.bytes = 5;
    r.elapsedMs = 7;
    r.attempts = 1;
    r.file = u"/tmp/x"_s;
    r.sha256 = u"ab"_s;
    r.politeWaitMs = 12;
    QCOMPARE(CsvWriter::toCsv({r}),
             u"url,final_url,outcome,http_status,bytes,elapsed_ms,attempts,error,file,sha256,"
             "polite_wait_ms,skipped,segments\r\n"
             "https://h/x,https://h/y,ok,200,5,7,1,,/tmp/x,ab,12,no,1\r\n"_s);
    QCOMPARE(CsvWriter::toCsv({}),
             u"url,final_url,outcome,http_status,bytes,elapsed_ms,attempts,error,file,"
             "sha256,polite_wait_ms,skipped,segments\r\n"_s);
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("commas") << u"a,b,,c"_s;
    QTest::newRow("quotes") << u"\"\"x\" \""_s;
    QTest::newRow("newlines") << u"one\r\ntwo\nthree\rfour"_s;
    QTest::newRow("non-ascii") << u"\u65e5\u672c\u8a9e \u00e4 \U0001F600"_s;
    QTest::newRow("trailing space") << u"x "_s;
}

void TestCsvWriter::roundTrip()
{
    QFETCH(QString, value);
    Result r = sample();
    r.url = value;
    r.file = u"="_s + value; // a formula: comes back with the apostrophe prepended
    r.errorDetail = value;
    const QList<Result> results = {r, sample()};

    QList<QStringList> rows;
    QVERIFY(readCsv(CsvWriter::toCsv(results), &rows));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0], CsvWriter::header());
    QCOMPARE(rows[1][0], value);
    QCOMPARE(rows[1][7], u"http: "_s + value);
    QCOMPARE(rows[1][8], u"'="_s + value);
    QStringList expected = CsvWriter::row(sample());
    expected[8].prepend(u'\'');
    QCOMPARE(rows[2], expected);
}

void TestCsvWriter::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"r\u00e9sultats.csv"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content that must go");
    old.close();

    QString error = u"stale"_s;
    QVERIFY(CsvWriter::write(path, {sample()}, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no BOM
    QCOMPARE(bytes, CsvWriter::toCsv({sample()}).toUtf8());
    QVERIFY(bytes.contains("\xE6\x97\xA5")); // UTF-8, not Latin-1 or UTF-16
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestCsvWriter::writeFailureLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing/sub/out.csv"_s);
    QString error;
    QVERIFY(!CsvWriter::write(path, {sample()}, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    // A directory in the way: still an error naming the path, and the directory untouched.
    const QString blocked = dir.filePath(u"blocked"_s);
    QVERIFY(QDir().mkpath(blocked));
    QVERIFY(!CsvWriter::write(blocked, {sample()}, &error));
    QVERIFY(error.contains(blocked));
    QVERIFY(QFileInfo(blocked).isDir());
    QVERIFY(!CsvWriter::write(blocked, {sample()})); // null error pointer is allowed
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
