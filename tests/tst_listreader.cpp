// ListReader gives the entries UrlList::parse() gives, with the same line numbers and the same
// repeats, whatever the line breaks, from memory, a file or far-apart repeats that need the
// earlier line read again.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "listreader.h"

namespace {
struct Read
{
    QList<UrlList::Entry> entries;
    QList<UrlList::Duplicate> duplicates;
    qint64 counted = 0;
};

Read readAll(ListReader &reader)
{
    Read read;
    read.counted =
        reader.scan([&read](const UrlList::Duplicate &duplicate) { read.duplicates << duplicate; });
    UrlList::Entry entry;
    while (reader.next(&entry))
        read.entries << entry;
    return read;
}

void compareWithParse(const Read &read, const QByteArray &text)
{
    const UrlList list = UrlList::parse(QString::fromUtf8(text));
    QCOMPARE(read.counted, list.entries().size());
    QCOMPARE(read.entries.size(), list.entries().size());
    for (qsizetype i = 0; i < read.entries.size(); ++i) {
        const UrlList::Entry &got = read.entries[i];
        const UrlList::Entry &want = list.entries()[i];
        QCOMPARE(got.line, want.line);
        QCOMPARE(got.text, want.text);
        QCOMPARE(got.valid, want.valid);
        QCOMPARE(got.reason, want.reason);
        QCOMPARE(got.url, want.url);
        QCOMPARE(got.wantedName, want.wantedName);
        QCOMPARE(got.expectedSha256, want.expectedSha256);
        QCOMPARE(got.dir(), want.dir());
        QCOMPARE(got.digests(), want.digests());
        QCOMPARE(got.urls(), want.urls());
        using Headers = QList<QPair<QByteArray, QByteArray>>;
        QCOMPARE(got.extras ? got.extras->headers : Headers(),
                 want.extras ? want.extras->headers : Headers());
    }
    QCOMPARE(read.duplicates.size(), list.duplicates().size());
    for (qsizetype i = 0; i < read.duplicates.size(); ++i) {
        QCOMPARE(read.duplicates[i].line, list.duplicates()[i].line);
        QCOMPARE(read.duplicates[i].firstLine, list.duplicates()[i].firstLine);
    }
}
} // namespace

class TestListReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsParse_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray sha(64, 'a');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("lf") << QByteArray("http://a/1\nhttp://a/2\n");
        QTest::newRow("crlf, no last break") << QByteArray("http://a/1\r\nhttp://a/2");
        QTest::newRow("cr only") << QByteArray("http://a/1\rhttp://a/2\r\rhttp://a/1\r");
        QTest::newRow("comments, blanks, spaces")
            << QByteArray("# list\n\n   http://a/1  \n\t\n  # http://a/2\nhttp://a/3\n");
        QTest::newRow("repeats") << QByteArray("http://a/1\nhttp://a/2\nhttp://a/1\n"
                                               " http://a/2\t\nhttp://a/1\n");
        QTest::newRow("invalid lines") << QByteArray("not a url\nftp://x/y\nhttp://\n"
                                                     "not a url\nhttp://a b/\n");
        QTest::newRow("fields") << (QByteArray("http://a/1\tname.bin\tsha256=") + sha +
                                    "\nhttp://a/2\tsha256=xyz\nhttp://a/1\tother\n");
        QTest::newRow("every field")
            << (QByteArray("http://a/1\tname=n.bin\tdir=x/y\tmd5=") + QByteArray(32, 'F') +
                "\thttp://b/1\tmirror=https://c/1\theader=X-A: b\n"
                "http://a/2\tdir=../up\nhttp://a/3\thttp://a/3\tftp://m/3\n");
        QTest::newRow("not utf-8") << QByteArray("http://a/\xff\xfe\nhttp://a/\xff\xfe\n");
        QTest::newRow("too long") << (QByteArray("http://a/") + QByteArray(9000, 'x') + "\n" +
                                      QByteArray("http://a/") + QByteArray(9000, 'x') + "\n");
    }
    void sameAsParse()
    {
        QFETCH(QByteArray, text);
        ListReader reader;
        reader.openData(text);
        compareWithParse(readAll(reader), text);
    }

    void farRepeatsFromAFile()
    {
        // Repeats hundreds of lines apart, CRLF breaks that straddle the read chunks: the
        // earlier line is read again from its checkpoint to compare the exact text.
        QByteArray text;
        for (int i = 0; i < 20000; ++i) {
            text += "http://host" + QByteArray::number(i % 9000 % 7) + ".example/path/" +
                    QByteArray::number(i % 9000) + (i % 3 ? "\r\n" : "\n");
            if (i % 1000 == 0)
                text += "# a comment\r\n\r\n";
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        ListReader reader;
        QString error;
        QVERIFY2(reader.openFile(path, &error), qPrintable(error));
        const Read read = readAll(reader);
        compareWithParse(read, text);
        QVERIFY(read.duplicates.size() > 1000);
        QCOMPARE(reader.duplicateCount(), read.duplicates.size());

        // rewind() starts the entries again.
        reader.rewind();
        UrlList::Entry first;
        QVERIFY(reader.next(&first));
        QCOMPARE(first.line, read.entries.first().line);
    }

    void missingFile()
    {
        ListReader reader;
        QString error;
        QVERIFY(!reader.openFile(QStringLiteral("/nonexistent/list.txt"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestListReader)
#include "tst_listreader.moc"
