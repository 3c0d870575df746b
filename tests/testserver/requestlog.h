#pragma once

// What tests read from a TestServer's request log. Header-only.

#include <QList>
#include <QString>

#include <algorithm>
#include <limits>

#include "testserver.h"

namespace RequestLog {

// The largest number of requests of `path` in flight at once, from when each arrived and how
// long each takes (the route's delay).
inline int maxOverlap(const QList<RecordedRequest> &requests, const QString &path,
                      qint64 durationMs)
{
    QList<qint64> starts;
    for (const RecordedRequest &r : requests) {
        if (r.path == path)
            starts.append(r.receivedAtMs);
    }
    std::sort(starts.begin(), starts.end());
    int best = 0;
    for (qsizetype i = 0, j = 0; i < starts.size(); ++i) {
        j = std::max(j, i);
        while (j < starts.size() && starts[j] < starts[i] + durationMs)
            ++j;
        best = std::max(best, int(j - i));
    }
    return best;
}

// The most requests whose path passes `wanted` that were in flight at once, from when each
// arrived to when its response ended (RecordedRequest::finishedAtMs; still served: open).
template <typename Wanted> int peakInFlight(const QList<RecordedRequest> &requests, Wanted wanted)
{
    QList<QPair<qint64, int>> events; // (time, +1 arrival / -1 end); ends sort first
    for (const RecordedRequest &r : requests) {
        if (!wanted(r))
            continue;
        events.append({r.receivedAtMs, +1});
        events.append(
            {r.finishedAtMs > 0 ? r.finishedAtMs : std::numeric_limits<qint64>::max(), -1});
    }
    std::sort(events.begin(), events.end());
    int now = 0;
    int best = 0;
    for (const auto &event : events) {
        now += event.second;
        best = std::max(best, now);
    }
    return best;
}

} // namespace RequestLog
