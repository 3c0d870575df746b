#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include "eventstream.h"
#include "itemupdate.h"
#include "result.h"

// Turns what the engine reports into the event stream (`--events`): `started` once per attempt
// and `retry` once per failed attempt that waits (from the engine's moments, which are never
// coalesced, or else from the first update that shows them), `progress` at most 5 times a second
// per item, `waiting` whenever an item's reason to wait changes. Items are named by their
// position in the list (EventStream's id); only unfinished items are remembered, so memory
// follows what is in flight, not the list.
class BatchEvents final
{
public:
    static constexpr int progressIntervalMs = 200; // at most 5 a second per item

    explicit BatchEvents(EventStream *stream);

    // `position` from 0; the event's id is position + 1.
    void added(qint64 position, const QString &url, int line);
    // The engine's moments, then its coalesced updates: `position` is where each engine id
    // stands in the list (-1: not ours).
    void apply(const QList<ItemUpdate> &updates, const QHash<ItemId, int> &positions);
    // The item's last event; the values are the CSV's, in its columns.
    void finished(qint64 position, const QStringList &names, const QStringList &values);
    void batchFinished(qint64 total, qint64 ok, qint64 failed, qint64 elapsedMs);
    void flush() { m_stream->flush(); }

private:
    struct Item
    {
        QString url; // as added (credentials removed): `started`'s url when the engine gives none
        int started = 0; // the last attempt told as started
        int retried = 0; // the last attempt told as waiting to retry
        qint64 progressAtMs = -1000000;
        qint64 received = -1;
        QString reason;
    };

    EventStream *m_stream;
    QHash<qint64, Item> m_items; // by position, while unfinished
    QElapsedTimer m_clock;
};
