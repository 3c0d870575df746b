#include <QElapsedTimer>
#include <QTest>

#include "urlrotation.h"

// Which of an item's URLs its next attempt goes to, and when none is left or untried.
class TestUrlRotation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleUrl()
    {
        UrlRotation r;
        QCOMPARE(r.count(), 1);
        QVERIFY(r.untriedLeft());
        r.launched();
        QVERIFY(!r.untriedLeft());
        r.failed(false);
        QCOMPARE(r.current(), 0);
        QVERIFY(r.anyLeft());
        r.launched();
        r.failed(true);
        QVERIFY(!r.anyLeft());
        r.reset();
        QVERIFY(r.anyLeft() && r.untriedLeft());
    }
    void goesRoundInTurn()
    {
        UrlRotation r(3);
        QList<int> order;
        for (int i = 0; i < 7; ++i) {
            order << r.current();
            r.launched();
            r.failed(false);
        }
        QCOMPARE(order, (QList<int>{0, 1, 2, 0, 1, 2, 0}));
        QVERIFY(!r.untriedLeft());
    }
    void retiredUrlsLeaveTheRotation()
    {
        UrlRotation r(4);
        r.launched();
        r.failed(true); // 0 is gone
        QCOMPARE(r.current(), 1);
        r.launched();
        r.failed(false);
        QCOMPARE(r.current(), 2);
        r.launched();
        r.failed(true); // 2 is gone
        QCOMPARE(r.current(), 3);
        QVERIFY(r.untriedLeft());
        r.launched();
        QVERIFY(!r.untriedLeft());
        r.failed(false);
        QCOMPARE(r.current(), 1); // 0 and 2 are skipped
        r.launched();
        r.failed(true);
        QCOMPARE(r.current(), 3);
        r.launched();
        r.failed(true);
        QVERIFY(!r.anyLeft());
    }
    void tenThousandMirrorsAllRetired()
    {
        UrlRotation r(10001);
        QElapsedTimer timer;
        timer.start();
        int attempts = 0;
        while (r.anyLeft()) {
            r.launched();
            r.failed(true);
            ++attempts;
        }
        QCOMPARE(attempts, 10001);
        QVERIFY(timer.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestUrlRotation)
#include "tst_urlrotation.moc"
