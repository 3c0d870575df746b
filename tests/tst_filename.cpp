#include <QTest>

#include "filename.h"

using namespace Qt::StringLiterals;

// Checks Content-Disposition parsing against the TC2231 cases and that sanitized() can never
// produce a name that escapes the output folder or that Windows refuses.
class TestFileName final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentDisposition_data();
    void contentDisposition();
    void sanitized_data();
    void sanitized();
    void sanitizedIsAlwaysSafe_data();
    void sanitizedIsAlwaysSafe();
    void lengthLimit_data();
    void lengthLimit();
    void fromUrl_data();
    void fromUrl();
    void choose_data();
    void choose();
    void withSuffix_data();
    void withSuffix();
};

void TestFileName::contentDisposition_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");

    // Names after http://test.greenbytes.de/tech/tc2231/
    QTest::newRow("inlonly") << "inline"_ba << QString();
    QTest::newRow("attonly") << "attachment"_ba << QString();
    QTest::newRow("attonlyucase") << "ATTACHMENT"_ba << QString();
    QTest::newRow("inlwithasciifilename") << "inline; filename=\"foo.html\""_ba << u"foo.html"_s;
    QTest::newRow("attwithasciifilename")
        << "attachment; filename=\"foo.html\""_ba << u"foo.html"_s;
    QTest::newRow("attwithasciifilename25")
        << "attachment; filename=\"0000000000111111111122222\""_ba
        << u"0000000000111111111122222"_s;
    QTest::newRow("attwithasciifnescapedchar")
        << "attachment; filename=\"f\\oo.html\""_ba << u"foo.html"_s;
    QTest::newRow("attwithasciifnescapedquote")
        << "attachment; filename=\"\\\"quoting\\\" tested.html\""_ba
        << u"\"quoting\" tested.html"_s;
    QTest::newRow("attwithquotedsemicolon")
        << "attachment; filename=\"Here's a semicolon;.html\""_ba << u"Here's a semicolon;.html"_s;
    QTest::newRow("attwithfilenameandextparam")
        << "attachment; foo=\"bar\"; filename=\"foo.html\""_ba << u"foo.html"_s;
    QTest::newRow("attwithfilenameandextparamescaped")
        << "attachment; foo=\"\\\"\\\\\";filename=\"foo.html\""_ba << u"foo.html"_s;
    QTest::newRow("attwithasciifilenameucase")
        << "attachment; FILENAME=\"foo.html\""_ba << u"foo.html"_s;
    QTest::newRow("attwithasciifilenamenq") << "attachment; filename=foo.html"_ba << u"foo.html"_s;
    QTest::newRow("attwithasciifilenamenqs")
        << "attachment; filename=foo.html ;"_ba << u"foo.html"_s;
    QTest::newRow("attwithfntokensq") << "attachment; filename='foo.bar'"_ba << u"'foo.bar'"_s;
    QTest::newRow("attwithisofnplain")
        << "attachment; filename=\"foo-\xe4.html\""_ba << u"foo-\u00e4.html"_s;
    QTest::newRow("attwithfnrawpctenca")
        << "attachment; filename=\"foo-%41.html\""_ba << u"foo-%41.html"_s;
    QTest::newRow("attwithfnusingpct") << "attachment; filename=\"50%.html\""_ba << u"50%.html"_s;
    QTest::newRow("attwithnamepct") << "attachment; name=\"foo-%41.html\""_ba << QString();
    QTest::newRow("attwithfilenamepctandiso")
        << "attachment; filename=\"\xe4-%41.html\""_ba << u"\u00e4-%41.html"_s;
    QTest::newRow("attrfc2047quoted") << "attachment; filename=\"=?ISO-8859-1?Q?foo-=E4.html?=\""_ba
                                      << u"=?ISO-8859-1?Q?foo-=E4.html?="_s;
    QTest::newRow("attabspath") << "attachment; filename=\"/foo.html\""_ba << u"/foo.html"_s;
    QTest::newRow("attnewandfn") << "attachment; foobar=x; filename=\"foo.html\""_ba
                                 << u"foo.html"_s;
    QTest::newRow("dispext") << "foobar"_ba << QString();
    QTest::newRow("dispextbadfn") << "attachment; example=\"filename=example.txt\""_ba << QString();
    QTest::newRow("attconfusedparam") << "attachment; xfilename=foo.html"_ba << QString();
    QTest::newRow("spaces around =") << "attachment ;  filename = \"a b.txt\" "_ba << u"a b.txt"_s;

    // RFC 8187 extended values.
    QTest::newRow("attwithisofn2231iso")
        << "attachment; filename*=iso-8859-1''foo-%E4.html"_ba << u"foo-\u00e4.html"_s;
    QTest::newRow("attwithfn2231utf8")
        << "attachment; filename*=UTF-8''foo-%c3%a4-%e2%82%ac.html"_ba
        << u"foo-\u00e4-\u20ac.html"_s;
    QTest::newRow("attwithfn2231utf8comp")
        << "attachment; filename*=UTF-8''foo-a%cc%88.html"_ba << u"foo-a\u0308.html"_s;
    QTest::newRow("attwithfn2231ws2")
        << "attachment; filename*= UTF-8''foo-%c3%a4.html"_ba << u"foo-\u00e4.html"_s;
    QTest::newRow("attwithfn2231ws3")
        << "attachment; filename* =UTF-8''foo-%c3%a4.html"_ba << u"foo-\u00e4.html"_s;
    QTest::newRow("attwithfn2231dpct")
        << "attachment; filename*=UTF-8''A-%2541.html"_ba << u"A-%41.html"_s;
    QTest::newRow("attwithfn2231abspathdisguised")
        << "attachment; filename*=UTF-8''%5cfoo.html"_ba << u"\\foo.html"_s;
    QTest::newRow("language tag") << "attachment; filename*=utf-8'en'%e2%82%ac%20rates"_ba
                                  << u"\u20ac rates"_s;
    QTest::newRow("attfnboth")
        << "attachment; filename=\"foo-ae.html\"; filename*=UTF-8''foo-%c3%a4.html"_ba
        << u"foo-\u00e4.html"_s;
    QTest::newRow("attfnboth2")
        << "attachment; filename*=UTF-8''foo-%c3%a4.html; filename=\"foo-ae.html\""_ba
        << u"foo-\u00e4.html"_s;
    QTest::newRow("bad ext falls back")
        << "attachment; filename*=UTF-8''foo%; filename=\"plain.html\""_ba << u"plain.html"_s;

    // Broken headers name nothing.
    QTest::newRow("attwithfn2231noc")
        << "attachment; filename*=''foo-%c3%a4-%e2%82%ac.html"_ba << QString();
    QTest::newRow("attwithfn2231utf8-bad")
        << "attachment; filename*=iso-8859-1''foo-%c3%a4-%e2%82%ac.html"_ba << QString();
    QTest::newRow("attwithfn2231iso-bad")
        << "attachment; filename*=utf-8''foo-%E4.html"_ba << QString();
    QTest::newRow("attwithfn2231ws1")
        << "attachment; filename *=UTF-8''foo-%c3%a4.html"_ba << QString();
    QTest::newRow("attwithfn2231quot")
        << "attachment; filename*=\"UTF-8''foo-%c3%a4.html\""_ba << QString();
    QTest::newRow("attwithfn2231singleqmissing")
        << "attachment; filename*=UTF-8'foo-%c3%a4.html"_ba << QString();
    QTest::newRow("attwithfn2231nbadpct1") << "attachment; filename*=UTF-8''foo%"_ba << QString();
    QTest::newRow("attwithfn2231nbadpct2")
        << "attachment; filename*=UTF-8''f%oo.html"_ba << QString();
    QTest::newRow("unknown charset") << "attachment; filename*=koi8-r''%c1"_ba << QString();
    QTest::newRow("attwithtokfncommanq") << "attachment; filename=foo,bar.html"_ba << QString();
    QTest::newRow("attwithasciifilenamenqws")
        << "attachment; filename=foo bar.html"_ba << QString();
    QTest::newRow("attemptyparam") << "attachment; ;filename=foo"_ba << QString();
    QTest::newRow("attwith2filenames")
        << "attachment; filename=\"foo.html\"; filename=\"bar.html\""_ba << QString();
    QTest::newRow("attfnbrokentoken") << "attachment; filename=foo[1](2).html"_ba << QString();
    QTest::newRow("attfnbrokentokeniso") << "attachment; filename=foo-\xe4.html"_ba << QString();
    QTest::newRow("attmissingdisposition") << "filename=foo.html"_ba << QString();
    QTest::newRow("attmissingdisposition2") << "x=y; filename=foo.html"_ba << QString();
    QTest::newRow("attmissingdisposition3")
        << "\"foo; filename=bar;baz\"; filename=qux"_ba << QString();
    QTest::newRow("attmissingdisposition4")
        << "filename=foo.html, filename=bar.html"_ba << QString();
    QTest::newRow("emptydisposition") << "; filename=foo.html"_ba << QString();
    QTest::newRow("doublecolon") << ": inline; attachment; filename=foo.html"_ba << QString();
    QTest::newRow("attandinline") << "inline; attachment; filename=foo.html"_ba << QString();
    QTest::newRow("attandinline2") << "attachment; inline; filename=foo.html"_ba << QString();
    QTest::newRow("attbrokenquotedfn") << "attachment; filename=\"foo.html\".txt"_ba << QString();
    QTest::newRow("attbrokenquotedfn2") << "attachment; filename=\"bar"_ba << QString();
    QTest::newRow("attbrokenquotedfn3") << "attachment; filename=foo\"bar;baz\"qux"_ba << QString();
    QTest::newRow("attmultinstances")
        << "attachment; filename=foo.html, attachment; filename=bar.html"_ba << QString();
    QTest::newRow("attmissingdelim") << "attachment; foo=foo filename=bar"_ba << QString();
    QTest::newRow("attmissingdelim2") << "attachment; filename=bar foo=foo "_ba << QString();
    QTest::newRow("attmissingdelim3") << "attachment filename=bar"_ba << QString();
    QTest::newRow("attreversed") << "filename=foo.html; attachment"_ba << QString();
    QTest::newRow("attrfc2047token")
        << "attachment; filename==?ISO-8859-1?Q?foo-=E4.html?="_ba << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("nul in quoted") << QByteArray("attachment; filename=\"a\0b\"", 26) << QString();
}

