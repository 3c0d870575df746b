#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include "result.h"

// The clocks of one attempt that turn silence into a clear error: no connection within the
// connect timeout, no data within the stall timeout, not finished within the attempt timeout or
// what is left of the item's budget (the tighter of the two). A pause stops the stall clock and
// holds the deadline where it was. Emits expired() at most once per clock run.
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

private:
    int m_connectTimeoutMs;
    int m_stallTimeoutMs;
    QTimer m_connectTimer;
    QTimer m_stallTimer;
    QTimer m_deadlineTimer;
    int m_deadlineMs = 0; // the tighter of the attempt limit and the item budget
    bool m_deadlineIsBudget = false;
    int m_attempt = 1;
    qint64 m_deadlineLeftMs = 0; // while paused
    bool m_paused = false;
};
