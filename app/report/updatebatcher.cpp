#include "updatebatcher.h"

UpdateBatcher::UpdateBatcher(QObject *parent) : QObject(parent), m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &UpdateBatcher::deliver);
}

void UpdateBatcher::post(const ItemUpdate &update)
{
    m_updates.insert(update.id, update);
    schedule();
}

void UpdateBatcher::post(const Result &result)
{
    m_results.append(result);
    schedule();
}

void UpdateBatcher::postMoment(const ItemUpdate &update)
{
    m_moments.append(update);
    post(update);
}

void UpdateBatcher::forget(ItemId id)
{
    m_updates.remove(id);
    m_moments.removeIf([id](const ItemUpdate &u) { return u.id == id; });
    m_results.removeIf([id](const Result &r) { return r.id == id; });
}

void UpdateBatcher::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void UpdateBatcher::deliverSoon()
{
    m_timer.stop();
    QMetaObject::invokeMethod(this, &UpdateBatcher::deliver, Qt::QueuedConnection);
}

void UpdateBatcher::deliver()
{
    Q_EMIT due();
    if (!m_moments.isEmpty()) {
        Q_EMIT itemMoments(m_moments);
        m_moments.clear();
    }
    if (!m_updates.isEmpty()) {
        Q_EMIT itemsChanged(m_updates.values());
        m_updates.clear();
    }
    if (!m_results.isEmpty()) {
        Q_EMIT itemsFinished(m_results);
        m_results.clear();
    }
    Q_EMIT delivered();
}
