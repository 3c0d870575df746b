#include <QElapsedTimer>
#include <QTest>

#include "listfields.h"
#include "urllist.h"
#include "urllistfixture.h"

using namespace Qt::StringLiterals;

// Checks the URL list contract line by line: what is accepted, what is rejected and why, blank
// lines, comments and line endings, duplicates, tab fields, credentials never shown, hostile
// input and a million lines.
class TestUrlListLines final : public UrlListFixture
{
    Q_OBJECT

private Q_SLOTS:
    void validity_data();
    void validity();
    void ignoresBlankAndComments();
    void lineEndings_data();
    void lineEndings();
    void duplicates();
    void fields_data();
    void fields();
    void extrasOfALine();
    void longLineOfMirrors();
    void redaction_data();
    void redaction();
    void invalidEntryKeepsRawTextButRedacts();
    void hostileInput();
    void millionLines();
};

void TestUrlListLines::validity_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("http") << u"http://example.com/a"_s << true << QString();
    QTest::newRow("https") << u"https://example.com/a.zip"_s << true << QString();
    QTest::newRow("upper scheme") << u"HTTPS://EXAMPLE.com/"_s << true << QString();
    QTest::newRow("port+query") << u"https://h:8443/p?q=1#f"_s << true << QString();
    QTest::newRow("ipv6") << u"http://[::1]:8080/x"_s << true << QString();
    QTest::newRow("trimmed") << u"  \thttps://example.com/  "_s << true << QString();
    QTest::newRow("ftp") << u"ftp://example.com/f"_s << false
                         << u"unsupported scheme 'ftp' (only http and https)"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false << u"unsupported scheme 'file'"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false
                                << u"unsupported scheme 'javascript'"_s;
    QTest::newRow("no scheme") << u"example.com/file"_s << false << u"not a URL"_s;
    QTest::newRow("words") << u"hello world"_s << false << u"not a URL"_s;
    QTest::newRow("no host") << u"http://"_s << false << u"missing host"_s;
    QTest::newRow("one slash") << u"http:/example.com"_s << false << u"missing host"_s;
    QTest::newRow("port only") << u"https://:80/x"_s << false << u"missing host"_s;
    QTest::newRow("bad host") << u"http://exa mple.com/"_s << false << u"not a valid URL"_s;
    QTest::newRow("too long") << u"https://h/"_s + QString(9000, u'a') << false
                              << u"URL too long"_s;
}

void TestUrlListLines::validity()
{
    QFETCH(QString, line);
    QFETCH(bool, valid);
    QFETCH(QString, reasonPart);

    const UrlList list = UrlList::parse(line);
    QCOMPARE(list.entries().size(), 1);
    const UrlList::Entry &e = list.entries().first();
    QCOMPARE(e.line, 1);
    QCOMPARE(e.valid, valid);
    QCOMPARE(e.text, line.trimmed());
    QCOMPARE(list.validCount(), valid ? 1 : 0);
    QCOMPARE(list.invalidCount(), valid ? 0 : 1);
    if (valid) {
        QVERIFY(e.reason.isEmpty());
        QVERIFY(e.url.isValid());
        QVERIFY(!e.url.host().isEmpty());
    } else {
        QVERIFY2(e.reason.contains(reasonPart), qPrintable(e.reason));
        QVERIFY(e.url.isEmpty());
    }
}

void TestUrlListLines::ignoresBlankAndComments()
{
    const UrlList list = UrlList::parse(u"\n   \n# a comment\n  # indented comment\n\t\n"
                                        "https://a.example/1\n#https://b.example/\n"_s);
    QCOMPARE(list.entries().size(), 1);
    QCOMPARE(list.entries().first().line, 6);
    QVERIFY(list.duplicates().isEmpty());
    QVERIFY(UrlList::parse(u""_s).entries().isEmpty());
}

void TestUrlListLines::lineEndings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("LF") << u"https://a/1\nhttps://a/2\n\nhttps://a/3"_s;
    QTest::newRow("CRLF") << u"https://a/1\r\nhttps://a/2\r\n\r\nhttps://a/3\r\n"_s;
    QTest::newRow("CR") << u"https://a/1\rhttps://a/2\r\rhttps://a/3"_s;
}

void TestUrlListLines::lineEndings()
{
    QFETCH(QString, text);
    const UrlList list = UrlList::parse(text);
    QCOMPARE(list.entries().size(), 3);
    QCOMPARE(list.entries()[0].line, 1);
    QCOMPARE(list.entries()[1].line, 2);
    QCOMPARE(list.entries()[2].line, 4);
    QCOMPARE(list.entries()[2].text, u"https://a/3"_s);
    QCOMPARE(list.validCount(), 3);
}

