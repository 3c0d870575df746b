#pragma once

// What tests read from a TestServer's request log. Header-only.

#include <QList>
#include <QString>

#include <algorithm>

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

} // namespace RequestLog
