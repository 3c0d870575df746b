#include <QElapsedTimer>
#include <QLocale>
#include <QSet>
#include <QTest>

#include "listfields.h"
#include "urllist.h"

using namespace Qt::StringLiterals;

// Checks the URL list contract: what is accepted, what is rejected and why, duplicates,
// tab fields, credentials never shown, hostile input, extraction from prose and ranges.
class TestUrlList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The texts in English with C numbers ("9009 characters"), as the headless mode makes them
    // (the window's locale would group the digits).
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void validity_data();
    void validity();
    void ignoresBlankAndComments();
    void lineEndings_data();
    void lineEndings();
    void duplicates();
    void fields_data();
    void fields();
    void extrasOfALine();
    void fieldsOnARange_data();
    void fieldsOnARange();
    void longLineOfMirrors();
    void redaction_data();
    void redaction();
    void invalidEntryKeepsRawTextButRedacts();
    void hostileInput();
    void millionLines();
    void extract_data();
    void extract();
    void extractCleanLinesAsParse();
    void extractDuplicatesAndLines();
    void expandRanges_data();
    void expandRanges();
    void rangeErrors_data();
    void rangeErrors();
    void parseWithRanges();
};

void TestUrlList::validity_data()
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

void TestUrlList::validity()
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

void TestUrlList::ignoresBlankAndComments()
{
    const UrlList list = UrlList::parse(u"\n   \n# a comment\n  # indented comment\n\t\n"
                                        "https://a.example/1\n#https://b.example/\n"_s);
    QCOMPARE(list.entries().size(), 1);
    QCOMPARE(list.entries().first().line, 6);
    QVERIFY(list.duplicates().isEmpty());
    QVERIFY(UrlList::parse(u""_s).entries().isEmpty());
}

void TestUrlList::lineEndings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("LF") << u"https://a/1\nhttps://a/2\n\nhttps://a/3"_s;
    QTest::newRow("CRLF") << u"https://a/1\r\nhttps://a/2\r\n\r\nhttps://a/3\r\n"_s;
    QTest::newRow("CR") << u"https://a/1\rhttps://a/2\r\rhttps://a/3"_s;
}

void TestUrlList::lineEndings()
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

void TestUrlList::duplicates()
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

void TestUrlList::fields_data()
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

void TestUrlList::extrasOfALine()
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

void TestUrlList::fieldsOnARange_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<bool>("valid");
    QTest::newRow("dir applies to each") << u"dir=sub"_s << true;
    QTest::newRow("header applies to each") << u"header=X: y"_s << true;
    QTest::newRow("name cannot") << u"name=n.bin"_s << false;
    QTest::newRow("digest cannot") << u"md5="_s + QString(32, u'0') << false;
    QTest::newRow("mirror cannot") << u"http://m/x"_s << false;
}

void TestUrlList::fieldsOnARange()
{
    QFETCH(QString, fields);
    QFETCH(bool, valid);
    UrlList::ParseOptions options;
    options.expandRanges = true;
    const UrlList list = UrlList::parse(u"https://a/[1-3].jpg\t"_s + fields, options);
    if (valid) {
        QCOMPARE(list.validCount(), 3);
        QVERIFY(list.entries().last().extras);
    } else {
        QCOMPARE(list.entries().size(), 1);
        QVERIFY(list.entries().first().reason.contains(u"cannot apply to a range"_s));
    }
}

void TestUrlList::longLineOfMirrors()
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

void TestUrlList::fields()
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

void TestUrlList::redaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("user+pass") << u"https://bob:s3cret@h.example/p?q"_s
                               << u"https://h.example/p?q"_s;
    QTest::newRow("user only") << u"http://s3cret@h.example:81/"_s << u"http://h.example:81/"_s;
    QTest::newRow("at in pass") << u"https://u:p@s3cret@h/x"_s << u"https://h/x"_s;
    QTest::newRow("no creds") << u"https://h/a@b"_s << u"https://h/a@b"_s;
}

void TestUrlList::redaction()
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

void TestUrlList::invalidEntryKeepsRawTextButRedacts()
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

void TestUrlList::hostileInput()
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

void TestUrlList::millionLines()
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

