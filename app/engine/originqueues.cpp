#include "originqueues.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdlib>
#include <limits>

namespace {
// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window (QCoreApplication::translate is thread-safe).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OriginQueues)
};
} // namespace

OriginQueues::OriginQueues(const QElapsedTimer *clock, Waiting waiting, QObject *parent)
    : QObject(parent), m_clock(clock), m_waiting(std::move(waiting)), m_wakeTimer(this)
{
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &OriginQueues::onWakeTimer);
}

OriginQueues::Origin &OriginQueues::originFor(const QString &origin)
{
    auto it = m_origins.find(origin);
    if (it == m_origins.end())
        it = m_origins.try_emplace(origin, OriginPolicy(origin, m_rules, m_clock->elapsed())).first;
    return it->second;
}

void OriginQueues::release(Origin &origin)
{
    if (--origin.items == 0 && !origin.releasing) {
        origin.releasing = true;
        m_released.push_back(&origin);
    }
}

OriginQueues::Origin &OriginQueues::move(ItemId id, Origin &from, const QString &to)
{
    from.policy.forget(id);
    release(from);
    Origin &target = originFor(to);
    ++target.items;
    return target;
}

void OriginQueues::dropReleased()
{
    // A sweep at most every quarter second: origins a rule remembers wait for the next one.
    const qint64 now = m_clock->elapsed();
    if (m_released.empty() || (m_droppedAtMs >= 0 && now - m_droppedAtMs < 250))
        return;
    m_droppedAtMs = now;
    std::vector<Origin *> kept;
    for (Origin *origin : m_released) {
        if (origin->items > 0) {
            origin->releasing = false;
        } else if (origin->dirty || origin->readyKey || origin->wakeAtMs >= 0 ||
                   !origin->policy.isPristine(now)) {
            kept.push_back(origin);
        } else {
            const QString key = origin->policy.origin();
            m_origins.erase(key);
        }
    }
    m_released.swap(kept);
}

void OriginQueues::setRules(const OriginPolicy::Rules &rules, int globalCap)
{
    m_rules = rules;
    m_globalCap = globalCap;
    const qint64 now = m_clock->elapsed();
    for (auto &[key, origin] : m_origins) {
        origin.policy.setRules(rules, now);
        refresh(origin);
    }
}

void OriginQueues::newBatch()
{
    const qint64 now = m_clock->elapsed();
    for (auto &[key, origin] : m_origins) {
        origin.policy.reset(now);
        refresh(origin);
    }
}

qint64 OriginQueues::push(Origin &origin, ItemId id, bool front)
{
    const qint64 mark = origin.heldTotalAt(m_clock->elapsed());
    if (front)
        origin.queue.push_front(id);
    else
        origin.queue.push_back(id);
    refresh(origin);
    return mark;
}

OriginQueues::Hold OriginQueues::holdOf(Origin &origin, qint64 nowMs, qint64 *wakeAtMs)
{
    *wakeAtMs = -1;
    while (!origin.queue.empty() && !m_waiting(origin.queue.front(), &origin))
        origin.queue.pop_front(); // cancelled, removed or launched through another path
    origin.empty = origin.queue.empty();
    return origin.empty ? Hold::None : origin.policy.hold(nowMs, wakeAtMs);
}

OriginQueues::Origin *OriginQueues::nextReady()
{
    while (!m_ready.empty()) {
        Origin &origin = *m_ready.begin()->second;
        qint64 wakeAt = -1;
        if (holdOf(origin, m_clock->elapsed(), &wakeAt) == Hold::None && !origin.empty)
            return &origin;
        refresh(origin); // its next item went away, or a rule now holds it
    }
    return nullptr;
}

qint64 OriginQueues::take(Origin &origin, qint64 mark)
{
    const qint64 now = m_clock->elapsed();
    origin.queue.pop_front();
    origin.policy.onStarted(now);
    const qint64 held = origin.heldTotalAt(now) - mark;
    refresh(origin);
    return held;
}