void TestFileName::contentDisposition()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QCOMPARE(FileName::fromContentDisposition(header), expected);
}

void TestFileName::sanitized_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"report.pdf"_s << u"report.pdf"_s;
    QTest::newRow("unicode kept") << u"\u65e5\u672c\u8a9e \U0001F600.txt"_s
                                  << u"\u65e5\u672c\u8a9e \U0001F600.txt"_s;
    QTest::newRow("slash") << u"a/b.txt"_s << u"a_b.txt"_s;
    QTest::newRow("backslash") << u"a\\b.txt"_s << u"a_b.txt"_s;
    QTest::newRow("traversal") << u"../../etc/passwd"_s << u"_.._etc_passwd"_s;
    QTest::newRow("windows traversal") << u"..\\..\\boot.ini"_s << u"_.._boot.ini"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s << u"_etc_passwd"_s;
    QTest::newRow("look-alikes") << u"a\u2215b\u2044c\uff0fd\u29f8e\uff3cf\u2216g"_s
                                 << u"a_b_c_d_e_f_g"_s;
    QTest::newRow("windows chars") << u"a<b>c:d\"e|f?g*h"_s << u"a_b_c_d_e_f_g_h"_s;
    QTest::newRow("controls") << u"a\u0001b\nc\u007fd\u0085e\tf"_s << u"a_b_c_d_e_f"_s;
    QTest::newRow("nul") << QString::fromUtf16(u"a\0b", 3) << u"a_b"_s;
    QTest::newRow("bidi override") << u"photo\u202egpj.exe"_s << u"photo_gpj.exe"_s;
    QTest::newRow("dot") << u"."_s << u"download"_s;
    QTest::newRow("dotdot") << u".."_s << u"download"_s;
    QTest::newRow("leading dots") << u"...hidden"_s << u"hidden"_s;
    QTest::newRow("dotfile") << u".bashrc"_s << u"bashrc"_s;
    QTest::newRow("trailing dots spaces") << u"name. . . "_s << u"name"_s;
    QTest::newRow("empty") << QString() << u"download"_s;
    QTest::newRow("only junk") << u" . . "_s << u"download"_s;
    QTest::newRow("CON") << u"CON"_s << u"_CON"_s;
    QTest::newRow("con.txt") << u"con.txt"_s << u"_con.txt"_s;
    QTest::newRow("nul.tar.gz") << u"nul.tar.gz"_s << u"_nul.tar.gz"_s;
    QTest::newRow("Aux") << u"Aux"_s << u"_Aux"_s;
    QTest::newRow("prn") << u"prn.log"_s << u"_prn.log"_s;
    QTest::newRow("com1") << u"COM1.txt"_s << u"_COM1.txt"_s;
    QTest::newRow("lpt9") << u"lpt9"_s << u"_lpt9"_s;
    QTest::newRow("com0 allowed") << u"com0"_s << u"com0"_s;
    QTest::newRow("com10 allowed") << u"COM10"_s << u"COM10"_s;
    QTest::newRow("console allowed") << u"console.txt"_s << u"console.txt"_s;
    QTest::newRow("device trailing dot") << u"CON."_s << u"_CON"_s;
    QTest::newRow("nfc") << u"foo-a\u0308.html"_s << u"foo-\u00e4.html"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + u"x"_s << u"_x"_s;
}

