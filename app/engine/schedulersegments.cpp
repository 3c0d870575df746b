// Scheduler's side of segmented downloads (issue 17): a running item asks for another range
// request; SegmentGate grants one only in a slot that would otherwise stay idle (global cap,
// origin cap, allowance, rate, cooldown, breaker, and no item of the batch waiting), and the
// request then counts in m_active and by its origin (OriginPolicy::onStarted / onFinished), so
// a 429 or 503 on a range cools the origin down for every request; so does one refused to a
// range request in the item's own slot (onRangeRefused).
#include "scheduler.h"

#include "segmentgate.h"

void Scheduler::onSegmentsWanted(int laneIndex, const QList<quint64> &ids)
{
    if (m_shutDown || !m_started || m_paused)
        return;
    // An id comes once for each range its body could use now. In turns, one range per item a
    // pass, until none gets one: the idle slots fill at once (a body waited one progress
    // report per range, 150 ms to its fourth), yet evenly between bodies.
    QList<QPair<quint64, int>> wanting;
    for (const quint64 id : ids) {
        if (!wanting.isEmpty() && wanting.last().first == id)
            ++wanting.last().second;
        else
            wanting.append({id, 1});
    }
    while (!wanting.isEmpty()) {
        QList<QPair<quint64, int>> again;
        for (const auto &[id, more] : std::as_const(wanting)) {
            if (grantSegment(laneIndex, id) && more > 1)
                again.append({id, more - 1});
        }
        wanting = std::move(again);
    }
}

bool Scheduler::grantSegment(int laneIndex, quint64 id)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return false;
    Item &item = it->second;
    if (item.state != ItemState::Active || item.lane != laneIndex || item.stop != Stop::None)
        return false;
    SegmentGate::Batch batch;
    batch.active = m_active;
    batch.globalCap = m_options.maxInFlight;
    // Items active = requests in flight less the extra ranges; any other unfinished one
    // waits in a queue or for a retry, and goes first.
    batch.itemsQueued = m_unfinished > m_active - m_segmentsOpen;
    SegmentGate::Item want;
    want.open = 1 + item.segmentsOpen;
    want.limit = m_options.segmentLimit();
    want.wantsMore = true;
    const qint64 now = m_clock.elapsed();
    if (!SegmentGate::mayOpen(batch, want, item.origin->policy, now))
        return false;
    item.origin->policy.onStarted(now);
    ++m_active;
    ++m_segmentsOpen;
    ++item.segmentsOpen;
    m_lanes.openSegment(laneIndex, id);
    return true;
}

void Scheduler::onSegmentEnded(int, quint64 id, int attempt, bool ok, int httpStatus,
                               qint64 retryAfterMs)
{
    Item *running = runningAttempt(id, attempt);
    // After its attempt ended, closeSegments() already gave the slot back.
    if (!running || running->segmentsOpen <= 0)
        return;
    Item &item = *running;
    --item.segmentsOpen;
    --m_segmentsOpen;
    --m_active;
    OriginPolicy::Attempt ended;
    ended.item = item.id;
    ended.startedAtMs = item.attemptAtMs;
    ended.ok = ok;
    ended.httpStatus = httpStatus;
    ended.kind =
        ok ? ErrorKind::None : (httpStatus >= 400 ? ErrorKind::Http : ErrorKind::Truncated);
    if (retryAfterMs >= 0)
        ended.retryAfterMs = retryAfterMs;
    tellOrigin(item, ended, m_clock.elapsed());
}

void Scheduler::onRangeRefused(int, quint64 id, int attempt, int httpStatus, qint64 retryAfterMs)
{
    Item *running = runningAttempt(id, attempt);
    if (!running)
        return;
    Item &item = *running;
    // A request the item's own slot made and lost: for the origin, one request that started
    // and was refused (a 429 or 503 lowers the allowance and its Retry-After cools it down).
    const qint64 now = m_clock.elapsed();
    OriginPolicy::Attempt refused;
    refused.item = item.id;
    refused.startedAtMs = now;
    refused.httpStatus = httpStatus;
    refused.kind = ErrorKind::Http;
    if (retryAfterMs >= 0)
        refused.retryAfterMs = retryAfterMs;
    item.origin->policy.onStarted(now);
    tellOrigin(item, refused, now);
}

Scheduler::Item *Scheduler::runningAttempt(quint64 id, int attempt)
{
    if (m_shutDown)
        return nullptr;
    auto it = m_items.find(id);
    if (it == m_items.end() || it->second.state != ItemState::Active ||
        it->second.attempts != attempt)
        return nullptr;
    return &it->second;
}

void Scheduler::tellOrigin(Item &item, const OriginPolicy::Attempt &ended, qint64 nowMs)
{
    item.origin->policy.onFinished(ended, nowMs);
    m_origins.refresh(*item.origin);
    dispatch();
    m_batch.schedule();
}

void Scheduler::closeSegments(Item &item)
{
    OriginPolicy::Attempt quiet;
    quiet.item = item.id;
    quiet.startedAtMs = item.attemptAtMs;
    quiet.kind = ErrorKind::Cancelled; // neither a success nor a failure for the origin
    for (; item.segmentsOpen > 0; --item.segmentsOpen) {
        --m_segmentsOpen;
        --m_active;
        item.origin->policy.onFinished(quiet, m_clock.elapsed());
    }
}
