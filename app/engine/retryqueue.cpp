#include "retryqueue.h"

#include <limits>

RetryQueue::RetryQueue(const QElapsedTimer *clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RetryQueue::onTimer);
}

void RetryQueue::add(ItemId id, qint64 dueMs)
{
    m_waiting.emplace(dueMs, id);
    arm();
}

void RetryQueue::remove(ItemId id, qint64 dueMs)
{
    for (auto [it, end] = m_waiting.equal_range(dueMs); it != end; ++it) {
        if (it->second == id) {
            m_waiting.erase(it);
            break;
        }
    }
    arm();
}

void RetryQueue::arm()
{
    if (m_waiting.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_waiting.begin()->first - m_clock->elapsed());
    m_timer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void RetryQueue::onTimer()
{
    const qint64 now = m_clock->elapsed();
    QList<ItemId> ids;
    while (!m_waiting.empty() && m_waiting.begin()->first <= now) {
        ids.append(m_waiting.begin()->second);
        m_waiting.erase(m_waiting.begin());
    }
    arm();
    if (!ids.isEmpty())
        Q_EMIT due(ids);
}
