#include <QElapsedTimer>
#include <QTest>

#include "enginebatch.h"
#include "procmemory.h"
#include "serverfixture.h"

using namespace Qt::StringLiterals;
using ProcMemory::kSlack;
using ProcMemory::procStatusKb;
using ProcMemory::resetPeakMemory;

// Hostile servers: every case must end in a clear Result, in bounded time and with bounded
// memory. Servers are TestServer routes that misbehave on purpose (1 MB of headers, broken
// chunked framing, lying lengths, endless bodies, silence, thousands of redirects); the figures
// are printed with qInfo so that a run documents what it measured.
class TestHostileServers final : public ServerFixture
{
    Q_OBJECT

private:
    EngineOptions options(int stallMs, int attemptMs) const
    {
        EngineOptions o;
        o.outputDir = m_dir->path();
        o.retries = 0;
        o.connectTimeoutMs = 3000;
        o.stallTimeoutMs = stallMs;
        o.attemptTimeoutMs = attemptMs;
        return o;
    }

private Q_SLOTS:
    void hostileServerEndsClearly_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<int>("stallMs");
        QTest::addColumn<int>("attemptMs");
        QTest::addColumn<bool>("checkOnly");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("bytes"); // -1: any
        // Non-empty: a known gap, expected to fail until fixed (the text says where).
        QTest::addColumn<QString>("knownGap");
        const QString qtChunked = u"Qt 6.4 accepts this broken chunked framing without an error"
                                  u" (chunk size read as 0, or body ended at the server's close),"
                                  u" so the engine saves a wrong body as ok"_s;