void TestUrlList::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");

    QTest::newRow("sentence") << u"See https://a.example/x.zip. Or http://b.example/y, too!"_s
                              << QStringList{u"https://a.example/x.zip"_s, u"http://b.example/y"_s};
    QTest::newRow("markdown") << u"Get [the file](https://a.example/f.tar.gz) now"_s
                              << QStringList{u"https://a.example/f.tar.gz"_s};
    QTest::newRow("markdown url text")
        << u"[https://a.example/1](https://a.example/2)"_s
        << QStringList{u"https://a.example/1"_s, u"https://a.example/2"_s};
    QTest::newRow("html") << u"<a href=\"https://a.example/p?x=1&y=2\">go</a>"_s
                          << QStringList{u"https://a.example/p?x=1&y=2"_s};
    QTest::newRow("html single quotes")
        << u"<a href='https://a.example/s'>go</a>"_s << QStringList{u"https://a.example/s"_s};
    QTest::newRow("email angle") << u"Download: <https://a.example/mail> thanks"_s
                                 << QStringList{u"https://a.example/mail"_s};
    QTest::newRow("wikipedia parens") << u"(see https://en.wikipedia.org/wiki/Foo_(bar)) and more"_s
                                      << QStringList{u"https://en.wikipedia.org/wiki/Foo_(bar)"_s};
    QTest::newRow("paren sentence")
        << u"(https://a.example/x)."_s << QStringList{u"https://a.example/x"_s};
    QTest::newRow("punctuation") << u"https://a.example/q?;:!?\"'"_s
                                 << QStringList{u"https://a.example/q"_s};
    QTest::newRow("not a scheme in a word")
        << u"xhttps://a.example/ svn+https://b/"_s << QStringList{};
    QTest::newRow("bare scheme") << u"use http:// or https:// please"_s << QStringList{};
    QTest::newRow("ftp ignored") << u"ftp://a.example/ and https://b.example/"_s
                                 << QStringList{u"https://b.example/"_s};
    QTest::newRow("several in a line")
        << u"a https://x/1 b https://x/2 c"_s << QStringList{u"https://x/1"_s, u"https://x/2"_s};
    QTest::newRow("ipv6") << u"at http://[::1]:8080/x."_s << QStringList{u"http://[::1]:8080/x"_s};
}

void TestUrlList::extract()
{
    QFETCH(QString, text);
    QFETCH(QStringList, urls);

    const UrlList list = UrlList::extract(text);
    QStringList found;
    for (const UrlList::Entry &e : list.entries()) {
        QVERIFY2(e.valid, qPrintable(e.text + u": "_s + e.reason));
        QCOMPARE(e.line, 1);
        found.append(e.text);
    }
    QCOMPARE(found, urls);
}

void TestUrlList::extractCleanLinesAsParse()
{
    const QString hex(64, u'a');
    const QString text = u"https://a/x\tname.bin\tsha256="_s + hex +
                         u"\nhttps://a/y\tsha256=zz\n# https://a/comment-is-text-here\n"_s;
    const UrlList list = UrlList::extract(text);
    QCOMPARE(list.entries().size(), 3);
    QCOMPARE(list.entries()[0].wantedName, u"name.bin"_s);
    QCOMPARE(list.entries()[0].expectedSha256, hex.toLatin1());
    QVERIFY(!list.entries()[1].valid);
    QVERIFY(list.entries()[1].reason.contains(u"sha256"_s));
    // In free text a '#' is just text: the URL after it is still found.
    QCOMPARE(list.entries()[2].text, u"https://a/comment-is-text-here"_s);
    QCOMPARE(list.entries()[2].line, 3);
}

void TestUrlList::extractDuplicatesAndLines()
{
    const UrlList list =
        UrlList::extract(u"intro\n\nLink https://a/1 and https://a/2.\nagain: https://a/1!\n"_s);
    QCOMPARE(list.entries().size(), 2);
    QCOMPARE(list.entries()[0].line, 3);
    QCOMPARE(list.entries()[1].line, 3);
    QCOMPARE(list.duplicates().size(), 1);
    QCOMPARE(list.duplicates()[0].line, 4);
    QCOMPARE(list.duplicates()[0].firstLine, 3);
}

void TestUrlList::expandRanges_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");

    QTest::newRow("padded") << u"https://h/img[001-250].jpg"_s << 250 << u"https://h/img001.jpg"_s
                            << u"https://h/img250.jpg"_s;
    QTest::newRow("unpadded") << u"https://h/[1-12]"_s << 12 << u"https://h/1"_s
                              << u"https://h/12"_s;
    QTest::newRow("wide padding") << u"https://h/[0098-0102]"_s << 5 << u"https://h/0098"_s
                                  << u"https://h/0102"_s;
    QTest::newRow("multiply") << u"https://h/[1-3]/[a-d].png"_s << 12 << u"https://h/1/a.png"_s
                              << u"https://h/3/d.png"_s;
    QTest::newRow("upper letters")
        << u"https://h/[X-Z]"_s << 3 << u"https://h/X"_s << u"https://h/Z"_s;
    QTest::newRow("single") << u"https://h/[5-5]"_s << 1 << u"https://h/5"_s << u"https://h/5"_s;
    QTest::newRow("none") << u"https://h/x"_s << 1 << u"https://h/x"_s << u"https://h/x"_s;
    QTest::newRow("ipv6 literal") << u"http://[::1]/[1-2]"_s << 2 << u"http://[::1]/1"_s
                                  << u"http://[::1]/2"_s;
}

