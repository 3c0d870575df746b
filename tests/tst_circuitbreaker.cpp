// The per-host circuit breaker, driven by a fake clock.
#include <QTest>

#include "circuitbreaker.h"

using State = CircuitBreaker::State;

class TestCircuitBreaker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disabledNeverOpens()
    {
        CircuitBreaker breaker;
        for (int i = 0; i < 100; ++i)
            breaker.onFailure(i);
        QCOMPARE(breaker.state(100), State::Closed);
        QVERIFY(breaker.allows(100));
    }

    void opensAfterThresholdConsecutiveFailures()
    {
        CircuitBreaker breaker(3, 1000);
        breaker.onFailure(0);
        breaker.onFailure(10);
        QVERIFY(breaker.allows(10));
        breaker.onSuccess(); // the run is broken: counting starts again
        breaker.onFailure(20);
        breaker.onFailure(30);
        QCOMPARE(breaker.state(30), State::Closed);
        breaker.onFailure(40);
        QCOMPARE(breaker.state(40), State::Open);
        QVERIFY(!breaker.allows(40));
        QVERIFY(!breaker.allows(1039));
        QCOMPARE(breaker.reopensAtMs(), 1040);
    }

    void halfOpenLetsOneProbeThrough()
    {
        CircuitBreaker breaker(1, 500);
        breaker.onFailure(0);
        QCOMPARE(breaker.state(500), State::HalfOpen);
        QVERIFY(breaker.allows(500));
        breaker.onAttemptStarted(500);
        QVERIFY(!breaker.allows(501)); // only one probe at a time
        breaker.onSuccess();
        QCOMPARE(breaker.state(502), State::Closed);
        QVERIFY(breaker.allows(502));
    }

    void failedProbeOpensAgainForAFullCooldown()
    {
        CircuitBreaker breaker(2, 1000);
        breaker.onFailure(0);
        breaker.onFailure(0);
        breaker.onAttemptStarted(1000);
        breaker.onFailure(1200);
        QCOMPARE(breaker.state(1200), State::Open);
        QCOMPARE(breaker.reopensAtMs(), 2200);
        QVERIFY(!breaker.allows(2199));
        QVERIFY(breaker.allows(2200));
    }

    void neutralEndReleasesTheProbe()
    {
        CircuitBreaker breaker(1, 100);
        breaker.onFailure(0);
        breaker.onAttemptStarted(100);
        QVERIFY(!breaker.allows(100));
        breaker.onNeutral(); // cancelled: says nothing about the host
        QCOMPARE(breaker.state(100), State::HalfOpen);
        QVERIFY(breaker.allows(100));
    }

    void lateFailureOfAnOlderRequestDoesNotExtendTheCooldown()
    {
        CircuitBreaker breaker(1, 1000);
        breaker.onFailure(0);
        breaker.onFailure(900); // a request sent before it opened
        QCOMPARE(breaker.reopensAtMs(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
