// Scheduler's commands on items already added (cancel, remove, an item's rate cap, retry,
// a new URL), as the window and the automation send them: each one moves the item to its next
// state, tells its lane when it is running, and publishes the new state.
#include "scheduler.h"

void Scheduler::cancelItem(Item &item, const QString &detail, Stop stop)
{
    switch (item.state) {
    case ItemState::Finished:
        return;
    case ItemState::Active:
        if (item.stop == Stop::None || stop == Stop::Remove) {
            item.stop = stop;
            item.stopDetail = detail;
            m_lanes.abort(item.lane, item.id, ErrorKind::Cancelled, detail);
        }
        return;
    case ItemState::RetryWait:
        m_retries.remove(item.id, item.dueMs);
        [[fallthrough]];
    case ItemState::Queued:
        // Stale queue entries are skipped by dispatch(); nothing to unlink here.
        finish(item, Outcome::Cancelled, ErrorKind::Cancelled, detail);
        return;
    }
}

void Scheduler::stopAll(const QString &detail)
{
    m_stopDetail = detail;
    for (auto &[id, item] : m_items)
        cancelItem(item, detail, Stop::Cancel);
}

void Scheduler::cancelAll()
{
    for (auto &[id, item] : m_items)
        cancelItem(item, tr("cancelled by user"), Stop::Cancel);
    m_batch.schedule();
}

void Scheduler::cancel(ItemId id)
{
    auto it = m_items.find(id);
    if (it != m_items.end())
        cancelItem(it->second, tr("cancelled by user"), Stop::Cancel);
    m_batch.schedule();
}

void Scheduler::remove(ItemId id)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    Item &item = it->second;
    m_batch.forget(id);
    if (item.state != ItemState::Finished)
        --m_unfinished;
    if (item.origin)
        item.origin->policy.forget(id);
    if (item.state == ItemState::Active) {
        // Forgotten when its lane reports the aborted attempt.
        cancelItem(item, tr("removed"), Stop::Remove);
    } else {
        if (item.state == ItemState::RetryWait)
            m_retries.remove(item.id, item.dueMs);
        erase(it);
    }
    m_batch.schedule();
}

void Scheduler::setItemRate(ItemId id, qint64 bytesPerSecond)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    Item &item = it->second;
    item.itemRateBytes = std::max<qint64>(0, bytesPerSecond);
    if (item.state == ItemState::Active)
        m_lanes.setItemRate(item.lane, id, item.itemRateBytes);
}

void Scheduler::retry(ItemId id, bool update)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    Item &item = it->second;
    if (item.state != ItemState::Finished || item.url.isEmpty() || item.last.ok != update)
        return;
    item.startAgain();
    item.checkUpdate = update;
    item.aimAt(m_origins);
    ++m_unfinished;
    m_idleAnnounced = false;
    enqueue(item, true);
    post(baseUpdate(item));
    dispatch();
    m_batch.schedule();
}

void Scheduler::changeUrl(ItemId id, const QUrl &url)
{
    auto it = m_items.find(id);
    if (it == m_items.end() || it->second.url.isEmpty() || !url.isValid())
        return;
    Item &item = it->second;
    switch (item.state) {
    case ItemState::Finished:
        if (item.last.ok)
            return;
        ++m_unfinished;
        m_idleAnnounced = false;
        break;
    case ItemState::Active:
        item.pendingUrl = url;
        cancelItem(item, tr("URL changed"), Stop::Cancel);
        return;
    case ItemState::RetryWait:
        m_retries.remove(item.id, item.dueMs);
        break;
    case ItemState::Queued:
        break; // its old queue entry goes stale
    }
    runAt(item, url);
    dispatch();
    m_batch.schedule();
}

void Scheduler::runAt(Item &item, const QUrl &url)
{
    item.changeUrl(url);
    item.aimAt(m_origins);
    enqueue(item, true);
    post(baseUpdate(item));
}
