// Segmented downloads when the server says no, from the server's side (issue 17): a server
// without ranges gets one plain request; a 503 with Retry-After on one range request cools the
// whole origin down (no request of any range to it before the Retry-After has passed, the
// Transfer's own slot included), the refused range is asked again as that range (never the
// whole file again), and a body from another origin in the same batch is not slowed by it.

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "enginebatch.h"
#include "segmentoptions.h"
#include "testserver.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

class TestSegmentRefusals final : public QObject
{
    Q_OBJECT

private:
    EngineOptions options() const
    {
        EngineOptions o = segmentTestOptions(m_dir->path());
        o.maxInFlight = 8;
        o.backoffMaxMs = 5000; // also the longest Retry-After honoured
        return o;
    }
    QString url(const QString &host, const QString &pathAndQuery) const
    {
        return u"http://%1:%2%3"_s.arg(host).arg(m_server.port()).arg(pathAndQuery);
    }
    // The /ranged requests whose Host header names `host`, in the order they arrived.
    QList<RecordedRequest> ranged(const QString &host) const
    {
        QList<RecordedRequest> out = m_server.requests(u"/ranged"_s);
        out.removeIf([&host](const RecordedRequest &r) {
            return !QString::fromLatin1(r.header("Host")).startsWith(host);
        });
        return out;
    }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server.resetStats();
    }

    void serverWithoutRanges()
    {
        const qint64 size = 1536 * 1024;
        EngineBatch batch(options());
        batch.add(
            {url(u"127.0.0.1"_s, u"/ranged?size=%1&seed=3&rate=2000000&ranges=none"_s.arg(size))});
        QVERIFY(batch.run(60000));
        const Result result = batch.result(0);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.sha256, TestServer::sha256Hex(size, 3));
        QCOMPARE(result.segments, 1);
        const QList<RecordedRequest> seen = ranged(u"127.0.0.1"_s);
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen.first().header("Range").isNull());
    }

    // The first range request that does not start at 0 gets a 503 with Retry-After: 1. From then
    // until a second has passed, nothing more is asked of that origin, whichever slot would ask.
    void refusedRangeCoolsTheOriginDown_data()
    {
        QTest::addColumn<int>("refusals");
        QTest::newRow("one range refused") << 1;
        QTest::newRow("three in a row") << 3;
    }
    void refusedRangeCoolsTheOriginDown()
    {
        QFETCH(int, refusals);
        const qint64 size = 3 * 1024 * 1024;
        const qint64 otherSize = 2 * 1024 * 1024;
        EngineBatch batch(options());
        batch.add(
            {url(u"127.0.0.1"_s, u"/ranged?size=%1&seed=15&rate=1000000&rangefail=503&rangefails=%2"
                                 "&retry-after=1&key=cool%2"_s.arg(size)
                                     .arg(refusals)),
             url(u"localhost"_s, u"/ranged?size=%1&seed=16&rate=1000000"_s.arg(otherSize))});
        QVERIFY(batch.run(90000));
        const Result result = batch.result(0);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.sha256, TestServer::sha256Hex(size, 15));
        QCOMPARE(QFileInfo(result.file).size(), size);

        const QList<RecordedRequest> seen = ranged(u"127.0.0.1"_s);
        QList<RecordedRequest> refused; // as the server counts them: ranges not from byte 0
        int whole = 0;
        for (const RecordedRequest &r : seen) {
            const QByteArray range = r.header("Range");
            whole += range.isNull() ? 1 : 0;
            QVERIFY2(range != "bytes=0-", "the file was asked again from its start");
            if (!range.isNull() && !range.startsWith("bytes=0-") && refused.size() < refusals)
                refused.append(r);
        }
        QCOMPARE(refused.size(), refusals);
        for (const RecordedRequest &r : seen)
            qInfo("%lld-%lld conn %d %s", r.receivedAtMs - seen.first().receivedAtMs,
                  r.finishedAtMs - seen.first().receivedAtMs, r.connectionId,
                  r.header("Range").constData());
        // Retry-After: 1. A request sent after the client had the 503 (30 ms for the way)
        // must wait until the second has passed (100 ms for the clocks and a loaded machine).
        for (const RecordedRequest &no : refused) {
            for (const RecordedRequest &r : seen) {
                const qint64 after = r.receivedAtMs - no.finishedAtMs;
                QVERIFY2(
                    after <= 30 || after >= 900,
                    qPrintable(u"a request %1 ms after a 503 with Retry-After: 1"_s.arg(after)));
            }
        }
        QCOMPARE(whole, 1); // never started over in one request

        // The other origin's body was fetched in ranges meanwhile, not held by this cooldown.
        const Result other = batch.result(1);
        QVERIFY2(other.isOk(), qPrintable(other.error()));
        QCOMPARE(other.sha256, TestServer::sha256Hex(otherSize, 16));
        QVERIFY2(other.segments > 1, qPrintable(QString::number(other.segments)));
        const QList<RecordedRequest> others = ranged(u"localhost"_s);
        QVERIFY(!others.isEmpty());
        qint64 otherEndMs = 0;
        for (const RecordedRequest &r : others)
            otherEndMs = std::max(otherEndMs, r.finishedAtMs);
        QVERIFY2(otherEndMs < seen.first().receivedAtMs + 1500,
                 qPrintable(u"the other origin's body took %1 ms"_s.arg(
                     otherEndMs - seen.first().receivedAtMs)));
    }
};

QTEST_GUILESS_MAIN(TestSegmentRefusals)
#include "tst_segmentrefusals.moc"
