#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

#include "listfields.h"

using namespace Qt::StringLiterals;

// The tab-separated fields after a list line's URL: a name, dir=, digests, mirrors, header=.
class TestListFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The texts in English with C numbers ("9009 characters"), as the headless mode makes them
    // (the window's locale would group the digits).
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void read_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("sha256");
        QTest::addColumn<QString>("error");
        const QString hex(64, QLatin1Char('A'));
        const QByteArray lower(64, 'a');
        QTest::newRow("empty") << QString() << QString() << QByteArray() << QString();
        QTest::newRow("blank fields")
            << QStringLiteral("\t \t") << QString() << QByteArray() << QString();
        QTest::newRow("name") << QStringLiteral(" my file.bin ") << QStringLiteral("my file.bin")
                              << QByteArray() << QString();
        QTest::newRow("sha256 lowered")
            << QStringLiteral("SHA256=") + hex << QString() << lower << QString();
        QTest::newRow("both") << QStringLiteral("sha256=%1\tout.bin").arg(hex)
                              << QStringLiteral("out.bin") << lower << QString();
        QTest::newRow("short sha256")
            << QStringLiteral("sha256=abc") << QString() << QByteArray()
            << QStringLiteral("malformed sha256 field (expected sha256= and 64 hex digits)");
        QTest::newRow("not hex")
            << QStringLiteral("sha256=") + QString(64, QLatin1Char('g')) << QString()
            << QByteArray()
            << QStringLiteral("malformed sha256 field (expected sha256= and 64 hex digits)");
        QTest::newRow("two sha256") << QStringLiteral("sha256=%1\tsha256=%1").arg(hex) << QString()
                                    << lower << QStringLiteral("more than one sha256 field");
        QTest::newRow("two names")
            << QStringLiteral("a.bin\tb.bin") << QStringLiteral("a.bin") << QByteArray()
            << QStringLiteral("more than one file name field");
        QTest::newRow("name=") << u"name=a=b.bin"_s << u"a=b.bin"_s << QByteArray() << QString();
        QTest::newRow("NAME= any case")
            << u"NAME=x.bin"_s << u"x.bin"_s << QByteArray() << QString();
        QTest::newRow("bare name and name=") << u"a.bin\tname=b.bin"_s << u"a.bin"_s << QByteArray()
                                             << u"more than one file name field"_s;
        QTest::newRow("empty name=")
            << u"name="_s << QString() << QByteArray() << u"empty name= field"_s;
        QTest::newRow("unknown key")
            << u"sha265=abc"_s << QString() << QByteArray()
            << u"unknown field 'sha265=' (a file name with '=' is given as name=…)"_s;
        QTest::newRow("sha256 after other fields")
            << u"dir=a\tsha256=%1\tx.bin"_s.arg(hex) << u"x.bin"_s << lower << QString();
    }
    void size_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<qint64>("size"); // -1: none
        QTest::addColumn<QString>("error");
        const QString bad = u"malformed size field (expected size= and a byte count)"_s;
        QTest::newRow("none") << u"x.bin"_s << qint64(-1) << QString();
        QTest::newRow("bytes") << u"size=1048576"_s << qint64(1048576) << QString();
        QTest::newRow("zero") << u"SIZE=0"_s << qint64(0) << QString();
        QTest::newRow("2^53") << u"size=9007199254740992"_s << (qint64(1) << 53) << QString();
        QTest::newRow("past 2^53") << u"size=9007199254740993"_s << qint64(-1) << bad;
        QTest::newRow("negative") << u"size=-1"_s << qint64(-1) << bad;
        QTest::newRow("plus sign") << u"size=+5"_s << qint64(-1) << bad;
        QTest::newRow("suffix") << u"size=5M"_s << qint64(-1) << bad;
        QTest::newRow("empty") << u"size="_s << qint64(-1) << bad;
        QTest::newRow("overflow") << u"size=99999999999999999999999"_s << qint64(-1) << bad;
        QTest::newRow("twice") << u"size=1\tsize=1"_s << qint64(1)
                               << u"more than one size= field"_s;
    }
    void size()
    {
        QFETCH(QString, fields);
        QFETCH(qint64, size);
        QFETCH(QString, error);
        const ListFields read = ListFields::read(fields);
        QCOMPARE(read.error, error);
        QCOMPARE(read.extras ? read.extras->size : qint64(-1), size);
    }

    void read()
    {
        QFETCH(QString, fields);
        QFETCH(QString, name);
        QFETCH(QByteArray, sha256);
        QFETCH(QString, error);
        const ListFields read = ListFields::read(fields);
        QCOMPARE(read.wantedName, name);
        QCOMPARE(read.sha256, sha256);
        QCOMPARE(read.error, error);
    }

    void digests_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("md5");
        QTest::addColumn<QString>("sha1");
        QTest::addColumn<QString>("sha512");
        QTest::addColumn<QString>("error");
        const QString m(32, u'F'), s1(40, u'0'), s5(128, u'e');
        QTest::newRow("each") << u"md5=%1\tsha1=%2\tsha512=%3"_s.arg(m, s1, s5) << m.toLower() << s1
                              << s5 << QString();
        QTest::newRow("upper key")
            << u"MD5=%1"_s.arg(m) << m.toLower() << QString() << QString() << QString();
        QTest::newRow("md5 short")
            << u"md5=%1"_s.arg(m.left(31)) << QString() << QString() << QString()
            << u"malformed md5 field (expected md5= and 32 hex digits)"_s;
        QTest::newRow("sha1 long") << u"sha1=%1a"_s.arg(s1) << QString() << QString() << QString()
                                   << u"malformed sha1 field (expected sha1= and 40 hex digits)"_s;
        QTest::newRow("sha512 not hex")
            << u"sha512=%1"_s.arg(QString(128, u'z')) << QString() << QString() << QString()
            << u"malformed sha512 field (expected sha512= and 128 hex digits)"_s;
        QTest::newRow("sha512 with a NUL")
            << u"sha512="_s + QString(127, u'a') + QChar(0) << QString() << QString() << QString()
            << u"malformed sha512 field (expected sha512= and 128 hex digits)"_s;
        QTest::newRow("md5 twice") << u"md5=%1\tmd5=%1"_s.arg(m) << m.toLower() << QString()
                                   << QString() << u"more than one md5 field"_s;
        QTest::newRow("empty md5") << u"md5="_s << QString() << QString() << QString()
                                   << u"malformed md5 field (expected md5= and 32 hex digits)"_s;
    }
    void digests()
    {
        QFETCH(QString, fields);
        QFETCH(QString, md5);
        QFETCH(QString, sha1);
        QFETCH(QString, sha512);
        QFETCH(QString, error);
        const ListFields read = ListFields::read(fields);
        const QList<Digest> digests = read.extras ? read.extras->digests : QList<Digest>();
        QCOMPARE(QString::fromLatin1(Digest::find(digests, Digest::Algorithm::Md5)), md5);
        QCOMPARE(QString::fromLatin1(Digest::find(digests, Digest::Algorithm::Sha1)), sha1);
        QCOMPARE(QString::fromLatin1(Digest::find(digests, Digest::Algorithm::Sha512)), sha512);
        QCOMPARE(read.error, error);
    }

    void dir_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("dir");     // as kept, when fine
        QTest::addColumn<QString>("problem"); // a part of the error, when not
        QTest::newRow("one") << u"sub"_s << u"sub"_s << QString();
        QTest::newRow("nested") << u"a/b c/d"_s << u"a/b c/d"_s << QString();
        QTest::newRow("trailing slash") << u"a/b/"_s << u"a/b"_s << QString();
        QTest::newRow("unicode") << u"Fotos/Été"_s << u"Fotos/Été"_s << QString();
        QTest::newRow("literal percent") << u"100%/x"_s << u"100%/x"_s << QString();
        QTest::newRow("..") << u".."_s << QString() << u"'..'"_s;
        QTest::newRow(".") << u"."_s << QString() << u"'.'"_s;
        QTest::newRow("a/../..") << u"a/../.."_s << QString() << u"'..'"_s;
        QTest::newRow("a/..") << u"a/.."_s << QString() << u"'..'"_s;
        QTest::newRow("./a") << u"./a"_s << QString() << u"'.'"_s;
        QTest::newRow("/abs") << u"/etc"_s << QString() << u"relative"_s;
        QTest::newRow("//host") << u"//server/share"_s << QString() << u"relative"_s;
        QTest::newRow("C:x") << u"C:x"_s << QString() << u"drive letter"_s;
        QTest::newRow("c:/x") << u"c:/x"_s << QString() << u"drive letter"_s;
        QTest::newRow("colon inside") << u"a/b:c"_s << QString() << u"not a safe name"_s;
        QTest::newRow("backslash") << u"a\\b"_s << QString() << u"backslash"_s;
        QTest::newRow("..\\") << u"..\\x"_s << QString() << u"backslash"_s;
        QTest::newRow("%2e%2e") << u"%2e%2e"_s << QString() << u"encoded"_s;
        QTest::newRow("a/%2E%2E/b") << u"a/%2E%2E/b"_s << QString() << u"encoded"_s;
        QTest::newRow("%2f") << u"a%2fb"_s << QString() << u"encoded"_s;
        QTest::newRow("%5c") << u"a%5c..%5cb"_s << QString() << u"encoded"_s;
        QTest::newRow("empty part") << u"a//b"_s << QString() << u"empty folder"_s;
        QTest::newRow("only slash") << u"/"_s << QString() << u"relative"_s;
        QTest::newRow("empty") << QString() << QString() << u"empty dir="_s;
        QTest::newRow("leading dot") << u".ssh"_s << QString() << u"not a safe name"_s;
        QTest::newRow("trailing dot") << u"a./b"_s << QString() << u"not a safe name"_s;
        QTest::newRow("NUL") << u"a"_s + QChar(0) + u"b"_s << QString() << u"not a safe name"_s;
        QTest::newRow("device") << u"x/CON"_s << QString() << u"not a safe name"_s;
        QTest::newRow("fullwidth slash") << u"a\uFF0Fb"_s << QString() << u"not a safe name"_s;
        QTest::newRow("too deep") << QString(u"a/"_s).repeated(40) << QString()
                                  << u"more than 32"_s;
    }
    void dir()
    {
        QFETCH(QString, value);
        QFETCH(QString, dir);
        QFETCH(QString, problem);
        const ListFields read = ListFields::read(u"dir="_s + value);
        if (problem.isEmpty()) {
            QCOMPARE(read.error, QString());
            QVERIFY(read.extras);
            QCOMPARE(read.extras->dir, dir);
        } else {
            QVERIFY2(read.error.contains(problem), qPrintable(read.error));
            QVERIFY(!read.extras || read.extras->dir.isEmpty());
            QVERIFY2(!read.error.contains(QChar(0)), "a NUL is not echoed");
        }
    }
    void dirTwice()
    {
        QCOMPARE(ListFields::read(u"dir=a\tdir=b"_s).error, u"more than one dir= field"_s);
    }

    void mirrors_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QStringList>("mirrors");
        QTest::addColumn<QString>("error");
        QTest::newRow("bare") << u"http://b/f\thttps://c/f"_s
                              << QStringList{u"http://b/f"_s, u"https://c/f"_s} << QString();
        QTest::newRow("mirror=") << u"mirror=http://b/f\tname.bin"_s << QStringList{u"http://b/f"_s}
                                 << QString();
        QTest::newRow("repeats dropped") << u"http://b/f\tmirror=http://b/f\thttp://a/f"_s
                                         << QStringList{u"http://b/f"_s} << QString();
        QTest::newRow("ftp") << u"ftp://b/f"_s << QStringList()
                             << u"mirror 1: unsupported scheme 'ftp' (only http and https)"_s;
        QTest::newRow("mirror= not a url")
            << u"http://b/f\tmirror=nope"_s << QStringList{u"http://b/f"_s}
            << u"mirror 2: not a URL"_s;
        QTest::newRow("no host") << u"mirror=http://"_s << QStringList()
                                 << u"mirror 1: missing host"_s;
        QTest::newRow("NUL") << u"http://b/\u0000"_s << QStringList()
                             << u"mirror 1: contains control characters"_s;
        QTest::newRow("too long") << u"http://b/"_s + QString(9000, u'x') << QStringList()
                                  << u"mirror 1: URL too long (9009 characters, the limit is "
                                     "8192)"_s;
    }
    void mirrors()
    {
        QFETCH(QString, fields);
        QFETCH(QStringList, mirrors);
        QFETCH(QString, error);
        const ListFields read = ListFields::read(fields, u"http://a/f");
        QStringList got;
        if (read.extras) {
            for (const QUrl &url : read.extras->mirrors)
                got << url.toString();
        }
        QCOMPARE(got, mirrors);
        QCOMPARE(read.error, error);
    }
    void tenThousandMirrors()
    {
        QString fields;
        for (int i = 0; i < 10000; ++i)
            fields += u"http://m%1.example/file.iso\t"_s.arg(i);
        fields += fields; // each repeated once: dropped through a set, not a scan
        QElapsedTimer timer;
        timer.start();
        const ListFields read = ListFields::read(fields, u"http://a/file.iso");
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(read.error, QString());
        QCOMPARE(read.extras->mirrors.size(), 10000);
        QCOMPARE(read.extras->mirrors.last().host(), u"m9999.example"_s);
    }

    void headers_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("error");
        QTest::newRow("one") << u"header=X-Token: abc"_s << 1 << QString();
        QTest::newRow("two of a name") << u"header=Accept: a\theader=Accept: b"_s << 2 << QString();
        QTest::newRow("empty value") << u"header=X-Empty:"_s << 1 << QString();
        QTest::newRow("no colon") << u"header=X-Token abc"_s << 0
                                  << u"header= field: \"Name: value\" expected"_s;
        QTest::newRow("bad name") << u"header=X Y: z"_s << 0
                                  << u"header= field: the header name \"X Y\" has a character "
                                     "names may not have"_s;
        QTest::newRow("CR in value")
            << u"header=X: a\rInjected: 1"_s << 0
            << u"header= field: the value of X has a control character or one beyond Latin-1"_s;
        QTest::newRow("beyond Latin-1")
            << u"header=X: \u20ac"_s << 0
            << u"header= field: the value of X has a control character or one beyond Latin-1"_s;
    }
    void headers()
    {
        QFETCH(QString, fields);
        QFETCH(int, count);
        QFETCH(QString, error);
        const ListFields read = ListFields::read(fields);
        QCOMPARE(read.extras ? int(read.extras->headers.size()) : 0, count);
        QCOMPARE(read.error, error);
    }

    void noExtrasWhenAbsent()
    {
        // The common line pays one null pointer for everything new.
        const ListFields read = ListFields::read(u"x.bin\tsha256="_s + QString(64, u'a'));
        QVERIFY(!read.extras);
        QVERIFY(!ListFields::read(QString()).extras);
    }
};

QTEST_GUILESS_MAIN(TestListFields)
#include "tst_listfields.moc"
