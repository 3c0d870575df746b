#include "attempttimers.h"

#include "errormapping.h"

AttemptTimers::AttemptTimers(int connectTimeoutMs, int stallTimeoutMs, QObject *parent)
    : QObject(parent), m_connectTimeoutMs(connectTimeoutMs), m_stallTimeoutMs(stallTimeoutMs),
      m_connectTimer(this), m_stallTimer(this), m_deadlineTimer(this)
{
    for (QTimer *timer : {&m_connectTimer, &m_stallTimer, &m_deadlineTimer})
        timer->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        Q_EMIT expired(ErrorKind::Timeout, ErrorMapping::connectTimeoutDetail(m_connectTimeoutMs));
    });
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        Q_EMIT expired(ErrorKind::Stall, ErrorMapping::stallDetail(m_stallTimeoutMs));
    });
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        Q_EMIT expired(ErrorKind::Timeout,
                       ErrorMapping::deadlineDetail(m_deadlineMs, m_deadlineIsBudget, m_attempt));
    });
}

void AttemptTimers::startDeadline(int attemptTimeoutMs, int budgetLeftMs, int attempt)
{
    m_attempt = attempt;
    m_deadlineMs = attemptTimeoutMs;
    if (budgetLeftMs > 0 && (m_deadlineMs == 0 || budgetLeftMs < m_deadlineMs)) {
        m_deadlineMs = budgetLeftMs;
        m_deadlineIsBudget = true;
    }
    if (m_deadlineMs > 0)
        m_deadlineTimer.start(m_deadlineMs);
}

void AttemptTimers::connecting()
{
    if (m_connectTimeoutMs > 0)
        m_connectTimer.start(m_connectTimeoutMs);
    touch();
}

void AttemptTimers::connected()
{
    m_connectTimer.stop();
    touch();
}

void AttemptTimers::touch()
{
    if (m_stallTimeoutMs > 0 && !m_paused)
        m_stallTimer.start(m_stallTimeoutMs);
}

void AttemptTimers::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        m_stallTimer.stop();
        if (m_deadlineTimer.isActive()) {
            m_deadlineLeftMs = m_deadlineTimer.remainingTime();
            m_deadlineTimer.stop();
        }
        return;
    }
    if (m_deadlineLeftMs > 0)
        m_deadlineTimer.start(int(m_deadlineLeftMs));
    m_deadlineLeftMs = 0;
    touch();
}

void AttemptTimers::stop()
{
    m_connectTimer.stop();
    m_stallTimer.stop();
    m_deadlineTimer.stop();
}
