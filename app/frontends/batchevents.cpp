#include "batchevents.h"

#include <QDateTime>

BatchEvents::BatchEvents(EventStream *stream) : m_stream(stream)
{
    m_clock.start();
}

void BatchEvents::added(qint64 position, const QString &url, int line)
{
    Item item;
    item.url = url;
    m_items.insert(position, item);
    m_stream->added(position + 1, url, line);
}

void BatchEvents::apply(const QList<ItemUpdate> &updates, const QHash<ItemId, int> &positions)
{
    const qint64 now = m_clock.elapsed();
    for (const ItemUpdate &update : updates) {
        const qint64 position = positions.value(update.id, -1);
        auto it = m_items.find(position);
        if (position < 0 || it == m_items.end())
            continue;
        Item &item = *it;
        const qint64 id = position + 1;
        if (update.attempt > item.started) {
            item.started = update.attempt;
            item.received = -1;
            m_stream->started(id, update.attempt, update.url.isEmpty() ? item.url : update.url);
        }
        switch (update.state) {
        case ItemState::RetryWait:
            if (update.attempt > item.retried) {
                item.retried = update.attempt;
                const qint64 delay =
                    std::max<qint64>(0, update.retryAtMs - QDateTime::currentMSecsSinceEpoch());
                m_stream->retry(id, update.attempt, update.lastError, delay);
            }
            item.reason.clear();
            break;
        case ItemState::Queued:
            if (update.waitReason != item.reason) {
                item.reason = update.waitReason;
                if (!item.reason.isEmpty())
                    m_stream->waiting(id, item.reason, update.waitUntilMs);
            }
            break;
        case ItemState::Active:
            item.reason.clear();
            if (update.received > 0 && update.received != item.received &&
                now - item.progressAtMs >= progressIntervalMs) {
                item.received = update.received;
                item.progressAtMs = now;
                m_stream->progress(id, update.received, update.total);
            }
            break;
        case ItemState::Finished:
            break;
        }
    }
}

void BatchEvents::finished(qint64 position, const QStringList &names, const QStringList &values)
{
    m_items.remove(position);
    m_stream->finished(position + 1, names, values);
}

void BatchEvents::batchFinished(qint64 total, qint64 ok, qint64 failed, qint64 elapsedMs)
{
    m_stream->batchFinished(total, ok, failed, elapsedMs);
    m_stream->flush();
}