void TestUrlListLines::duplicates()
{
    const UrlList list = UrlList::parse(u"https://a/1\nhttps://a/2\n  https://a/1  \n"
                                        "ftp://x/\nftp://x/\nhttps://a/1\nhttps://A/1\n"_s);
    QCOMPARE(list.entries().size(), 4); // a/1, a/2, ftp (invalid), A/1 (different text)
    QCOMPARE(list.duplicates().size(), 3);
    QCOMPARE(list.duplicates()[0].line, 3);
    QCOMPARE(list.duplicates()[0].firstLine, 1);
    QCOMPARE(list.duplicates()[1].line, 5);
    QCOMPARE(list.duplicates()[1].firstLine, 4);
    QCOMPARE(list.duplicates()[2].line, 6);
    QCOMPARE(list.duplicates()[2].firstLine, 1);
    QCOMPARE(list.validCount(), 3);
    QCOMPARE(list.invalidCount(), 1);
}

void TestUrlListLines::fields_data()
{
    const QString hex = u"0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789abcdef"_s;
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("sha");
    QTest::addColumn<QString>("reasonPart");

    const QByteArray lower = hex.toLower().toLatin1();
    QTest::newRow("name") << u"https://a/x\tmy file.bin"_s << true << u"my file.bin"_s
                          << QByteArray() << QString();
    QTest::newRow("sha") << u"https://a/x\tsha256="_s + hex << true << QString() << lower
                         << QString();
    QTest::newRow("both") << u"https://a/x\tn.iso\tsha256="_s + hex << true << u"n.iso"_s << lower
                          << QString();
    QTest::newRow("both reversed") << u"https://a/x\tSHA256="_s + hex + u"\tn.iso"_s << true
                                   << u"n.iso"_s << lower << QString();
    QTest::newRow("empty fields") << u"https://a/x\t\t n.iso \t"_s << true << u"n.iso"_s
                                  << QByteArray() << QString();
    QTest::newRow("short sha") << u"https://a/x\tsha256=abc"_s << false << QString() << QByteArray()
                               << u"malformed sha256"_s;
    QTest::newRow("non-hex sha") << u"https://a/x\tsha256="_s + hex.left(63) + u'g' << false
                                 << QString() << QByteArray() << u"malformed sha256"_s;
    QTest::newRow("long sha") << u"https://a/x\tsha256="_s + hex + u'0' << false << QString()
                              << QByteArray() << u"malformed sha256"_s;
    QTest::newRow("sha no =") << u"https://a/x\tsha256:"_s + hex << false << QString()
                              << QByteArray() << u"malformed sha256"_s;
    QTest::newRow("two names") << u"https://a/x\ta\tb"_s << false << QString() << QByteArray()
                               << u"more than one file name"_s;
}

void TestUrlListLines::fields()
{
    QFETCH(QString, line);
    QFETCH(bool, valid);
    QFETCH(QString, name);
    QFETCH(QByteArray, sha);
    QFETCH(QString, reasonPart);

    const UrlList list = UrlList::parse(line);
    QCOMPARE(list.entries().size(), 1);
    const UrlList::Entry &e = list.entries().first();
    QCOMPARE(e.text, u"https://a/x"_s);
    QCOMPARE(e.valid, valid);
    if (valid) {
        QCOMPARE(e.url, QUrl(u"https://a/x"_s));
        QCOMPARE(e.wantedName, name);
        QCOMPARE(e.expectedSha256, sha);
    } else {
        QVERIFY2(e.reason.contains(reasonPart), qPrintable(e.reason));
    }
}

void TestUrlListLines::extrasOfALine()
{
    const UrlList list = UrlList::parse(u"https://a/x\tdir=d/e\tmd5="_s + QString(32, u'A') +
                                        u"\thttp://b/x\theader=X-K: v\n"_s);
    const UrlList::Entry &e = list.entries().first();
    QVERIFY2(e.valid, qPrintable(e.reason));
    QCOMPARE(e.dir(), u"d/e"_s);
    QCOMPARE(e.digests(), (QList<Digest>{{Digest::Algorithm::Md5, QByteArray(32, 'a')}}));
    QCOMPARE(e.urls(), (QList<QUrl>{QUrl(u"https://a/x"_s), QUrl(u"http://b/x"_s)}));
    QCOMPARE(e.extras->headers.value(0).first, QByteArray("X-K"));
    // A plain line has no extras at all.
    QVERIFY(!UrlList::parse(u"https://a/y\tname.bin"_s).entries().first().extras);
}

void TestUrlListLines::longLineOfMirrors()
{
    // 10,000 mirrors make a line far longer than a URL may be: the limit is the URL's.
    QString line = u"https://a/f.iso"_s;
    for (int i = 0; i < 10000; ++i)
        line += u"\thttps://mirror%1.example.org/pub/f.iso"_s.arg(i);
    QVERIFY(line.size() > 100000);
    const UrlList::Entry e = UrlList::parse(line).entries().first();
    QVERIFY2(e.valid, qPrintable(e.reason));
    QCOMPARE(e.urls().size(), 10001);
    // A line past ListFields::MaxLength is refused before its fields are read.
    const QString huge = u"https://a/f\tname="_s + QString(ListFields::MaxLength, u'x');
    QVERIFY(UrlList::parse(huge).entries().first().reason.startsWith(u"line too long"_s));
}

