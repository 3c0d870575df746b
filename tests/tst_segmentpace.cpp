// Segmented downloads obey the same pace as one request (issue 17), from the server's side and
// by the clock: --limit-rate and an item's own cap hold for the sum of a body's ranges while
// several are open; a pause holds every range (nothing more is read, nothing is asked, no stall
// timeout fires, longer than it) and on resume every range goes on where it stopped, never
// fetched twice from its start, even one the server closed while paused; a limited large body
// beside small files and a 404 lets them finish.

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "enginebatch.h"
#include "segmentoptions.h"
#include "testserver.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

namespace {

// What the engine reported about one item, with the time each report came.
struct Sample
{
    qint64 atMs = 0;
    qint64 received = 0;
    int openRanges = 0; // ranges not done yet, when fetched in ranges
};

int openRangesOf(const ItemUpdate &update)
{
    int open = 0;
    for (const SegmentView &view : update.segments)
        open += view.done < view.end - view.start ? 1 : 0;
    return open;
}

} // namespace

class TestSegmentPace final : public QObject
{
    Q_OBJECT

private:
    EngineOptions options() const
    {
        EngineOptions o = segmentTestOptions(m_dir->path());
        o.maxInFlight = 8;
        return o;
    }
    QString url(const QString &pathAndQuery) const { return m_server.urlString(pathAndQuery); }

