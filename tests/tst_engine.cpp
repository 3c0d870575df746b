// The engine end to end against the misbehaving TestServer: caps, timers, retries, redirects,
// saving, cancel, pause and fail-fast, each checked from both sides (results and server stats).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "enginebatch.h"
#include "testserver.h"
#include "testsupport.h"

using TestSupport::fileSha256;
using TestSupport::filesIn;

class TestEngine final : public QObject
{
    Q_OBJECT

private:
    EngineOptions options() const
    {
        EngineOptions o;
        o.outputDir = m_dir->path();
        o.backoffBaseMs = 50;
        o.backoffMaxMs = 200;
        o.connectTimeoutMs = 5000;
        o.stallTimeoutMs = 5000;
        return o;
    }
    QString url(const QString &pathAndQuery) const { return m_server.urlString(pathAndQuery); }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server.resetStats();
    }

    void savesFilesWithTheirChecksums_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("name");
        QTest::newRow("length") << "/file?size=%1&seed=3" << qint64(300000) << "file";
        QTest::newRow("empty") << "/file?size=%1" << qint64(0) << "file";
        QTest::newRow("chunked") << "/chunked?size=%1&seed=0" << qint64(123457) << "chunked";
        QTest::newRow("no length") << "/nolength?size=%1" << qint64(70001) << "nolength";
        QTest::newRow("large") << "/file?size=%1" << qint64(40 * 1024 * 1024) << "file";
    }
    void savesFilesWithTheirChecksums()
    {
        QFETCH(QString, route);
        QFETCH(qint64, size);
        QFETCH(QString, name);
        EngineBatch batch(options());
        batch.add({url(route.arg(size))});
        QVERIFY(batch.run());
        const Result r = batch.result(0);
        QCOMPARE(outcomeName(r.outcome), QStringLiteral("ok"));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.bytes, size);
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.error().isEmpty());
        const int seed = route.contains(QLatin1String("seed=3")) ? 3 : 0;
        QCOMPARE(r.sha256, TestServer::sha256Hex(size, seed));
        QCOMPARE(r.file, QDir(m_dir->path()).filePath(name));
        QCOMPARE(fileSha256(r.file), TestServer::sha256Hex(size, seed).toLatin1());
        QCOMPARE(filesIn(m_dir->path()), QStringList{name}); // no .part left behind
    }

    void sendsIdentityEncoding()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/file?size=10"))});
        QVERIFY(batch.run());
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().header("Accept-Encoding"), QByteArray("identity"));
        QVERIFY(m_server.requests().first().header("User-Agent").startsWith("Fanout/"));
    }

    void keepsTheGlobalCap_data()
    {
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("items");
        QTest::newRow("1") << 1 << 4;
        QTest::newRow("3") << 3 << 12;
        // Past Qt's six connections per host per manager: lanes must add up to the cap.
        QTest::newRow("16 on one host") << 16 << 40;
    }
    void keepsTheGlobalCap()
    {
        QFETCH(int, cap);
        QFETCH(int, items);
        EngineOptions o = options();
        o.maxInFlight = cap;
        o.checkOnly = true;
        EngineBatch batch(o);
        QStringList lines;
        for (int i = 0; i < items; ++i)
            lines << url(QStringLiteral("/slow?delay=300&size=100&i=%1").arg(i));
        batch.add(lines);
        QVERIFY(batch.run(30000));
        QCOMPARE(batch.byId.size(), items);
        for (const Result &r : std::as_const(batch.byId)) {
            QCOMPARE(r.outcome, Outcome::Ok);
            QCOMPARE(r.politeWaitMs, 0); // waiting for the global cap is not politeness
        }
        QCOMPARE(m_server.peakConcurrency(), cap);
    }

    void invalidAndDuplicateLinesEndInResults()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/file?size=5")), QStringLiteral("ftp://example.com/x"),
                   QStringLiteral("not a url"), url(QStringLiteral("/file?size=5"))});
        QCOMPARE(batch.ids.size(), 3); // the exact duplicate is kept once
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(1).outcome, Outcome::Invalid);
        QCOMPARE(batch.result(1).errorKind, ErrorKind::Invalid);
        QVERIFY(batch.result(1).error().startsWith(QLatin1String("invalid: ")));
        QCOMPARE(batch.result(2).outcome, Outcome::Invalid);
        QCOMPARE(m_server.requestCount(), 1);
    }

    void failuresHaveStableKinds_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempts"); // with retries = 2
        QTest::newRow("404 is final") << "/status?code=404"
                                      << "http" << 404 << 1;
        QTest::newRow("403 is final") << "/status?code=403"
                                      << "http" << 403 << 1;
        QTest::newRow("501 is final") << "/status?code=501"
                                      << "http" << 501 << 1;
        QTest::newRow("500 retries") << "/status?code=500"
                                     << "http" << 500 << 3;
        QTest::newRow("408 retries") << "/status?code=408"
                                     << "http" << 408 << 3;
        QTest::newRow("425 retries") << "/status?code=425"
                                     << "http" << 425 << 3;
        QTest::newRow("429 retries") << "/status?code=429"
                                     << "http" << 429 << 3;
        QTest::newRow("502 retries") << "/status?code=502"
                                     << "http" << 502 << 3;
        QTest::newRow("503 retries") << "/status?code=503"
                                     << "http" << 503 << 3;
        QTest::newRow("504 retries") << "/status?code=504"
                                     << "http" << 504 << 3;
        QTest::newRow("truncated") << "/truncate?size=10000&send=4000"
                                   << "truncated" << 200 << 3;
        QTest::newRow("reset mid-body") << "/reset?after=3000&size=10000"
                                        << "truncated" << 200 << 3;
        QTest::newRow("reset before response") << "/reset?after=-1"
                                               << "connect" << 0 << 3;
        QTest::newRow("stall") << "/stall?size=10000&after=100"
                               << "stall" << 200 << 3;
        QTest::newRow("silent") << "/silent"
                                << "stall" << 0 << 3;
        QTest::newRow("redirect loop") << "/loop"
                                       << "redirect" << 302 << 1;
        QTest::newRow("self redirect") << "/self"
                                       << "redirect" << 302 << 1;
        QTest::newRow("11 redirects") << "/chain?n=11"
                                      << "redirect" << 302 << 1;
        QTest::newRow("other scheme") << "/redirect?to=ftp%3A%2F%2F127.0.0.1%2Fx"
                                      << "redirect" << 302 << 1;
        QTest::newRow("lying length") << "/file?size=100&h=Content-Length:200&close=1"
                                      << "truncated" << 200 << 3;
    }
    void failuresHaveStableKinds()
    {
        QFETCH(QString, route);
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(int, attempts);
        EngineOptions o = options();
        o.retries = 2;
        o.stallTimeoutMs = 400;
        EngineBatch batch(o);
        batch.add({url(route)});
        QVERIFY(batch.run());
        const Result r = batch.result(0);
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(errorKindName(r.errorKind), kind);
        QVERIFY2(r.error().startsWith(kind + QLatin1String(": ")), qPrintable(r.error()));
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.attempts, attempts);
        QVERIFY(r.file.isEmpty());
        QCOMPARE(filesIn(m_dir->path()), QStringList()); // nothing half-written stays
    }

    void refusedConnectionIsConnect()
    {
        TestServer closed;
        QVERIFY(closed.start());
        const QString dead = closed.urlString(QStringLiteral("/file"));
        closed.stop();
        EngineOptions o = options();
        o.retries = 1;
        EngineBatch batch(o);
        batch.add({dead});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).errorKind, ErrorKind::Connect);
        QCOMPARE(batch.result(0).attempts, 2);
    }

    void unknownHostIsDnsAndFinal()
    {
        EngineOptions o = options();
        o.retries = 3;
        EngineBatch batch(o);
        batch.add({QStringLiteral("http://no-such-host.invalid/x")});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).errorKind, ErrorKind::Dns);
        QCOMPARE(batch.result(0).attempts, 1);
    }

    void connectTimeoutCoversTheTlsHandshake()
    {
        // The plain server never answers a TLS ClientHello: the connection never gets ready.
        EngineOptions o = options();
        o.connectTimeoutMs = 300;
        o.retries = 0;
        EngineBatch batch(o);
        QString https = url(QStringLiteral("/file"));
        https.replace(QLatin1String("http://"), QLatin1String("https://"));
        batch.add({https});
        QElapsedTimer clock;
        clock.start();
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).errorKind, ErrorKind::Timeout);
        QVERIFY2(batch.result(0).errorDetail.contains(QLatin1String("connection")),
                 qPrintable(batch.result(0).error()));
        QVERIFY(clock.elapsed() < 3000);
    }

    void attemptDeadline()
    {
        EngineOptions o = options();
        o.attemptTimeoutMs = 400;
        o.retries = 0;
        EngineBatch batch(o);
        // Data keeps coming (no stall) but the whole body would take 10 s.
        batch.add({url(QStringLiteral("/drip?size=100000&chunk=1000&interval=100"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).errorKind, ErrorKind::Timeout);
        QVERIFY(batch.result(0).elapsedMs < 3000);
    }

    void slowItemDoesNotHoldUpTheRest()
    {
        EngineOptions o = options();
        o.maxInFlight = 2;
        o.checkOnly = true;
        EngineBatch batch(o);
        QStringList lines{url(QStringLiteral("/silent"))};
        for (int i = 0; i < 20; ++i)
            lines << url(QStringLiteral("/file?size=1000&i=%1").arg(i));
        batch.add(lines);
        batch.engine.start();
        QVERIFY(QTest::qWaitFor([&] { return batch.byId.size() == 20; }, 10000));
        QVERIFY(!batch.byId.contains(batch.ids.first())); // still waiting on the silent one
        batch.engine.cancelAll();
        QVERIFY(batch.waitIdle());
        QCOMPARE(batch.result(0).outcome, Outcome::Cancelled);
        QCOMPARE(batch.result(0).errorKind, ErrorKind::Cancelled);
    }

    void retriesUntilTheServerRecovers()
    {
        EngineOptions o = options();
        o.retries = 3;
        o.backoffMaxMs = 5000;
        EngineBatch batch(o);
        // Retry-After makes each wait long enough to be seen between two progress batches.
        batch.add({url(QStringLiteral("/flaky?fail=2&code=503&key=recover&size=777&retry-after=1")),
                   url(QStringLiteral("/fail-then-reset?fail=1&key=reset"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).attempts, 3);
        QCOMPARE(batch.result(0).bytes, 777);
        // Qt itself resends once on a connection closed before any response; either way the
        // item ends ok after the server saw the reset.
        QCOMPARE(batch.result(1).outcome, Outcome::Ok);
        QVERIFY(m_server.requestCount(QStringLiteral("/fail-then-reset")) >= 2);
        // The retry waits were announced with their reason and time.
        const auto waits =
            std::count_if(batch.updates.cbegin(), batch.updates.cend(), [](const ItemUpdate &u) {
                return u.state == ItemState::RetryWait &&
                       u.lastError.startsWith(QLatin1String("http")) && u.retryAtMs > 0;
            });
        QVERIFY(waits >= 2);
    }

    void honoursRetryAfter_data()
    {
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<int>("backoffMaxMs");
        QTest::addColumn<int>("minGapMs");
        QTest::addColumn<int>("maxGapMs");
        QTest::newRow("seconds") << "1" << 5000 << 950 << 2500;
        const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(4),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) +
                             QStringLiteral(" GMT");
        QTest::newRow("http-date") << date << 8000 << 1500 << 4500;
        QTest::newRow("capped by backoff-max") << "120" << 300 << 250 << 1500;
    }
    void honoursRetryAfter()
    {
        QFETCH(QString, retryAfter);
        QFETCH(int, backoffMaxMs);
        QFETCH(int, minGapMs);
        QFETCH(int, maxGapMs);
        EngineOptions o = options();
        o.backoffBaseMs = 10; // jitter alone would retry at once
        o.backoffMaxMs = backoffMaxMs;
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/flaky?fail=1&code=429&key=ra-%1&retry-after=%2")
                           .arg(QString::number(qHash(retryAfter)),
                                QString::fromLatin1(QUrl::toPercentEncoding(retryAfter))))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        const QList<RecordedRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), 2);
        const qint64 gap = requests[1].receivedAtMs - requests[0].receivedAtMs;
        QVERIFY2(gap >= minGapMs && gap <= maxGapMs, qPrintable(QString::number(gap)));
    }

    void followsRedirects()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/chain?n=10")),
                   url(QStringLiteral("/redirect?to=%2Ffile%3Fsize%3D64%26name%3Dthere.bin"))});
        QVERIFY(batch.run());
        const Result chain = batch.result(0);
        QCOMPARE(chain.outcome, Outcome::Ok);
        QCOMPARE(chain.finalUrl, url(QStringLiteral("/chain?n=0")));
        QCOMPARE(m_server.requestCount(QStringLiteral("/chain")), 11);
        const Result relative = batch.result(1);
        QCOMPARE(relative.outcome, Outcome::Ok);
        QCOMPARE(QFileInfo(relative.file).fileName(), QStringLiteral("there.bin"));
    }

    void hostileNamesStayInsideTheOutputFolder_data()
    {
        QTest::addColumn<QString>("disposition");
        QTest::newRow("traversal") << "attachment; filename=\"../../escape.txt\"";
        QTest::newRow("absolute") << "attachment; filename=\"/etc/passwd\"";
        QTest::newRow("backslash") << "attachment; filename=\"..\\\\..\\\\win.txt\"";
        QTest::newRow("encoded") << "attachment; filename*=UTF-8''..%2F..%2Fenc.txt";
        QTest::newRow("dot dot") << "attachment; filename=\"..\"";
        QTest::newRow("hidden") << "attachment; filename=\".bashrc\"";
        QTest::newRow("lookalike") << QStringLiteral("attachment; filename*=UTF-8''a%E2%88%95b");
    }
    void hostileNamesStayInsideTheOutputFolder()
    {
        QFETCH(QString, disposition);
        const QString out = QDir(m_dir->path()).filePath(QStringLiteral("a/b"));
        QVERIFY(QDir().mkpath(out));
        EngineOptions o = options();
        o.outputDir = out;
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/cd?size=10&value=") +
                       QString::fromLatin1(QUrl::toPercentEncoding(disposition)))});
        QVERIFY(batch.run());
        const Result r = batch.result(0);
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(QFileInfo(r.file).absolutePath(), QFileInfo(out).absoluteFilePath());
        QVERIFY(!QFileInfo(r.file).fileName().startsWith(QLatin1Char('.')));
        QCOMPARE(filesIn(m_dir->path()).size(), 1);
        QVERIFY(filesIn(m_dir->path()).first().startsWith(QLatin1String("a/b/")));
    }

    void neverOverwrites()
    {
        QFile existing(QDir(m_dir->path()).filePath(QStringLiteral("same.bin")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/file?size=10&name=same.bin&i=1")),
                   url(QStringLiteral("/file?size=20&name=same.bin&i=2"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(1).outcome, Outcome::Ok);
        QCOMPARE(filesIn(m_dir->path()),
                 (QStringList{QStringLiteral("same (1).bin"), QStringLiteral("same (2).bin"),
                              QStringLiteral("same.bin")}));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep me"));
    }

    void wantedNameAfterTab()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/file?size=10")) + QStringLiteral("\tmine.dat")});
        QVERIFY(batch.run());
        QCOMPARE(QFileInfo(batch.result(0).file).fileName(), QStringLiteral("mine.dat"));
    }

    void checkModeSavesNothing()
    {
        EngineOptions o = options();
        o.checkOnly = true;
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/file?size=5000&seed=9"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).bytes, 5000);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(5000, 9));
        QVERIFY(batch.result(0).file.isEmpty());
        QCOMPARE(filesIn(m_dir->path()), QStringList());
    }

    void failFastCancelsTheRest()
    {
        EngineOptions o = options();
        o.failFast = true;
        o.maxInFlight = 2;
        o.retries = 0;
        EngineBatch batch(o);
        QStringList lines{url(QStringLiteral("/status?code=404&delay=100"))};
        for (int i = 0; i < 10; ++i)
            lines << url(QStringLiteral("/drip?size=50000&chunk=1000&interval=50&i=%1").arg(i));
        batch.add(lines);
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Failed);
        for (int i = 1; i < batch.ids.size(); ++i) {
            QCOMPARE(batch.result(i).outcome, Outcome::Cancelled);
            QVERIFY(batch.result(i).errorDetail.contains(QLatin1String("fail-fast")));
        }
        QVERIFY(m_server.requestCount() <= 3);
        QCOMPARE(filesIn(m_dir->path()), QStringList());
    }

    void cancelOneAndRetryIt()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/drip?size=20000&chunk=1000&interval=50")),
                   url(QStringLiteral("/file?size=100"))});
        batch.engine.start();
        QVERIFY(QTest::qWaitFor([&] { return m_server.requestCount(QStringLiteral("/drip")); }));
        batch.engine.cancel(batch.ids.first());
        QVERIFY(batch.waitIdle());
        QCOMPARE(batch.result(0).outcome, Outcome::Cancelled);
        QCOMPARE(batch.result(1).outcome, Outcome::Ok);

        batch.engine.retry(batch.ids.first());
        QVERIFY(batch.waitIdle());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).bytes, 20000);
        QCOMPARE(batch.result(0).attempts, 1);
    }

    void pauseStopsReadingAndResumeFinishes()
    {
        EngineOptions o = options();
        o.readBufferBytes = 64 * 1024;
        o.stallTimeoutMs = 500; // must not fire while paused
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/drip?size=1000000&chunk=10000&interval=20"))});
        batch.engine.start();
        QVERIFY(QTest::qWaitFor([&] {
            return std::any_of(batch.updates.cbegin(), batch.updates.cend(),
                               [](const ItemUpdate &u) { return u.received > 0; });
        }));
        batch.engine.setPaused(true);
        QTest::qWait(150); // let in-flight reports land
        const qint64 before = batch.updates.last().received;
        QTest::qWait(1000);
        QCOMPARE(batch.updates.last().received, before);
        QVERIFY(batch.byId.isEmpty());
        batch.engine.setPaused(false);
        QVERIFY(batch.waitIdle());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(1000000));
    }

    void pausedTransferDoesNotComplete()
    {
        // The whole body fits in Qt's buffer: it arrives while paused, but must not be saved
        // until the user resumes.
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/drip?size=4000&chunk=1000&interval=150"))});
        batch.engine.start();
        QVERIFY(QTest::qWaitFor([&] {
            return std::any_of(batch.updates.cbegin(), batch.updates.cend(),
                               [](const ItemUpdate &u) { return u.received > 0; });
        }));
        batch.engine.setPaused(true);
        QTest::qWait(1000); // the server finishes sending meanwhile
        QVERIFY(batch.byId.isEmpty());
        QCOMPARE(filesIn(m_dir->path()).size(), 1); // only the part file
        QVERIFY(filesIn(m_dir->path()).first().endsWith(QLatin1String(".part")));
        batch.engine.setPaused(false);
        QVERIFY(batch.waitIdle());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(4000));
    }

    void removeForgetsAnItem()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/silent")), url(QStringLiteral("/file?size=1"))});
        batch.engine.start();
        QVERIFY(QTest::qWaitFor([&] { return batch.byId.size() == 1; }));
        batch.engine.remove(batch.ids.first());
        QVERIFY(batch.waitIdle());
        QCOMPARE(batch.byId.size(), 1);
        QVERIFY(!batch.byId.contains(batch.ids.first()));
    }

    void credentialsNeverReachResults()
    {
        QString withSecret = url(QStringLiteral("/file?size=10"));
        withSecret.replace(QLatin1String("http://"), QLatin1String("http://alice:s3cret@"));
        EngineBatch batch(options());
        batch.add({withSecret, QStringLiteral("ftp://bob:hunter2@example.com/x"),
                   url(QStringLiteral("/status?code=404"))
                       .replace(QLatin1String("http://"), QLatin1String("http://carol:pw9@"))});
        QVERIFY(batch.run());
        for (const Result &r : std::as_const(batch.byId)) {
            const QString all = r.url + r.finalUrl + r.error() + r.file;
            QVERIFY2(!all.contains(QLatin1String("s3cret")) &&
                         !all.contains(QLatin1String("hunter2")) &&
                         !all.contains(QLatin1String("pw9")),
                     qPrintable(all));
        }
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
    }

    void progressIsReported()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/drip?size=30000&chunk=3000&interval=60"))});
        QVERIFY(batch.run());
        QList<qint64> seen;
        for (const ItemUpdate &u : std::as_const(batch.updates)) {
            if (u.state == ItemState::Active && u.received > 0) {
                seen.append(u.received);
                QCOMPARE(u.total, 30000);
                QCOMPARE(u.httpStatus, 200);
                QCOMPARE(u.file, QStringLiteral("drip"));
            }
        }
        QVERIFY2(seen.size() >= 3, "progress should arrive in several batches");
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(batch.updates.last().state, ItemState::Finished);
    }

    void diskErrorIsReported()
    {
        const QString blocked = QDir(m_dir->path()).filePath(QStringLiteral("not-a-dir"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        EngineOptions o = options();
        o.outputDir = blocked; // a file where the folder should be
        o.retries = 2;
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/file?size=10"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).errorKind, ErrorKind::Disk);
        QCOMPARE(batch.result(0).attempts, 1);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
