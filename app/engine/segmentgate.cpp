#include "segmentgate.h"

bool SegmentGate::mayOpen(const Batch &batch, const Item &item, OriginPolicy &origin, qint64 nowMs)
{
    if (!item.wantsMore || item.limit <= 1 || item.open >= item.limit)
        return false;
    if (batch.itemsQueued || batch.active >= batch.globalCap)
        return false;
    qint64 wakeAtMs = -1;
    return origin.hold(nowMs, &wakeAtMs) == OriginPolicy::Hold::None;
}