void TestFileName::sanitized()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(FileName::sanitized(name), expected);
}

void TestFileName::sanitizedIsAlwaysSafe_data()
{
    QTest::addColumn<QString>("name");
    const QStringList nasty = {
        u"../x"_s,
        u"..\\x"_s,
        u"x/.."_s,
        u"/"_s,
        u"\\"_s,
        u"\u2215\u2215"_s,
        u"..."_s,
        u"\r\n"_s,
        u"C:\\Windows\\system32"_s,
        u"//server/share"_s,
        u"\u0000"_s,
        u"./."_s,
        u". ."_s,
        u"AUX.\u2215"_s,
        u"\u200f..\u2044.."_s,
    };
    for (const QString &n : nasty)
        QTest::newRow(n.toUtf8().toHex().constData()) << n;
}

void TestFileName::sanitizedIsAlwaysSafe()
{
    QFETCH(QString, name);
    const QString out = FileName::sanitized(name);
    QVERIFY(!out.isEmpty());
    QVERIFY(out != u"."_s && out != u".."_s);
    QVERIFY(!out.startsWith(u'.'));
    QVERIFY(!out.endsWith(u'.') && !out.endsWith(u' '));
    for (const QChar c : out) {
        QVERIFY(c != u'/' && c != u'\\' && c != u'\u2215' && c != u'\u2044');
        QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    }
}