void OriginQueues::refresh(Origin &origin)
{
    const qint64 now = m_clock->elapsed();
    if (origin.readyKey) {
        m_ready.erase({origin.readyKey, &origin});
        origin.readyKey = 0;
    }
    if (origin.wakeAtMs >= 0) {
        m_wakeups.erase({origin.wakeAtMs, &origin});
        origin.wakeAtMs = -1;
    }
    qint64 wakeAt = -1;
    origin.hold = holdOf(origin, now, &wakeAt);

    // Waiting for a slot the global cap would have refused anyway is not politeness.
    const bool held = !origin.empty && origin.hold != Hold::None &&
                      (origin.hold != Hold::Cap || origin.policy.rules().cap < m_globalCap);
    if (held && origin.heldSinceMs < 0) {
        origin.heldSinceMs = now;
    } else if (!held && origin.heldSinceMs >= 0) {
        origin.heldTotalMs += now - origin.heldSinceMs;
        origin.heldSinceMs = -1;
    }

    if (!origin.empty && origin.hold == Hold::None) {
        origin.readyKey = origin.queue.front();
        m_ready.emplace(origin.readyKey, &origin);
    } else if (!origin.empty && wakeAt > now) {
        origin.wakeAtMs = wakeAt;
        m_wakeups.emplace(wakeAt, &origin);
        armWakeTimer();
    }
    markDirty(origin);
}

void OriginQueues::markDirty(Origin &origin)
{
    if (!origin.dirty) {
        origin.dirty = true;
        m_dirty.push_back(&origin);
    }
}

void OriginQueues::markAll()
{
    for (auto &[key, origin] : m_origins)
        markDirty(origin);
}

QString OriginQueues::reasonOf(const Origin &origin, const Batch &batch, qint64 *untilMs) const
{
    *untilMs = 0;
    if (origin.empty || !batch.sending)
        return {}; // the window says "press Start" or "paused" itself
    const OriginPolicy &policy = origin.policy;
    const QString freeSlot =
        Text::tr("waiting for a free slot (%1 of %2 in flight)").arg(batch.active).arg(batch.cap);
    if (origin.hold == Hold::Cap && policy.rules().cap >= batch.cap)
        return freeSlot; // its cap is the global one
    if (origin.hold != Hold::None) {
        const qint64 until = policy.reasonUntilMs(origin.hold);
        if (until > 0)
            *untilMs = QDateTime::currentMSecsSinceEpoch() + (until - m_clock->elapsed());
        return policy.reason(origin.hold);
    }
    return batch.active >= batch.cap ? freeSlot : QString(); // else: about to start
}

void OriginQueues::publish(const Batch &batch, const std::function<void(ItemId)> &tell)
{
    // Rows are told only when their origin's words change, so an origin that flips between
    // ready and held on every completion costs nothing.
    const bool full = batch.active >= batch.cap;
    if (full != m_shownFull) {
        m_shownFull = full;
        for (auto &[key, origin] : m_origins) {
            if (!origin.empty)
                markDirty(origin);
        }
    }
    std::vector<Origin *> dirty;
    dirty.swap(m_dirty);
    for (Origin *origin : dirty) {
        origin->dirty = false;
        qint64 until = 0;
        const QString reason = reasonOf(*origin, batch, &until);
        // A countdown that moved by less than a second is the same words.
        if (reason == origin->shownReason && std::abs(until - origin->shownUntilMs) < 1000)
            continue;
        origin->shownReason = reason;
        origin->shownUntilMs = until;
        for (const ItemId id : origin->queue) {
            if (m_waiting(id, origin))
                tell(id);
        }
    }
}

void OriginQueues::armWakeTimer()
{
    if (m_wakeups.empty()) {
        m_wakeTimer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_wakeups.begin()->first - m_clock->elapsed());
    m_wakeTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void OriginQueues::onWakeTimer()
{
    const qint64 now = m_clock->elapsed();
    std::vector<Origin *> due;
    for (auto it = m_wakeups.begin(); it != m_wakeups.end() && it->first <= now; ++it)
        due.push_back(it->second);
    for (Origin *origin : due)
        refresh(*origin);
    armWakeTimer();
    Q_EMIT woke();
}
