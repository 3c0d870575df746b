// Real, messy lists measured from the servers' side: one URL that hangs, a 429 or 503 with
// Retry-After on one origin, a run of 503s, a 404, beside healthy URLs, on one origin or on two.
// One bad URL or origin must never slow the rest: each case has the time bar its free slots
// allow, and each waiting row must say which rule holds it.
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "enginebatch.h"
#include "requestlog.h"
#include "testserver.h"

namespace {

// Runs a batch and notes when each item's result arrived, on the test's clock.
struct TimedBatch
{
    explicit TimedBatch(const EngineOptions &options) : batch(options)
    {
        QObject::connect(&batch.engine, &Engine::itemsFinished,
                         [this](const QList<Result> &results) {
                             for (const Result &r : results)
                                 doneAt.insert(r.id, clock.elapsed());
                         });
    }
    void start()
    {
        clock.start();
        batch.engine.start();
    }
    // Waits until every one of `ids` has its result; returns when the last arrived (ms).
    qint64 waitFor(const QList<ItemId> &ids, int timeoutMs = 30000)
    {
        const auto all = [&] {
            return std::all_of(ids.cbegin(), ids.cend(),
                               [&](ItemId id) { return doneAt.contains(id); });
        };
        if (!QTest::qWaitFor(all, timeoutMs))
            return -1;
        qint64 last = 0;
        for (ItemId id : ids)
            last = std::max(last, doneAt.value(id));
        return last;
    }
    // Waits for the healthy items and says whether they finished within `factor` times the
    // time their free slots allow (`idealMs`); the figure goes to the test log.
    bool healthyWithin(const QList<ItemId> &healthy, double idealMs, double factor,
                       const char *what)
    {
        const qint64 took = waitFor(healthy);
        qInfo("%s: %lld ms = %.2f x the %.0f ms its free slots allow (bar %.2f x)", what, took,
              double(took) / idealMs, idealMs, factor);
        return took > 0 && took <= idealMs * factor;
    }
    // The whole batch is over (idle was announced at least once; a batch here idles once).
    bool settled(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] { return batch.idleCount > 0; }, timeoutMs);
    }
    QStringList reasonsOf(const QList<ItemId> &ids) const
    {
        QStringList reasons;
        for (const ItemUpdate &u : batch.updates) {
            if (ids.contains(u.id) && !u.waitReason.isEmpty() && !reasons.contains(u.waitReason))
                reasons << u.waitReason;
        }
        return reasons;
    }

    EngineBatch batch;
    QElapsedTimer clock;
    QHash<ItemId, qint64> doneAt;
};

QStringList lines(const TestServer &server, const QString &pattern, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << server.urlString(pattern.arg(i));
    return out;
}

} // namespace

class TestMessyBatch final : public QObject
{
    Q_OBJECT

private:
    EngineOptions options() const
    {
        EngineOptions o;
        o.outputDir = m_dir->path();
        o.checkOnly = true;
        o.maxInFlight = 8;
        return o;
    }