void TestFileName::lengthLimit_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("expectedSuffix");

    QTest::newRow("ascii keeps ext") << QString(300, u'a') + u".pdf"_s << 200 << u"a.pdf"_s;
    QTest::newRow("3-byte chars") << QString(100, QChar(0x65e5)) + u".txt"_s << 200
                                  << u"\u65e5.txt"_s;
    QTest::newRow("emoji pairs") << QString(u"\U0001F600"_s).repeated(80) + u".png"_s << 200
                                 << u"\U0001F600.png"_s;
    QTest::newRow("emoji odd budget")
        << QString(u"\U0001F600"_s).repeated(80) + u".png"_s << 13 << u"\U0001F600.png"_s;
    QTest::newRow("long ext dropped")
        << QString(150, u'b') + u"."_s + QString(100, u'e') << 100 << u"b"_s;
    QTest::newRow("no ext") << QString(500, u'c') << 255 << u"c"_s;
}

void TestFileName::lengthLimit()
{
    QFETCH(QString, name);
    QFETCH(int, maxBytes);
    QFETCH(QString, expectedSuffix);

    const QString out = FileName::sanitized(name, u"download"_s, maxBytes);
    QVERIFY(out.toUtf8().size() <= maxBytes);
    QVERIFY(out.toUtf8().size() > maxBytes - 4); // used, not thrown away
    QVERIFY2(out.endsWith(expectedSuffix), qPrintable(out));
    QVERIFY(!out.back().isHighSurrogate());
    QCOMPARE(QString::fromUtf8(out.toUtf8()), out); // no broken surrogate pair
}

