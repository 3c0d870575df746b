#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTest>

#include "enginebatch.h"
#include "enginefixture.h"
#include "testsupport.h"

using TestSupport::filesIn;

// The engine end to end against the misbehaving TestServer, on how items fail and retry: a
// stable error kind and attempt count for each failure, refused connections, unknown hosts,
// the connect timeout over a TLS handshake, the attempt deadline, retries until the server
// recovers, Retry-After honoured, and a disk error; each checked from both sides (results and
// server stats).
class TestEngineFailures final : public EngineFixture
{
    Q_OBJECT

private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestEngineFailures)
#include "tst_engine_failures.moc"