    TestServer m_a;
    TestServer m_b;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_a.start() && m_b.start()); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_a.resetStats();
        m_b.resetStats();
    }

    // Issue 13's first bar: a URL that never answers (stall timeout 1 s, six retries) beside 60
    // URLs of 0.5 s on the same server at -j 8: the 60 have 7 free slots, 60 x 0.5 / 7 = 4.3 s.
    void hangingUrlKeepsItsNeighboursFast()
    {
        EngineOptions o = options();
        o.stallTimeoutMs = 1000;
        o.retries = 6;
        TimedBatch run(o);
        run.batch.add({m_a.urlString(QStringLiteral("/silent"))});
        const QList<ItemId> healthy =
            run.batch.add(lines(m_a, QStringLiteral("/slow?delay=500&size=10&i=%1"), 60));
        run.start();
        QVERIFY(
            run.healthyWithin(healthy, 60 * 500 / 7.0, 1.35, "60 x 0.5 s beside a hanging URL"));
        // From the server's side: the neighbours kept their seven slots.
        QVERIFY(RequestLog::maxOverlap(m_a.requests(), QStringLiteral("/slow"), 480) >= 7);
        for (ItemId id : healthy)
            QCOMPARE(run.batch.byId.value(id).outcome, Outcome::Ok);
        run.batch.engine.cancelAll();
        QVERIFY(run.settled());
    }

    // A 429 with Retry-After from origin A must not hold back origin B: 16 requests of 0.2 s
    // at -j 8 take 0.4 s; the bar is 1.35 x that.
    void retryAfterOnOneOriginLeavesTheOtherAlone()
    {
        TimedBatch run(options());
        const QList<ItemId> troubled = run.batch.add(
            {m_a.urlString(QStringLiteral("/flaky?fail=1&code=429&retry-after=3&key=ra"))});
        const QList<ItemId> healthy =
            run.batch.add(lines(m_b, QStringLiteral("/slow?delay=200&size=10&i=%1"), 16));
        run.start();
        QVERIFY(
            run.healthyWithin(healthy, 16 * 200 / 8.0, 1.35, "16 x 0.2 s on B beside a 429 on A"));
        QCOMPARE(m_b.peakConcurrency(), 8);
        // B's rows were never told about A's cooldown.
        for (const QString &reason : run.reasonsOf(healthy))
            QVERIFY2(!reason.contains(QLatin1String("slow down")), qPrintable(reason));
        QVERIFY(run.settled(10000));
        QCOMPARE(run.batch.byId.value(troubled[0]).outcome, Outcome::Ok);
        // A itself waited its 3 s.
        const QList<RecordedRequest> a = m_a.requests();
        QCOMPARE(a.size(), 2);
        QVERIFY(a[1].receivedAtMs - a[0].receivedAtMs >= 2900);
    }

    // Three 503s without Retry-After, then 80 URLs of 0.3 s at -j 8: at most 1.6 x 80 x 0.3 / 8.
    void serviceUnavailableDoesNotCollapseTheOrigin()
    {
        TimedBatch run(options());
        run.batch.add(lines(m_a, QStringLiteral("/status?code=503&i=%1"), 3));
        const QList<ItemId> healthy =
            run.batch.add(lines(m_a, QStringLiteral("/slow?delay=300&size=10&i=%1"), 80));
        run.start();
        QVERIFY(run.healthyWithin(healthy, 80 * 300 / 8.0, 1.6, "80 x 0.3 s after three 503s"));
        QVERIFY(run.settled());
    }

    // The mix a user brings: on A a hanging URL, a 503 with Retry-After and a 404 beside
    // healthy files; on B only healthy files. B reaches its cap within a second and keeps it;
    // A's rows say why they wait.
    void mixedListOnTwoOrigins()
    {
        EngineOptions o = options();
        o.stallTimeoutMs = 1500;
        o.retries = 2;
        TimedBatch run(o);
        QStringList troubled{m_a.urlString(QStringLiteral("/silent")),
                             m_a.urlString(QStringLiteral("/flaky?fail=1&retry-after=2&key=mx")),
                             m_a.urlString(QStringLiteral("/nothing-here"))};
        troubled += lines(m_a, QStringLiteral("/slow?delay=300&size=10&a=%1"), 12);
        const QList<ItemId> a = run.batch.add(troubled);
        const QList<ItemId> b =
            run.batch.add(lines(m_b, QStringLiteral("/slow?delay=300&size=10&b=%1"), 30));
        run.start();
        QVERIFY(run.waitFor(b) > 0);
        // B got going at once: 8 of its requests arrived within the first second.
        const QList<RecordedRequest> seen = m_b.requests();
        QVERIFY(seen.size() >= 8);
        QVERIFY2(seen[7].receivedAtMs - seen[0].receivedAtMs < 1000,
                 qPrintable(QString::number(seen[7].receivedAtMs - seen[0].receivedAtMs)));
        // A's waiting rows were told about its Retry-After, with a time.
        const QStringList reasonsA = run.reasonsOf(a);
        QVERIFY2(std::any_of(reasonsA.cbegin(), reasonsA.cend(),
                             [&](const QString &r) {
                                 return r == QStringLiteral("127.0.0.1:%1 asked to slow down "
                                                            "(Retry-After)")
                                                 .arg(m_a.port());
                             }),
                 qPrintable(reasonsA.join(QLatin1String(" | "))));
        // Nobody was told "free slot" unless all eight were taken.
        for (const QString &r : run.reasonsOf(a + b)) {
            if (r.contains(QLatin1String("free slot")))
                QCOMPARE(r, QStringLiteral("waiting for a free slot (8 of 8 in flight)"));
        }
        run.batch.engine.cancelAll();
        QVERIFY(run.settled());
        QCOMPARE(run.batch.byId.value(a[2]).httpStatus, 404);
    }

    // Raising the cap mid-batch applies at once to what is queued.
    void capRaisedMidBatchTakesEffect()
    {
        EngineOptions o = options();
        o.maxInFlight = 2;
        TimedBatch run(o);
        run.batch.add(lines(m_a, QStringLiteral("/slow?delay=400&size=10&i=%1"), 24));
        run.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_a.currentConcurrency(), 2, 5000);
        QCOMPARE(m_a.peakConcurrency(), 2);
        o.maxInFlight = 8;
        run.batch.engine.setOptions(o);
        QTRY_COMPARE_WITH_TIMEOUT(m_a.currentConcurrency(), 8, 2000);
        QVERIFY(run.settled());
    }

    // A lowered allowance, a cooldown: after the list is cleared, a new batch starts afresh.
    void newBatchStartsWithFreshOrigins()
    {
        EngineOptions o = options();
        o.maxInFlight = 1; // the files queue behind the 503
        TimedBatch run(o);
        const QList<ItemId> first =
            run.batch.add({m_a.urlString(QStringLiteral("/flaky?fail=5&retry-after=30&key=nb"))});
        const QList<ItemId> queued =
            run.batch.add(lines(m_a, QStringLiteral("/file?size=10&q=%1"), 4));
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.reasonsOf(queued)
                                     .join(QLatin1Char('|'))
                                     .contains(QLatin1String("asked to slow down")),
                                 5000);
        QCOMPARE(m_a.requestCount(QStringLiteral("/file")), 0); // held by the 30 s cooldown
        for (ItemId id : first + queued)
            run.batch.engine.remove(id);
        run.batch.engine.newBatch();
        const QList<ItemId> next =
            run.batch.add(lines(m_a, QStringLiteral("/file?size=10&n=%1"), 8));
        const qint64 before = run.clock.elapsed();
        const qint64 took = run.waitFor(next, 5000);
        QVERIFY2(took > 0 && took - before < 1500, qPrintable(QString::number(took - before)));
        QCOMPARE(m_a.requestCount(QStringLiteral("/file")), 8);
    }

    // Closing mid-batch with every timer armed (an origin waiting for its rate token, an item
    // waiting to retry, a request that hangs) ends cleanly: no timer is left to a thread that
    // is gone (Qt warns "Timers cannot be stopped from another thread" when one is).
    void shutdownMidBatchIsClean()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        EngineOptions o = options();
        o.perHostRate = 0.5;
        o.backoffBaseMs = 10000;
        auto run = std::make_unique<TimedBatch>(o);
        run->batch.add({m_a.urlString(QStringLiteral("/silent")),
                        m_b.urlString(QStringLiteral("/status?code=503")),
                        m_a.urlString(QStringLiteral("/file?size=10&r=1"))});
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_b.requestCount() == 1 && m_a.requestCount() == 1, 5000);
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        run.reset();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestMessyBatch)
#include "tst_messybatch.moc"
