#pragma once

#include "originpolicy.h"

// Whether a running download may open one more range of its body now. Only in a slot that
// would otherwise stay idle: while the batch's global cap, the origin's cap, its adaptive
// allowance and its request rate all have room (the origin's cooldown and breaker too), and no
// queued item of the batch waits, since queued items go first. A segment that opens is then
// an attempt like any other for the caps (OriginPolicy::onStarted). Pure: no clock of its own.
class SegmentGate final
{
public:
    struct Batch
    {
        int active = 0;           // requests in flight, segments included
        int globalCap = 1;        // -j
        bool itemsQueued = false; // an item of the batch waits to start (or to retry)
    };
    struct Item
    {
        int open = 0;           // requests of its body in flight, its first one included
        int limit = 1;          // EngineOptions::segmentLimit()
        bool wantsMore = false; // its body is segmentable and has a range worth another request
    };

    static bool mayOpen(const Batch &batch, const Item &item, OriginPolicy &origin, qint64 nowMs);
};
