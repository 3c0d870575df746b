#pragma once

#include <QBasicTimer>
#include <QObject>
#include <QString>

#include "result.h"

// The clocks of one attempt that turn silence into a clear error: no connection within the
// connect timeout, no data within the stall timeout, not finished within the attempt timeout or
// what is left of the item's budget (the tighter of the two). A pause stops the stall clock and
// holds the deadline where it was. Emits expired() at most once per clock run.
//
// Cheap per attempt, as every file has one: three QBasicTimers on this one object (no QTimer
// objects), and touch() only notes the time: the stall timer, once armed, looks at the last touch
// when it fires and re-arms itself for the rest, instead of being restarted on every read.
class AttemptTimers final : public QObject
{
    Q_OBJECT

public:
    // A zero timeout is no limit.
    AttemptTimers(int connectTimeoutMs, int stallTimeoutMs, QObject *parent = nullptr);

    // Starts the deadline: the attempt limit, or the item's budget left when that is tighter.
    void startDeadline(int attemptTimeoutMs, int budgetLeftMs, int attempt);
    void connecting(); // a request went out: the connect clock runs, and the stall clock
    void connected();  // the request was sent or an answer came: the connect clock stops
    void touch();      // something happened: the stall clock starts again
    void setPaused(bool paused);
    void stop();

Q_SIGNALS:
    void expired(ErrorKind kind, const QString &detail);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    static qint64 nowMs();
    void startDeadlineTimer(qint64 ms);

    int m_connectTimeoutMs;
    int m_stallTimeoutMs;
    QBasicTimer m_connectTimer;
    QBasicTimer m_stallTimer;
    QBasicTimer m_deadlineTimer;
    qint64 m_lastTouchMs = 0;  // when touch() last ran
    qint64 m_deadlineAtMs = 0; // when the running deadline timer is due
    int m_deadlineMs = 0;      // the tighter of the attempt limit and the item budget
    bool m_deadlineIsBudget = false;
    int m_attempt = 1;
    qint64 m_deadlineLeftMs = 0; // while paused
    bool m_paused = false;
};