    // Records every report about `id` (received bytes and open ranges) against a clock.
    void watch(EngineBatch &batch)
    {
        m_samples.clear();
        m_clock.start();
        QObject::connect(
            &batch.engine, &Engine::itemsChanged, &batch.engine,
            [this](const QList<ItemUpdate> &updates) {
                for (const ItemUpdate &u : updates) {
                    if (u.id == m_watched)
                        m_samples.append({m_clock.elapsed(), u.received, openRangesOf(u)});
                }
            });
    }
    qint64 lastReceived() const { return m_samples.isEmpty() ? 0 : m_samples.last().received; }
    int peakOpenRanges() const
    {
        int peak = 0;
        for (const Sample &s : m_samples)
            peak = std::max(peak, s.openRanges);
        return peak;
    }
    // Bytes a second while at least two ranges were open: from the first such report to the
    // last one before the body was complete.
    double rateWhileInRanges(qint64 total) const
    {
        const Sample *first = nullptr;
        const Sample *last = nullptr;
        for (const Sample &s : m_samples) {
            if (!first && s.openRanges >= 2)
                first = &s;
            if (first && s.openRanges >= 2 && s.received < total)
                last = &s;
        }
        if (!first || !last || last->atMs - first->atMs < 1000)
            return -1;
        return double(last->received - first->received) * 1000.0 / double(last->atMs - first->atMs);
    }
    QList<RecordedRequest> ranged() const { return m_server.requests(u"/ranged"_s); }
    // One request without Range (the first), and no Range asked twice from the same byte.
    void checkNoRangeTwice() const
    {
        int whole = 0;
        QSet<QByteArray> starts;
        for (const RecordedRequest &r : ranged()) {
            const QByteArray range = r.header("Range");
            if (range.isNull()) {
                ++whole;
                continue;
            }
            const QByteArray start = range.mid(6, range.indexOf('-') - 6);
            QVERIFY2(!starts.contains(start), range.constData());
            starts.insert(start);
        }
        QCOMPARE(whole, 1);
    }
    // Runs a body of `size` at the server's `serverRate` a connection, capped at `cap` by the
    // batch (`batchCap`) or by the item's own rate, and checks the pace it came at.
    void checkPace(bool batchCap)
    {
        const qint64 size = 5 * 1024 * 1024;
        const qint64 cap = 1024 * 1024;
        EngineOptions o = options();
        if (batchCap)
            o.limitRateBytes = cap;
        EngineBatch batch(o);
        watch(batch);
        m_watched = batch.add({url(u"/ranged?size=%1&seed=3&rate=4000000"_s.arg(size))}).at(0);
        if (!batchCap)
            batch.engine.setItemRate(m_watched, cap);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(batch.run(60000));
        const qint64 elapsedMs = clock.elapsed();
        const Result result = batch.result(0);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.sha256, TestServer::sha256Hex(size, 3));
        // Ranges were really open, several at once, else this proves nothing.
        QVERIFY2(result.segments > 1, qPrintable(QString::number(result.segments)));
        QVERIFY2(peakOpenRanges() >= 2, qPrintable(QString::number(peakOpenRanges())));
        const double overall = double(size) * 1000.0 / double(elapsedMs);
        const double inRanges = rateWhileInRanges(size);
        qInfo("%s cap %lld B/s: %d ranges (%d open at most), %lld ms, %.0f B/s overall, "
              "%.0f B/s while in ranges",
              batchCap ? "batch" : "item", cap, result.segments, peakOpenRanges(), elapsedMs,
              overall, inRanges);
        QVERIFY2(overall <= cap * 1.10 && overall >= cap * 0.85, "overall pace off the cap");
        QVERIFY2(inRanges > 0, "never two ranges open for a second");
        QVERIFY2(inRanges <= cap * 1.15 && inRanges >= cap * 0.85, "pace in ranges off the cap");
    }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QElapsedTimer m_clock;
    QList<Sample> m_samples;
    ItemId m_watched = 0;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server.resetStats();
    }

    void limitRateHoldsAcrossRanges() { checkPace(true); }
    void itemCapHoldsAcrossRanges() { checkPace(false); }

    // Paused mid-body with ranges open, for longer than the stall timeout: nothing more is
    // read and nothing asked; resumed, every range goes on where it stopped.
    void pauseHoldsEveryRange()
    {
        const qint64 size = 6 * 1024 * 1024;
        EngineOptions o = options();
        o.stallTimeoutMs = 1000;
        EngineBatch batch(o);
        watch(batch);
        m_watched = batch.add({url(u"/ranged?size=%1&seed=4&rate=500000"_s.arg(size))}).at(0);
        batch.engine.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !m_samples.isEmpty() && m_samples.last().openRanges >= 3 &&
                       m_samples.last().received > 1024 * 1024;
            },
            30000));
        batch.engine.setPaused(true);
        QTest::qWait(300); // the pause reaches the lane; bytes read before it are reported
        const qint64 heldAt = lastReceived();
        const int requestsAt = m_server.requestCount();
        QTest::qWait(2500);
        qInfo("paused at %lld of %lld bytes; 2.5 s later: %lld", heldAt, size, lastReceived());
        QCOMPARE(lastReceived(), heldAt);
        QCOMPARE(m_server.requestCount(), requestsAt);
        QVERIFY2(batch.byId.isEmpty(), "something ended while paused");
        batch.engine.setPaused(false);
        QVERIFY(batch.waitIdle(60000));
        const Result result = batch.result(0);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.sha256, TestServer::sha256Hex(size, 4));
        QVERIFY(result.segments >= 3);
        checkNoRangeTwice();
    }

    // Range answers come late (delay=1500) and short (the server closes after 100,000 bytes):
    // they arrive and end while paused. Each such range is asked again after the pause from
    // where it stopped (what came before the close is kept), and the file does not fail.
    void rangeClosedWhilePausedIsAskedAgain()
    {
        const qint64 size = 6 * 1024 * 1024;
        EngineOptions o = options();
        o.stallTimeoutMs = 2500; // above the server's delay, below the pause
        EngineBatch batch(o);
        watch(batch);
        m_watched = batch
                        .add({url(u"/ranged?size=%1&seed=6&rate=1000000&delay=1500"
                                  "&short=100000&shorts=3&key=closed"_s.arg(size))})
                        .at(0);
        batch.engine.start();
        // The first range request is on its way: its answer comes while paused.
        QVERIFY(QTest::qWaitFor([&] { return m_server.requestCount() >= 2; }, 30000));
        batch.engine.setPaused(true);
        const qint64 pausedAt = QDateTime::currentMSecsSinceEpoch();
        QTest::qWait(3500);
        const qint64 resumedAt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(batch.byId.isEmpty(), "something ended while paused");
        batch.engine.setPaused(false);
        QVERIFY(batch.waitIdle(60000));
        const Result result = batch.result(0);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.sha256, TestServer::sha256Hex(size, 6));
        int closedWhilePaused = 0;
        for (const RecordedRequest &r : ranged()) {
            if (!r.header("Range").isNull() && r.finishedAtMs > pausedAt &&
                r.finishedAtMs < resumedAt)
                ++closedWhilePaused;
            // Nothing was asked while paused (the pause reaches the lane within 300 ms).
            QVERIFY2(r.receivedAtMs < pausedAt + 300 || r.receivedAtMs >= resumedAt,
                     r.header("Range").constData());
        }
        QVERIFY2(closedWhilePaused > 0, "no range ended while paused: the test proves nothing");
        checkNoRangeTwice();
    }

    // A large body at its item's cap, beside small files and a 404: they all end as they
    // should, the small ones long before it, and it still comes in ranges at its cap.
    void limitedLargeBodyBesideOthers()
    {
        const qint64 size = 4 * 1024 * 1024;
        const qint64 cap = 1024 * 1024;
        EngineOptions o = options();
        o.maxInFlight = 4;
        EngineBatch batch(o);
        watch(batch);
        QStringList lines{url(u"/ranged?size=%1&seed=8&rate=4000000"_s.arg(size))};
        for (int i = 0; i < 6; ++i)
            lines << url(u"/slow?delay=50&size=3000&k=%1"_s.arg(i));
        lines << url(u"/status?code=404"_s);
        m_watched = batch.add(lines).at(0);
        batch.engine.setItemRate(m_watched, cap);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(batch.run(60000));
        const qint64 elapsedMs = clock.elapsed();
        for (int i = 1; i <= 6; ++i)
            QVERIFY2(batch.result(i).isOk(), qPrintable(batch.result(i).error()));
        QVERIFY(!batch.result(7).isOk());
        QCOMPARE(batch.result(7).httpStatus, 404);
        const Result large = batch.result(0);
        QVERIFY2(large.isOk(), qPrintable(large.error()));
        QCOMPARE(large.sha256, TestServer::sha256Hex(size, 8));
        QVERIFY2(large.segments > 1, qPrintable(QString::number(large.segments)));
        const double overall = double(size) * 1000.0 / double(elapsedMs);
        qInfo("beside others: %d ranges, %lld ms, %.0f B/s", large.segments, elapsedMs, overall);
        QVERIFY2(overall <= cap * 1.10, "the item's cap did not hold");
    }
};

QTEST_GUILESS_MAIN(TestSegmentPace)
#include "tst_segmentpace.moc"
