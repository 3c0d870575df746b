#include <QSet>
#include <QTest>

#include "urllist.h"
#include "urllistfixture.h"

using namespace Qt::StringLiterals;

// Checks how UrlList turns one piece of text into several URLs: extraction from prose
// (Markdown, HTML, e-mail, punctuation; lines and duplicates kept), ranges ("img[001-250].jpg")
// expanded or refused with a reason, and the tab fields a range line may carry.
class TestUrlListExtract final : public UrlListFixture
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void extractCleanLinesAsParse();
    void extractDuplicatesAndLines();
    void expandRanges_data();
    void expandRanges();
    void rangeErrors_data();
    void rangeErrors();
    void parseWithRanges();
    void fieldsOnARange_data();
    void fieldsOnARange();
};

void TestUrlListExtract::extract_data()
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

void TestUrlListExtract::extract()
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

void TestUrlListExtract::extractCleanLinesAsParse()
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

void TestUrlListExtract::extractDuplicatesAndLines()
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

void TestUrlListExtract::expandRanges_data()
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

void TestUrlListExtract::expandRanges()
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

void TestUrlListExtract::rangeErrors_data()
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

void TestUrlListExtract::rangeErrors()
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

void TestUrlListExtract::parseWithRanges()
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

void TestUrlListExtract::fieldsOnARange_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<bool>("valid");
    QTest::newRow("dir applies to each") << u"dir=sub"_s << true;
    QTest::newRow("header applies to each") << u"header=X: y"_s << true;
    QTest::newRow("name cannot") << u"name=n.bin"_s << false;
    QTest::newRow("digest cannot") << u"md5="_s + QString(32, u'0') << false;
    QTest::newRow("mirror cannot") << u"http://m/x"_s << false;
}

void TestUrlListExtract::fieldsOnARange()
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

QTEST_GUILESS_MAIN(TestUrlListExtract)
#include "tst_urllist_extract.moc"