void TestUrlListLines::redaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("user+pass") << u"https://bob:s3cret@h.example/p?q"_s
                               << u"https://h.example/p?q"_s;
    QTest::newRow("user only") << u"http://s3cret@h.example:81/"_s << u"http://h.example:81/"_s;
    QTest::newRow("at in pass") << u"https://u:p@s3cret@h/x"_s << u"https://h/x"_s;
    QTest::newRow("no creds") << u"https://h/a@b"_s << u"https://h/a@b"_s;
}

void TestUrlListLines::redaction()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const QString viaText = UrlList::redactedText(text);
    QCOMPARE(viaText, expected);
    const QUrl url(text);
    const QString viaUrl = UrlList::redacted(url);
    QVERIFY2(!viaUrl.contains(u"s3cret"_s), qPrintable(viaUrl));
    if (url.isValid()) // QUrl rejects a second '@' outright, and then there is nothing to show
        QCOMPARE(QUrl(viaUrl), QUrl(expected));
}

void TestUrlListLines::invalidEntryKeepsRawTextButRedacts()
{
    const QStringList hostile = {
        u"ftp://bob:s3cret@files.example/x"_s,
        u"https://bob:s3cret@exa mple.com/"_s,
        u"http:/bob:s3cret@host/"_s,
        u"https://bob:s3cret@h/x\tsha256=zz"_s,
        u"bob:s3cret@host/path"_s,
        u"https://bob:s3cret@h/"_s + QString(9000, u'a'),
    };
    for (const QString &line : hostile) {
        const UrlList list = UrlList::parse(line);
        QCOMPARE(list.entries().size(), 1);
        const UrlList::Entry &e = list.entries().first();
        QVERIFY2(!e.valid, qPrintable(line));
        QVERIFY(e.text.contains(u"s3cret"_s));
        QVERIFY2(!e.reason.contains(u"s3cret"_s), qPrintable(e.reason));
        QVERIFY2(!UrlList::redactedText(e.text).contains(u"s3cret"_s), qPrintable(line));
    }
}

void TestUrlListLines::hostileInput()
{
    QString text = u"https://a/ok\n"_s;
    text += u"https://a/\0nul\n"_s;
    text += u"https://a/\uFFFDbad\n"_s;
    text += QString(100 * 1024, u'x') + u'\n';
    text += u"https://h/"_s + QString(100 * 1024, u'y') + u'\n';
    text += u"\u202Ehttps://a/rlo\n"_s;
    text += QString(1, QChar(0)) + u'\n';
    text += u"https://a/last"_s;

    QElapsedTimer timer;
    timer.start();
    const UrlList list = UrlList::parse(text);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(list.entries().size(), 8);
    QCOMPARE(list.validCount(), 2);
    QVERIFY(list.entries()[0].valid);
    QVERIFY(list.entries()[1].reason.contains(u"control"_s));
    QVERIFY(list.entries()[2].reason.contains(u"UTF-8"_s));
    QVERIFY(list.entries()[3].reason.contains(u"too long"_s));
    QVERIFY(list.entries()[4].reason.contains(u"too long"_s));
    QVERIFY(!list.entries()[5].valid);
    QVERIFY(!list.entries()[6].valid);
    QCOMPARE(list.entries()[7].line, 8);
    QVERIFY(list.entries()[7].valid);
}

void TestUrlListLines::millionLines()
{
    QString text;
    text.reserve(1'000'000 * 32);
    for (int i = 0; i < 1'000'000; ++i) {
        text += u"https://example.com/file"_s;
        text += QString::number(i % 900'000);
        text += u'\n';
    }
    QElapsedTimer timer;
    timer.start();
    const UrlList list = UrlList::parse(text);
    const qint64 ms = timer.elapsed();
    qInfo("parsed 1,000,000 lines in %lld ms", static_cast<long long>(ms));
    QCOMPARE(list.entries().size(), 900'000);
    QCOMPARE(list.duplicates().size(), 100'000);
    QCOMPARE(list.validCount(), 900'000);
    QCOMPARE(list.duplicates().last().firstLine, 100'000);
    // About 1.5 s on an idle 2-core box, 4 s with the rest of the suite running beside it; a
    // quadratic step takes minutes, so this loose bound still catches one without flaking.
    QVERIFY2(ms < 15000, qPrintable(u"took %1 ms"_s.arg(ms)));
}

QTEST_GUILESS_MAIN(TestUrlListLines)
#include "tst_urllist_lines.moc"
