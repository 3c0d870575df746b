// The request-rate limit, driven by a fake clock: exact, and no real waiting.
#include <QTest>

#include "tokenbucket.h"

class TestTokenBucket final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlimitedAlwaysGives()
    {
        TokenBucket bucket;
        for (int i = 0; i < 1000; ++i)
            QVERIFY(bucket.tryTake(0));
        QCOMPARE(bucket.nextTokenAtMs(42), 42);
    }

    void burstThenExactRate_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("burst");
        QTest::addColumn<qint64>("intervalMs");
        QTest::newRow("2/s") << 2.0 << 2.0 << qint64(500);
        QTest::newRow("5/s") << 5.0 << 5.0 << qint64(200);
        QTest::newRow("0.5/s") << 0.5 << 1.0 << qint64(2000);
        QTest::newRow("10/s burst 1") << 10.0 << 1.0 << qint64(100);
    }
    void burstThenExactRate()
    {
        QFETCH(double, rate);
        QFETCH(double, burst);
        QFETCH(qint64, intervalMs);
        TokenBucket bucket(rate, burst, 1000);
        for (int i = 0; i < int(burst); ++i)
            QVERIFY(bucket.tryTake(1000));
        QVERIFY(!bucket.tryTake(1000));
        qint64 now = 1000;
        for (int i = 0; i < 20; ++i) {
            const qint64 next = bucket.nextTokenAtMs(now);
            QCOMPARE(next, now + intervalMs);
            QVERIFY(!bucket.tryTake(next - 1));
            QVERIFY(bucket.tryTake(next));
            QVERIFY(!bucket.tryTake(next));
            now = next;
        }
    }

    void savesNoMoreThanTheBurst()
    {
        TokenBucket bucket(4, 4, 0);
        for (int i = 0; i < 4; ++i)
            QVERIFY(bucket.tryTake(0));
        // An hour idle still buys only the burst.
        const qint64 later = 3600 * 1000;
        int taken = 0;
        while (bucket.tryTake(later))
            ++taken;
        QCOMPARE(taken, 4);
    }

    // Full again is "as a new bucket": what lets an idle origin's state be dropped.
    void fullOnceTheBurstIsBack()
    {
        QVERIFY(TokenBucket().isFull(0));
        TokenBucket bucket(2, 2, 0);
        QVERIFY(bucket.isFull(0));
        QVERIFY(bucket.tryTake(0));
        QVERIFY(bucket.tryTake(0));
        QVERIFY(!bucket.isFull(0));
        QVERIFY(!bucket.isFull(999)); // one token back of two
        QVERIFY(bucket.isFull(1000));
    }

    void clockGoingBackwardsGivesNothing()
    {
        TokenBucket bucket(1, 1, 10000);
        QVERIFY(bucket.tryTake(10000));
        QVERIFY(!bucket.tryTake(5000));
        QCOMPARE(bucket.nextTokenAtMs(10000), 11000);
    }

    void countInEveryWindowHoldsTheRate()
    {
        // Poll every millisecond for 10 s of fake time: no 1 s window may see more than
        // rate + burst requests, and the long-run count is the rate.
        const double rate = 3;
        TokenBucket bucket(rate, rate, 0);
        QList<qint64> taken;
        for (qint64 t = 0; t <= 10000; ++t) {
            while (bucket.tryTake(t))
                taken.append(t);
        }
        for (qsizetype i = 0; i < taken.size(); ++i) {
            qsizetype j = i;
            while (j < taken.size() && taken[j] < taken[i] + 1000)
                ++j;
            QVERIFY(j - i <= qsizetype(2 * rate));
        }
        QCOMPARE(taken.size(), 3 + 30); // the burst, then 3 a second for 10 s
    }
};

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