        // clang-format off
        // Qt's header parser drops fields beyond its limits (Content-Length included, and a
        // 100 KB Location), so these bodies only end at a close: the stall timer ends them.
        QTest::newRow("1 MB of headers")
            << u"/many-headers?count=1&size=1048576"_s << 1500 << 0 << false
            << u"failed"_s << u"stall"_s << qint64(-1) << QString();
        QTest::newRow("10,000 headers")
            << u"/many-headers?count=10000&size=10"_s << 1500 << 0 << false
            << u"failed"_s << u"stall"_s << qint64(-1) << QString();
        QTest::newRow("chunk size not hex")
            << u"/bad-chunked?kind=hex"_s << 3000 << 0 << false
            << u"failed"_s << u"truncated"_s << qint64(-1) << qtChunked;
        // (A chunk longer than the body is not listed: Qt 6.4 reports it as an error only some
        // of the time, so neither outcome can be expected; see the README's Security section.)
        QTest::newRow("chunk size overflows")
            << u"/bad-chunked?kind=huge"_s << 3000 << 0 << false
            << u"failed"_s << u"truncated"_s << qint64(-1) << qtChunked;
        QTest::newRow("chunk without CRLF")
            << u"/bad-chunked?kind=noterm"_s << 3000 << 0 << false
            << u"failed"_s << u"truncated"_s << qint64(-1) << qtChunked;
        QTest::newRow("Content-Length too high, then close")
            << u"/file?size=1000&h=Content-Length:2000&close=1"_s << 3000 << 0 << false
            << u"failed"_s << u"truncated"_s << qint64(1000) << QString();
        QTest::newRow("Content-Length too high, connection held")
            << u"/file?size=1000&h=Content-Length:2000"_s << 1000 << 0 << false
            << u"failed"_s << u"stall"_s << qint64(1000) << QString();
        QTest::newRow("Content-Length too low")
            << u"/file?size=2000&h=Content-Length:1000&close=1"_s << 3000 << 0 << false
            << u"ok"_s << QString() << qint64(1000) << QString();
        QTest::newRow("Content-Length negative")
            << u"/file?size=100&h=Content-Length:-5&close=1"_s << 3000 << 0 << false
            << u"failed"_s << u"http"_s << qint64(-1) << QString();
        QTest::newRow("Content-Length not a number")
            << u"/file?size=100&h=Content-Length:abc&close=1"_s << 3000 << 0 << false
            << u"failed"_s << u"http"_s << qint64(-1) << QString();
        QTest::newRow("endless body, fast")
            << u"/nolength?size=1000000000000000"_s << 3000 << 1500 << true
            << u"failed"_s << u"timeout"_s << qint64(-1) << QString();
        QTest::newRow("endless body, dripping")
            << u"/drip?size=1000000000000&chunk=100&interval=20"_s << 3000 << 1500 << false
            << u"failed"_s << u"timeout"_s << qint64(-1) << QString();
        QTest::newRow("accepts, never answers")
            << u"/silent"_s << 1000 << 0 << false
            << u"failed"_s << u"stall"_s << qint64(0) << QString();
        QTest::newRow("thousands of redirects")
            << u"/chain?n=5000"_s << 3000 << 0 << false
            << u"failed"_s << u"redirect"_s << qint64(0) << QString();
        QTest::newRow("redirect to a 100 KB URL")
            << u"/long-redirect?len=102400"_s << 3000 << 0 << false
            << u"failed"_s << u"redirect"_s << qint64(0) << QString();
        // clang-format on
    }
    void hostileServerEndsClearly()
    {
        QFETCH(QString, route);
        QFETCH(int, stallMs);
        QFETCH(int, attemptMs);
        QFETCH(bool, checkOnly);
        QFETCH(QString, outcome);
        QFETCH(QString, kind);
        QFETCH(qint64, bytes);
        QFETCH(QString, knownGap);

        const qint64 rssBeforeKb = procStatusKb(u"self"_s, "VmRSS");
        QVERIFY(resetPeakMemory());
        QElapsedTimer clock;
        clock.start();
        EngineOptions o = options(stallMs, attemptMs);
        o.checkOnly = checkOnly;
        EngineBatch batch(o);
        QVERIFY(batch.run({m_server.urlString(route)}, 20000));
        const qint64 elapsed = clock.elapsed();
        const qint64 growthKb = procStatusKb(u"self"_s, "VmHWM") - rssBeforeKb;
        const Result r = batch.result(0);
        qInfo("%s: %s in %lld ms, peak RSS growth %lld kB, %lld bytes", QTest::currentDataTag(),
              qPrintable(r.error().isEmpty() ? u"ok"_s : r.error()), elapsed, growthKb, r.bytes);

        // Whatever the outcome: an end in bounded time, with bounded memory (the engine may
        // buffer what Qt hands it, never the whole of an endless body), one clear error.
        QVERIFY2(elapsed < 10000, "took too long");
        QVERIFY2(growthKb < kSlack * 200 * 1024, "memory grew by more than 200 MB");
        QCOMPARE(r.errorKind == ErrorKind::None, r.outcome == Outcome::Ok);
        if (!r.isOk())
            QVERIFY2(r.errorDetail.size() > 3 && r.errorDetail.size() < 1000,
                     qPrintable(r.error()));
        QVERIFY2(r.isOk() == !r.file.isEmpty() || checkOnly, qPrintable(r.file));

        if (!knownGap.isEmpty())
            QEXPECT_FAIL("", qPrintable(knownGap), Abort);
        QCOMPARE(outcomeName(r.outcome), outcome);
        if (!kind.isEmpty())
            QCOMPARE(errorKindName(r.errorKind), kind);
        if (bytes >= 0)
            QCOMPARE(r.bytes, bytes);
    }

    void thousandsOfRedirectsStopAtTheLimit()
    {
        EngineBatch batch(options(5000, 0));
        QVERIFY(batch.run({m_server.urlString(u"/chain?n=5000"_s)}, 20000));
        QCOMPARE(errorKindName(batch.result(0).errorKind), u"redirect"_s);
        // The first request and ten redirects followed; the eleventh is refused unsent.
        QCOMPARE(m_server.requestCount(u"/chain"_s), 11);
    }

    void lyingLengthDoesNotPoisonTheNextItem()
    {
        // Too-short Content-Length on a kept-alive connection: the extra bytes sit in the
        // socket where the next response on that connection would start.
        EngineOptions o = options(3000, 0);
        o.maxInFlight = 1;
        EngineBatch batch(o);
        QVERIFY(batch.run({m_server.urlString(u"/file?size=2000&seed=1&h=Content-Length:1000"_s),
                           m_server.urlString(u"/file?size=500&seed=2"_s)},
                          20000));
        QCOMPARE(outcomeName(batch.result(0).outcome), u"ok"_s);
        QCOMPARE(batch.result(0).bytes, 1000);
        const Result second = batch.result(1);
        QVERIFY2(second.isOk(), qPrintable(second.error()));
        QCOMPARE(second.sha256, TestServer::sha256Hex(500, 2));
    }
};

QTEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostile_servers.moc"