void TestFileName::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");

    QTest::newRow("simple") << u"https://h/dir/file.zip?x=1#y"_s << u"file.zip"_s << u"file.zip"_s;
    QTest::newRow("decoded") << u"https://h/My%20File%C3%A9.pdf"_s << u"My File\u00e9.pdf"_s
                             << u"My File\u00e9.pdf"_s;
    QTest::newRow("trailing slash") << u"https://h/dir/"_s << QString() << u"download"_s;
    QTest::newRow("no path") << u"https://h"_s << QString() << u"download"_s;
    QTest::newRow("encoded traversal") << u"https://h/a/%2e%2e%2fetc"_s << u"../etc"_s << u"_etc"_s;
    QTest::newRow("encoded slash") << u"https://h/a%2Fb"_s << u"a/b"_s << u"a_b"_s;
    QTest::newRow("encoded nul") << u"https://h/a%00b.txt"_s << QString::fromUtf16(u"a\0b.txt", 7)
                                 << u"a_b.txt"_s;
    QTest::newRow("latin1 bytes") << u"https://h/caf%E9.txt"_s << u"caf\u00e9.txt"_s
                                  << u"caf\u00e9.txt"_s;
}

void TestFileName::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, name);
    QFETCH(QString, safe);
    const QString raw = FileName::fromUrl(QUrl(url));
    QCOMPARE(raw, name);
    QCOMPARE(FileName::sanitized(raw), safe);
}

void TestFileName::choose_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("header wins") << "attachment; filename=\"real.pdf\""_ba
                                 << u"https://h/download.php"_s << u"real.pdf"_s;
    QTest::newRow("header sanitized")
        << "attachment; filename=\"../../evil.sh\""_ba << u"https://h/x"_s << u"_.._evil.sh"_s;
    QTest::newRow("header junk -> url")
        << "attachment; filename=\"..\""_ba << u"https://h/x.bin"_s << u"x.bin"_s;
    QTest::newRow("url") << QByteArray() << u"https://h/a/b.tar.gz"_s << u"b.tar.gz"_s;
    QTest::newRow("index") << QByteArray() << u"https://h/"_s << u"index.html"_s;
    QTest::newRow("url junk -> index") << "inline"_ba << u"https://h/.."_s << u"index.html"_s;
}

void TestFileName::choose()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(FileName::choose(header, QUrl(url)), expected);
}

void TestFileName::withSuffix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    QTest::newRow("tar.gz") << u"a.tar.gz"_s << 1 << u"a (1).tar.gz"_s;
    QTest::newRow("TAR.XZ") << u"b.TAR.XZ"_s << 3 << u"b (3).TAR.XZ"_s;
    QTest::newRow("no ext") << u"README"_s << 2 << u"README (2)"_s;
    QTest::newRow("ext") << u"photo.jpg"_s << 10 << u"photo (10).jpg"_s;
    QTest::newRow("two dots") << u"v1.2.zip"_s << 1 << u"v1.2 (1).zip"_s;
    QTest::newRow("zero") << u"x.txt"_s << 0 << u"x.txt"_s;
}

void TestFileName::withSuffix()
{
    QFETCH(QString, name);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(FileName::withSuffix(name, n), expected);
}

QTEST_GUILESS_MAIN(TestFileName)
#include "tst_filename.moc"
