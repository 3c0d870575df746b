// The batch's byte-rate limit, driven by a fake clock: simulated seconds, no real waiting.
#include <QTest>
#include <QThread>

#include <map>
#include <memory>
#include <vector>

#include "bandwidthlimiter.h"

namespace {
// Takers that follow the documented rule: ask for a slice, and when refused, sleep for
// msUntilAvailable(). Wake-ups at the same millisecond run in the order they were scheduled, as
// Qt's timers do. Returns the bytes each taker got in [fromMs, untilMs).
std::vector<qint64> simulate(BandwidthLimiter &limiter, int takers, qint64 startMs, qint64 untilMs,
                             qint64 fromMs = -1)
{
    std::vector<qint64> got(size_t(takers), 0);
    std::multimap<std::pair<qint64, quint64>, int> queue; // (time, order) -> taker
    quint64 order = 0;
    for (int i = 0; i < takers; ++i)
        queue.emplace(std::make_pair(startMs, order++), i);
    if (fromMs < 0)
        fromMs = startMs;
    while (!queue.empty()) {
        const auto first = queue.begin();
        const qint64 now = first->first.first;
        const int taker = first->second;
        queue.erase(first);
        if (now >= untilMs)
            continue;
        const qint64 granted = limiter.take(limiter.sliceBytes(), now);
        if (now >= fromMs)
            got[size_t(taker)] += granted;
        const qint64 wait = granted > 0 ? 0 : limiter.msUntilAvailable(now);
        if (granted == 0 && wait <= 0)
            qFatal("refused but told to retry at once: a busy loop");
        queue.emplace(std::make_pair(now + wait, order++), taker);
    }
    return got;
}

qint64 sum(const std::vector<qint64> &v)
{
    qint64 total = 0;
    for (qint64 x : v)
        total += x;
    return total;
}
} // namespace

class TestBandwidthLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void averageHoldsWithinTenPercent_data()
    {
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<int>("takers");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("1 KiB/s, 1 taker") << qint64(1024) << 1 << qint64(5);
        QTest::newRow("10 kB/s, 3 takers") << qint64(10000) << 3 << qint64(3);
        QTest::newRow("500k, 1 taker") << qint64(500 * 1024) << 1 << qint64(3);
        QTest::newRow("500k, 8 takers") << qint64(500 * 1024) << 8 << qint64(3);
        QTest::newRow("10M, 4 takers") << qint64(10 * 1024 * 1024) << 4 << qint64(3);
        QTest::newRow("100 B/s") << qint64(100) << 2 << qint64(10);
    }
    void averageHoldsWithinTenPercent()
    {
        QFETCH(qint64, rate);
        QFETCH(int, takers);
        QFETCH(qint64, seconds);
        BandwidthLimiter limiter(rate);
        const qint64 total = sum(simulate(limiter, takers, 1000, 1000 + seconds * 1000));
        const double average = double(total) / double(seconds);
        QVERIFY2(
            std::abs(average - double(rate)) <= 0.1 * double(rate),
            qPrintable(QStringLiteral("average %1 B/s for a limit of %2").arg(average).arg(rate)));
    }

    void competingTakersGetFairShares_data()
    {
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<int>("takers");
        QTest::newRow("two at 200k") << qint64(200 * 1024) << 2;
        QTest::newRow("eight at 200k") << qint64(200 * 1024) << 8;
        QTest::newRow("eight at 5M") << qint64(5 * 1024 * 1024) << 8;
        QTest::newRow("eight at 20k") << qint64(20 * 1024) << 8;
    }
    void competingTakersGetFairShares()
    {
        QFETCH(qint64, rate);
        QFETCH(int, takers);
        BandwidthLimiter limiter(rate);
        const std::vector<qint64> got = simulate(limiter, takers, 0, 4000);
        const double fair = double(sum(got)) / takers;
        for (int i = 0; i < takers; ++i) {
            const double share = double(got[size_t(i)]);
            QVERIFY2(share >= 0.8 * fair && share <= 1.2 * fair,
                     qPrintable(QStringLiteral("taker %1 got %2, a fair share is %3")
                                    .arg(i)
                                    .arg(share)
                                    .arg(fair)));
        }
    }

    void oneTakeGrantsAtMostASlice()
    {
        BandwidthLimiter limiter(10 * 1024 * 1024);
        const qint64 slice = limiter.sliceBytes();
        QCOMPARE(slice, qint64(10 * 1024 * 1024 / 20));
        QCOMPARE(limiter.take(1LL << 40, 0), slice);
        QVERIFY(limiter.take(1LL << 40, 0) <= slice);
        QCOMPARE(BandwidthLimiter(1000).sliceBytes(), qint64(100)); // never beyond the burst
    }

    void setRateTakesEffectAtOnce_data()
    {
        QTest::addColumn<qint64>("before");
        QTest::addColumn<qint64>("after");
        QTest::newRow("up") << qint64(100 * 1024) << qint64(1024 * 1024);
        QTest::newRow("down") << qint64(1024 * 1024) << qint64(10 * 1024);
        QTest::newRow("from unlimited") << qint64(0) << qint64(50 * 1024);
    }
    void setRateTakesEffectAtOnce()
    {
        QFETCH(qint64, before);
        QFETCH(qint64, after);
        BandwidthLimiter limiter(before);
        if (before > 0) // unlimited takers never wait: nothing to simulate
            simulate(limiter, 2, 0, 2000);
        limiter.setRate(after);
        QCOMPARE(limiter.rate(), after);
        // The first simulated second after the change already runs at the new rate.
        const qint64 got = sum(simulate(limiter, 2, 2000, 3000));
        QVERIFY2(
            std::abs(double(got) - double(after)) <= 0.12 * double(after),
            qPrintable(
                QStringLiteral("%1 bytes in the second after setRate(%2)").arg(got).arg(after)));
    }

    void unlimited()
    {
        BandwidthLimiter limiter;
        QVERIFY(!limiter.isLimited());
        QCOMPARE(limiter.take(123456789, 0), qint64(123456789));
        QCOMPARE(limiter.msUntilAvailable(0), qint64(0));
        limiter.setRate(1000);
        QVERIFY(limiter.isLimited());
        QVERIFY(limiter.take(1000000, 0) <= 100);
        limiter.setRate(0); // back to unlimited at once
        QCOMPARE(limiter.take(5000000, 1), qint64(5000000));
        QCOMPARE(limiter.take(0, 1), qint64(0));
        QCOMPARE(limiter.take(-5, 1), qint64(0));
    }

    void waitIsExact()
    {
        BandwidthLimiter limiter(10000); // burst 1000, grain 200 bytes = 20 ms
        QCOMPARE(limiter.take(1000000, 0), qint64(1000));
        QCOMPARE(limiter.take(1, 0), qint64(0));
        const qint64 wait = limiter.msUntilAvailable(0);
        QCOMPARE(wait, qint64(20));
        QCOMPARE(limiter.take(1000, wait - 1), qint64(0));
        QCOMPARE(limiter.take(1000, wait), qint64(200));
        // A clock that steps back mints nothing.
        QCOMPARE(limiter.take(1000, 0), qint64(0));
    }

    void concurrentTakersNeverExceedTheBudget()
    {
        const qint64 rate = 100000;
        BandwidthLimiter limiter(rate);
        std::atomic<qint64> total{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([&limiter, &total] {
                for (qint64 ms = 0; ms <= 1000; ++ms)
                    total += limiter.take(4096, ms);
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(30000));
        // The initial burst plus one second of refill, whatever the interleaving.
        QVERIFY2(total <= rate / 10 + rate, qPrintable(QString::number(total.load())));
        QVERIFY2(total >= rate * 9 / 10, qPrintable(QString::number(total.load())));
    }

    void parseRate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1 = rejected
        QTest::newRow("plain") << "1000" << qint64(1000);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("k") << "500k" << qint64(500 * 1024);
        QTest::newRow("K") << "500K" << qint64(500 * 1024);
        QTest::newRow("M decimal") << "1.5M" << qint64(1536 * 1024);
        QTest::newRow("m") << "2m" << qint64(2 * 1024 * 1024);
        QTest::newRow("G") << "1g" << qint64(1024LL * 1024 * 1024);
        QTest::newRow("kB/s") << "500kB/s" << qint64(500 * 1024);
        QTest::newRow("spaces around") << " 64k " << qint64(64 * 1024);
        QTest::newRow("leading dot") << ".5k" << qint64(512);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("negative") << "-5k" << qint64(-1);
        QTest::newRow("plus") << "+5k" << qint64(-1);
        QTest::newRow("garbage") << "fast" << qint64(-1);
        QTest::newRow("unit only") << "k" << qint64(-1);
        QTest::newRow("two dots") << "1.2.3k" << qint64(-1);
        QTest::newRow("exponent") << "1e6" << qint64(-1);
        QTest::newRow("inner space") << "5 k" << qint64(-1);
        QTest::newRow("unknown unit") << "5t" << qint64(-1);
        QTest::newRow("fraction of a byte") << "0.2" << qint64(-1);
        QTest::newRow("overflow") << "99999999999G" << qint64(-1);
        QTest::newRow("nan") << "nan" << qint64(-1);
    }
    void parseRate()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const std::optional<qint64> rate = BandwidthLimiter::parseRate(text);
        if (expected < 0) {
            QVERIFY2(!rate, qPrintable(QString::number(rate.value_or(0))));
            return;
        }
        QVERIFY(rate);
        QCOMPARE(*rate, expected);
    }

    void formatRateRoundTrips_data()
    {
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << "0";
        QTest::newRow("1000") << qint64(1000) << "1000";
        QTest::newRow("500k") << qint64(500 * 1024) << "500k";
        QTest::newRow("1.5M") << qint64(1536 * 1024) << "1.5M";
        QTest::newRow("odd") << qint64(1234567) << "1234567";
        QTest::newRow("2G") << qint64(2LL * 1024 * 1024 * 1024) << "2G";
    }
    void formatRateRoundTrips()
    {
        QFETCH(qint64, rate);
        QFETCH(QString, text);
        QCOMPARE(BandwidthLimiter::formatRate(rate), text);
        QCOMPARE(BandwidthLimiter::parseRate(text), std::optional<qint64>(rate));
    }
};

QTEST_GUILESS_MAIN(TestBandwidthLimiter)
#include "tst_bandwidthlimiter.moc"