void TestUrlList::expandRanges()
{
    QFETCH(QString, url);
    QFETCH(int, count);
    QFETCH(QString, first);
    QFETCH(QString, last);

    QString error = u"stale"_s;
    const QStringList urls = UrlList::expandRanges(url, 10000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(urls.size(), count);
    QCOMPARE(urls.first(), first);
    QCOMPARE(urls.last(), last);
    QCOMPARE(UrlList::rangeCount(url), qint64(count));
    QCOMPARE(QSet<QString>(urls.begin(), urls.end()).size(), count);
}

void TestUrlList::rangeErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qint64>("count");

    QTest::newRow("over limit") << u"https://h/[1-100]/[1-100]"_s << 9999
                                << u"range expands to 10000 URLs, more than the limit 9999"_s
                                << qint64(10000);
    QTest::newRow("reversed") << u"https://h/[9-1]"_s << 100 << u"reversed range [9-1]"_s
                              << qint64(-1);
    QTest::newRow("reversed letters")
        << u"https://h/[z-a]"_s << 100 << u"reversed range [z-a]"_s << qint64(-1);
    QTest::newRow("open end") << u"https://h/[1-]"_s << 100 << u"malformed range [1-]"_s
                              << qint64(-1);
    QTest::newRow("mixed") << u"https://h/[1-z]"_s << 100 << u"malformed range [1-z]"_s
                           << qint64(-1);
    QTest::newRow("mixed case") << u"https://h/[a-Z]"_s << 100 << u"malformed range [a-Z]"_s
                                << qint64(-1);
    QTest::newRow("unclosed") << u"https://h/[1-5"_s << 100 << u"malformed range: no closing ']'"_s
                              << qint64(-1);
    QTest::newRow("huge") << u"https://h/[0-99999999999999999999]"_s << 100
                          << u"malformed range [0-99999999999999999999]: number too large"_s
                          << qint64(-1);
    QTest::newRow("saturates")
        << u"https://h/[0-999999999999999][0-999999999999999][0-9]"_s << 100
        << u"range expands to 9223372036854775807 URLs, more than the limit 100"_s
        << std::numeric_limits<qint64>::max();
}

void TestUrlList::rangeErrors()
{
    QFETCH(QString, url);
    QFETCH(int, limit);
    QFETCH(QString, error);
    QFETCH(qint64, count);

    QString message;
    QVERIFY(UrlList::expandRanges(url, limit, &message).isEmpty());
    QCOMPARE(message, error);
    QCOMPARE(UrlList::rangeCount(url), count);
}

void TestUrlList::parseWithRanges()
{
    const QString text = u"https://h/[01-03].jpg\nhttps://h/[1-20000]\nhttps://h/02.jpg\n"
                         "https://h/[1-2]\tname.bin\n"_s;
    // Headless default: taken literally, one entry per line.
    const UrlList literal = UrlList::parse(text);
    QCOMPARE(literal.entries().size(), 4);
    QCOMPARE(literal.entries()[0].text, u"https://h/[01-03].jpg"_s);

    UrlList::ParseOptions options;
    options.expandRanges = true;
    const UrlList expanded = UrlList::parse(text, options);
    QCOMPARE(expanded.entries().size(), 5);
    QCOMPARE(expanded.entries()[0].text, u"https://h/01.jpg"_s);
    QCOMPARE(expanded.entries()[2].text, u"https://h/03.jpg"_s);
    QCOMPARE(expanded.entries()[2].line, 1);
    QVERIFY(!expanded.entries()[3].valid);
    QCOMPARE(expanded.entries()[3].reason,
             u"range expands to 20000 URLs, more than the limit 10000"_s);
    QVERIFY(!expanded.entries()[4].valid);
    QCOMPARE(expanded.entries()[4].line, 4);
    QCOMPARE(expanded.duplicates().size(), 1);
    QCOMPARE(expanded.duplicates()[0].line, 3);
    QCOMPARE(expanded.duplicates()[0].firstLine, 1);
}

QTEST_GUILESS_MAIN(TestUrlList)
#include "tst_urllist.moc"
