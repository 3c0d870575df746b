#include <QTest>

#include "listline.h"
#include "urllist.h"

using namespace Qt::StringLiterals;

// An entry written back as a list line reads back as the same entry, without credentials.
class TestListLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("line");
        const QString m(32, u'a'), s1(40, u'b'), s2(64, u'c'), s5(128, u'd');
        QTest::newRow("bare") << u"http://a/f"_s;
        QTest::newRow("name") << u"http://a/f\tname=x y.bin"_s;
        QTest::newRow("name with =") << u"http://a/f\tname=a=b"_s;
        QTest::newRow("name like a url") << u"http://a/f\tname=http:x"_s;
        QTest::newRow("everything")
            << u"http://a/f\tname=n.iso\tdir=a/b\tsha256=%3\tmd5=%1\tsha1=%2\tsha512=%4\t"
               "mirror=http://b/f\tmirror=https://c/f\theader=Accept: x/y"_s.arg(m, s1, s2, s5);
    }
    void roundTrip()
    {
        QFETCH(QString, line);
        const UrlList::Entry entry = UrlList::parse(line).entries().value(0);
        QVERIFY2(entry.valid, qPrintable(entry.reason));
        const QString written = ListLine::of(entry);
        QCOMPARE(written, line);
        const UrlList::Entry again = UrlList::parse(written).entries().value(0);
        QCOMPARE(again.wantedName, entry.wantedName);
        QCOMPARE(again.dir(), entry.dir());
        QCOMPARE(again.digests(), entry.digests());
        QCOMPARE(again.urls(), entry.urls());
    }
    void credentialsNeverWritten()
    {
        const UrlList::Entry entry =
            UrlList::parse(u"http://u:secret@a/f\tmirror=http://v:hidden@b/f\t"
                           "header=Authorization: Basic c2VjcmV0\theader=cookie: s=1\t"
                           "header=X-Other: fine"_s)
                .entries()
                .value(0);
        QVERIFY2(entry.valid, qPrintable(entry.reason));
        QStringList leftOut;
        const QString written = ListLine::of(entry, &leftOut);
        QCOMPARE(written, u"http://a/f\tmirror=http://b/f\theader=X-Other: fine"_s);
        QCOMPARE(leftOut, (QStringList{u"Authorization"_s, u"cookie"_s}));
    }
    void invalidEntryIsItsText()
    {
        const UrlList::Entry entry = UrlList::parse(u"ftp://u:pw@a/f\tname=x"_s).entries().value(0);
        QVERIFY(!entry.valid);
        QCOMPARE(ListLine::of(entry), u"ftp://a/f"_s);
    }
};

QTEST_GUILESS_MAIN(TestListLine)
#include "tst_listline.moc"
