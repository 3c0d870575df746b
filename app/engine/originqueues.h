#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>
#include <set>
#include <unordered_map>
#include <vector>

#include "originpolicy.h"
#include "result.h"

// The queue of each origin (scheme, host and port) and which origins may send now. Each
// origin's waiting items sit in its queue beside its OriginPolicy; the origins that may send
// are ordered by their next item, so a batch keeps its order across origins, and the held ones
// by when they wake. It keeps how long each origin was held by politeness (polite_wait_ms) and
// the words its waiting rows were last told. Lives in the scheduler's thread, on its clock.
class OriginQueues final : public QObject
{
    Q_OBJECT

public:
    using Hold = OriginPolicy::Hold;

    struct Origin
    {
        explicit Origin(OriginPolicy p) : policy(std::move(p)) {}
        OriginPolicy policy;
        std::deque<ItemId> queue; // its waiting items, next first (may hold stale ids)
        bool empty = true;        // no live item queued (as of the last refresh)
        Hold hold = Hold::None;
        qint64 heldSinceMs = -1; // politeness hold with items queued
        qint64 heldTotalMs = 0;
        ItemId readyKey = 0;  // its entry in m_ready, 0 when none
        qint64 wakeAtMs = -1; // its entry in m_wakeups, -1 when none
        QString shownReason;  // what its waiting rows were last told
        qint64 shownUntilMs = 0;
        bool dirty = false;     // its waiting rows' words may have changed
        int items = 0;          // scheduled items that point at it (hold(), release())
        bool releasing = false; // in m_released
        qint64 heldTotalAt(qint64 nowMs) const
        {
            return heldTotalMs + (heldSinceMs >= 0 ? nowMs - heldSinceMs : 0);
        }
    };
    // Whether `id` still waits in `origin`'s queue (not cancelled, removed or launched).
    using Waiting = std::function<bool(ItemId id, const Origin *origin)>;
    // What the batch as a whole looks like when rows are told why they wait.
    struct Batch
    {
        bool sending = false; // started and not paused
        int active = 0;
        int cap = 1;
    };

    OriginQueues(const QElapsedTimer *clock, Waiting waiting, QObject *parent = nullptr);

    // The origin's state, created on first use.
    Origin &originFor(const QString &origin);
    // An item that pointed at `origin` (Origin::items counted it) is gone. An origin without
    // items is dropped once its policy remembers nothing (dropReleased()), so a list of a
    // million hosts does not keep a million of them.
    void release(Origin &origin);
    // An item of `from` goes to `to` from now on (its next URL is a mirror elsewhere): `from`
    // forgets it and is released, `to` (created on first use) counts it.
    Origin &move(ItemId id, Origin &from, const QString &to);
    void dropReleased();
    qsizetype originCount() const { return qsizetype(m_origins.size()); }
    // New rules (and the global cap they sit under) apply at once to every origin.
    void setRules(const OriginPolicy::Rules &rules, int globalCap);
    // Every origin's politeness starts afresh.
    void newBatch();

    // Queues an item; returns its mark for politeWaitSince().
    qint64 push(Origin &origin, ItemId id, bool front);
    // The origin whose next item should start now, or nullptr when none may.
    Origin *nextReady();
    // Takes the ready origin's next item for an attempt; returns how long politeness held it
    // since it was queued with `mark`.
    qint64 take(Origin &origin, qint64 mark);
    // Works out again what holds the origin (after a change of its queue or its policy).
    void refresh(Origin &origin);
    // Every origin's rows are told their words again at the next publish().
    void markAll();
    // No more wake-ups (the scheduler shuts down; its thread ends before it is deleted).
    void stop() { m_wakeTimer.stop(); }
    // Tells the rows of each origin whose words changed: calls `tell` for each waiting item.
    void publish(const Batch &batch, const std::function<void(ItemId)> &tell);

Q_SIGNALS:
    // A held origin's time came (cooldown over, token there, breaker half-open, allowance
    // regrown): dispatch.
    void woke();

private:
    Hold holdOf(Origin &origin, qint64 nowMs, qint64 *wakeAtMs);
    QString reasonOf(const Origin &origin, const Batch &batch, qint64 *untilMs) const;
    void markDirty(Origin &origin);
    void armWakeTimer();
    void onWakeTimer();

    const QElapsedTimer *m_clock;
    Waiting m_waiting;
    OriginPolicy::Rules m_rules;
    int m_globalCap = 1;
    std::unordered_map<QString, Origin> m_origins;   // node-based: pointers stay valid
    std::set<std::pair<ItemId, Origin *>> m_ready;   // origins that may send, by next item
    std::set<std::pair<qint64, Origin *>> m_wakeups; // origins held until a known time
    std::vector<Origin *> m_dirty;
    std::vector<Origin *> m_released; // without items, dropped when pristine
    qint64 m_droppedAtMs = -1;
    bool m_shownFull = false; // the global cap was full when rows were last told
    QTimer m_wakeTimer;
};
