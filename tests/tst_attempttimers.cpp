// AttemptTimers: each clock fires once with its kind and text, touches keep the stall clock
// quiet however many there are, a pause holds the deadline, stop() silences all.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "attempttimers.h"

Q_DECLARE_METATYPE(ErrorKind)

class TestAttemptTimers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ErrorKind>(); }

    void connectTimeoutFires()
    {
        AttemptTimers timers(150, 0);
        QSignalSpy expired(&timers, &AttemptTimers::expired);
        timers.connecting();
        QVERIFY(expired.wait(2000));
        QCOMPARE(expired.first().at(0).value<ErrorKind>(), ErrorKind::Timeout);
        QVERIFY(expired.first().at(1).toString().contains(QLatin1String("connect")));
        QTest::qWait(300);
        QCOMPARE(expired.size(), 1); // once
    }

    void connectedStopsTheConnectClock()
    {
        AttemptTimers timers(150, 0);
        QSignalSpy expired(&timers, &AttemptTimers::expired);
        timers.connecting();
        timers.connected();
        QTest::qWait(400);
        QCOMPARE(expired.size(), 0);
    }

    void touchesKeepTheStallClockQuiet()
    {
        // 200 ms of silence is a stall; touched every 40 ms for 700 ms it is not, and it fires
        // about 200 ms after the last touch.
        AttemptTimers timers(0, 200);
        QSignalSpy expired(&timers, &AttemptTimers::expired);
        timers.connecting();
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 700) {
            QTest::qWait(40);
            timers.touch();
            QCOMPARE(expired.size(), 0);
        }
        const qint64 lastTouch = clock.elapsed();
        QVERIFY(expired.wait(2000));
        const qint64 quiet = clock.elapsed() - lastTouch;
        QVERIFY2(quiet >= 190 && quiet < 600, qPrintable(QString::number(quiet)));
        QCOMPARE(expired.first().at(0).value<ErrorKind>(), ErrorKind::Stall);
        QTest::qWait(300);
        QCOMPARE(expired.size(), 1);
    }

    void deadlineIsTheTighterOfLimitAndBudget()
    {
        AttemptTimers timers(0, 0);
        QSignalSpy expired(&timers, &AttemptTimers::expired);
        QElapsedTimer clock;
        clock.start();
        timers.startDeadline(5000, 200, 2); // the budget is tighter
        QVERIFY(expired.wait(2000));
        QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(expired.first().at(0).value<ErrorKind>(), ErrorKind::Timeout);
        QVERIFY2(expired.first().at(1).toString().contains(QLatin1String("budget")),
                 qPrintable(expired.first().at(1).toString()));
    }

    void aPauseHoldsTheDeadline()
    {
        AttemptTimers timers(0, 250);
        QSignalSpy expired(&timers, &AttemptTimers::expired);
        QElapsedTimer clock;
        clock.start();
        timers.startDeadline(300, 0, 1);
        timers.connecting();
        QTest::qWait(150);
        timers.setPaused(true); // about 150 ms of the deadline left; no stall while paused
        QTest::qWait(400);
        QCOMPARE(expired.size(), 0);
        const qint64 resumedAt = clock.elapsed();
        timers.setPaused(false);
        for (int i = 0; i < 8 && expired.isEmpty(); ++i) {
            QTest::qWait(40);
            timers.touch();
        }
        QVERIFY(expired.wait(2000) || !expired.isEmpty());
        const qint64 after = clock.elapsed() - resumedAt;
        QCOMPARE(expired.first().at(0).value<ErrorKind>(), ErrorKind::Timeout);
        QVERIFY2(after >= 100 && after < 600, qPrintable(QString::number(after)));
    }

    void stopSilencesEveryClock()
    {
        AttemptTimers timers(100, 100);
        QSignalSpy expired(&timers, &AttemptTimers::expired);
        timers.startDeadline(100, 0, 1);
        timers.connecting();
        timers.stop();
        QTest::qWait(400);
        QCOMPARE(expired.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttemptTimers)
#include "tst_attempttimers.moc"
