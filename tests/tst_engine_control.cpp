#include <QTest>

#include "enginebatch.h"
#include "enginefixture.h"
#include "testsupport.h"

using TestSupport::filesIn;

// The engine end to end against the TestServer, on what steers a running batch: the global
// cap (peak concurrency seen by the server), a slow item not holding up the rest, fail-fast,
// cancel and retry of one item, pause and resume (no byte read, nothing completed while
// paused), remove, and the progress reported on the way.
class TestEngineControl final : public EngineFixture
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestEngineControl)
#include "tst_engine_control.moc"
