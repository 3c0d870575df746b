// Segmented downloads, from the server's side: the rules that must hold whatever the engine
// decides about ranges. --segments 1 sends no Range at all; --per-host 3 never has more than 3
// requests in flight, ranges included, beside large ranged bodies that are fetched in ranges;
// with small items queued, no Range is asked before the last of them has started (queued items
// go first), and ranges are asked once they have. And auto splits only a body whose own
// connection is slow: beside it, a body that arrives fast is fetched in one request, even when
// a pause held it for a while.

#include <QTemporaryDir>
#include <QTest>

#include "enginebatch.h"
#include "segmentoptions.h"
#include "testserver.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

class TestSegmentCaps final : public QObject
{
    Q_OBJECT

private:
    EngineOptions options() const { return segmentTestOptions(m_dir->path()); }
    QString url(const QString &pathAndQuery) const { return m_server.urlString(pathAndQuery); }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server.resetStats();
    }

    void segmentsOneSendsNoRange()
    {
        EngineOptions o = options();
        o.segments = 1;
        EngineBatch batch(o);
        const qint64 size = 3 * 1024 * 1024;
        batch.add({url(u"/ranged?size=%1&seed=2&rate=8000000"_s.arg(size))});
        QVERIFY(batch.run(30000));
        QVERIFY2(batch.result(0).isOk(), qPrintable(batch.result(0).error()));
        QCOMPARE(batch.result(0).segments, 1);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(size, 2));
        const QList<RecordedRequest> seen = m_server.requests();
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen[0].header("Range").isNull());
    }

    void autoSplitsOnlyASlowConnection()
    {
        // Over loopback one connection brings hundreds of MB/s: ranges there would only add
        // requests, seeks and syncs. The throttled body beside it (2 MB/s) is split.
        EngineOptions o = options();
        o.maxInFlight = 8;
        EngineBatch batch(o);
        const qint64 fastSize = 48 * 1024 * 1024;
        const qint64 slowSize = 6 * 1024 * 1024;
        batch.add({url(u"/ranged?size=%1&seed=21"_s.arg(fastSize)),
                   url(u"/ranged?size=%1&seed=22&rate=2000000"_s.arg(slowSize))});
        QVERIFY(batch.run(60000));
        for (int i = 0; i < 2; ++i)
            QVERIFY2(batch.result(i).isOk(), qPrintable(batch.result(i).error()));
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(fastSize, 21));
        QCOMPARE(batch.result(1).sha256, TestServer::sha256Hex(slowSize, 22));
        int fast = 0;
        int slow = 0;
        for (const RecordedRequest &r : m_server.requests(u"/ranged"_s)) {
            if (r.query.queryItemValue(u"seed"_s) == u"21") {
                ++fast;
                QVERIFY2(r.header("Range").isNull(), r.header("Range").constData());
            } else {
                ++slow;
            }
        }
        QCOMPARE(fast, 1);
        QCOMPARE(batch.result(0).segments, 1);
        QVERIFY2(slow > 1, qPrintable(QString::number(slow)));
        QVERIFY(batch.result(1).segments > 1);
    }

    void aPauseIsNoSlowness()
    {
        // A fast body (38 MiB/s) paused for 1.5 s right after it began: the time paused does not
        // count as a slow connection, so auto still fetches it in one request.
        EngineOptions o = options();
        o.maxInFlight = 8;
        EngineBatch batch(o);
        const qint64 size = 64 * 1024 * 1024;
        batch.add({url(u"/ranged?size=%1&seed=23&rate=40000000"_s.arg(size))});
        batch.engine.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return !batch.updates.isEmpty() && batch.updates.last().received > 0; }, 30000));
        batch.engine.setPaused(true);
        QTest::qWait(1500);
        batch.engine.setPaused(false);
        QVERIFY(batch.waitIdle(60000));
        QVERIFY2(batch.result(0).isOk(), qPrintable(batch.result(0).error()));
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(size, 23));
        const QList<RecordedRequest> seen = m_server.requests(u"/ranged"_s);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(batch.result(0).segments, 1);
    }

    void perHostCapHoldsBesideLargeBodies()
    {
        EngineOptions o = options();
        o.perHostMax = 3;
        o.maxInFlight = 16;
        EngineBatch batch(o);
        const qint64 size = 2 * 1024 * 1024;
        QStringList lines;
        for (int i = 0; i < 2; ++i)
            lines << url(u"/ranged?size=%1&seed=%2&rate=1000000&k=%2"_s.arg(size).arg(i));
        for (int i = 0; i < 12; ++i)
            lines << url(u"/slow?delay=80&size=2000&k=%1"_s.arg(i));
        batch.add(lines);
        QVERIFY(batch.run(60000));
        for (int i = 0; i < lines.size(); ++i)
            QVERIFY2(batch.result(i).isOk(), qPrintable(batch.result(i).error()));
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(size, 0));
        QCOMPARE(batch.result(1).sha256, TestServer::sha256Hex(size, 1));
        QVERIFY2(m_server.peakConcurrency() <= 3,
                 qPrintable(QString::number(m_server.peakConcurrency())));
        // Ranges were really in flight: the large bodies came in more than one.
        QVERIFY(batch.result(0).segments > 1 || batch.result(1).segments > 1);
    }

    void queuedItemsGoFirst()
    {
        EngineOptions o = options();
        o.maxInFlight = 4;
        EngineBatch batch(o);
        QStringList lines{url(u"/ranged?size=4194304&rate=2000000"_s)};
        for (int i = 0; i < 24; ++i)
            lines << url(u"/slow?delay=50&size=1000&k=%1"_s.arg(i));
        batch.add(lines);
        QVERIFY(batch.run(60000));
        for (int i = 0; i < lines.size(); ++i)
            QVERIFY2(batch.result(i).isOk(), qPrintable(batch.result(i).error()));
        qint64 lastSmallAt = 0;
        for (const RecordedRequest &r : m_server.requests(u"/slow"_s))
            lastSmallAt = std::max(lastSmallAt, r.receivedAtMs);
        int ranges = 0;
        for (const RecordedRequest &r : m_server.requests()) {
            if (!r.header("Range").isNull()) {
                ++ranges;
                QVERIFY2(r.receivedAtMs >= lastSmallAt, "a range was asked while items waited");
            }
        }
        QVERIFY2(ranges > 0, "no range once the queue was empty");
        QVERIFY(batch.result(0).segments > 1);
    }
};

QTEST_GUILESS_MAIN(TestSegmentCaps)
#include "tst_segmentcaps.moc"
