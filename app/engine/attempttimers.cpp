#include "attempttimers.h"

#include <QTimerEvent>

#include <chrono>

#include "errormapping.h"

AttemptTimers::AttemptTimers(int connectTimeoutMs, int stallTimeoutMs, QObject *parent)
    : QObject(parent), m_connectTimeoutMs(connectTimeoutMs), m_stallTimeoutMs(stallTimeoutMs)
{}

qint64 AttemptTimers::nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void AttemptTimers::startDeadlineTimer(qint64 ms)
{
    m_deadlineAtMs = nowMs() + ms;
    m_deadlineTimer.start(int(ms), this);
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
        startDeadlineTimer(m_deadlineMs);
}

void AttemptTimers::connecting()
{
    if (m_connectTimeoutMs > 0)
        m_connectTimer.start(m_connectTimeoutMs, this);
    touch();
}

void AttemptTimers::connected()
{
    m_connectTimer.stop();
    touch();
}

void AttemptTimers::touch()
{
    if (m_stallTimeoutMs <= 0 || m_paused)
        return;
    m_lastTouchMs = nowMs();
    if (!m_stallTimer.isActive())
        m_stallTimer.start(m_stallTimeoutMs, this);
}

void AttemptTimers::timerEvent(QTimerEvent *event)
{
    const int id = event->timerId();
    if (id == m_connectTimer.timerId()) {
        m_connectTimer.stop();
        Q_EMIT expired(ErrorKind::Timeout, ErrorMapping::connectTimeoutDetail(m_connectTimeoutMs));
    } else if (id == m_stallTimer.timerId()) {
        const qint64 quietMs = nowMs() - m_lastTouchMs;
        if (quietMs < m_stallTimeoutMs) {
            m_stallTimer.start(int(m_stallTimeoutMs - quietMs), this); // touched since: the rest
            return;
        }
        m_stallTimer.stop();
        Q_EMIT expired(ErrorKind::Stall, ErrorMapping::stallDetail(m_stallTimeoutMs));
    } else if (id == m_deadlineTimer.timerId()) {
        m_deadlineTimer.stop();
        Q_EMIT expired(ErrorKind::Timeout,
                       ErrorMapping::deadlineDetail(m_deadlineMs, m_deadlineIsBudget, m_attempt));
    } else {
        QObject::timerEvent(event);
    }
}

void AttemptTimers::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        m_stallTimer.stop();
        if (m_deadlineTimer.isActive()) {
            m_deadlineLeftMs = std::max<qint64>(1, m_deadlineAtMs - nowMs());
            m_deadlineTimer.stop();
        }
        return;
    }
    if (m_deadlineLeftMs > 0)
        startDeadlineTimer(m_deadlineLeftMs);
    m_deadlineLeftMs = 0;
    touch();
}

void AttemptTimers::stop()
{
    m_connectTimer.stop();
    m_stallTimer.stop();
    m_deadlineTimer.stop();
}
