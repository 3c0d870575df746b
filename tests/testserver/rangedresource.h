#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

#include "testserver_p.h"

class Query;

// /ranged: one resource with validators that honours Range (`bytes=a-b`, `a-`, `-k`) and If-Range
// (RFC 9110) unless told otherwise, for the resume and segmented-download tests. Query keys:
//   size=N seed=S               the entity (body(N, S)); etag=E (default v1, sent as "E"),
//                               lm=DATE (Last-Modified), noetag=1, weak=1 (W/"E")
//   changeafter=N&key=X         requests with key X after the N-th see a new entity: newetag
//                               (default v2), newseed (default seed + 1), newsize (default N),
//                               newlm (default a later date when lm is given)
//   newetag=E2 with cut=...     (older form) once the cut responses are over, the entity is E2
//   ranges=none                 no Accept-Ranges, Range ignored (a server without ranges)
//   norange=1                   Accept-Ranges: bytes, yet Range ignored: a 200 to a Range request
//   badstart=K                  a 206 whose Content-Range (and body) start at K
//   badtotal=T                  a 206 whose Content-Range names T as the total
//   short=M[&shorts=N]&key=X    the first N (default 1) 206s for key X that do not start at 0
//                               send M body bytes, then close (a short segment)
//   cut=M&key=X[&cuts=N][&stall=1]  the first N responses for X send M body bytes, then close
//                               (stall=1: hold the connection open instead)
//   rangefail=C&key=X[&rangefails=N][&retry-after=V]
//                               the first N (default 1) requests for key X asking a range that
//                               does not start at 0 answer C (503, 429...), Retry-After: V
//   rate=B                      at most B body bytes a second on this connection (throttling)
//   drip=K&interval=MS          K body bytes every MS ms
using CountKey = std::function<int(const QString &key)>;
ResponsePlan rangedPlan(const RecordedRequest &request, const Query &query,
                        const CountKey &countKey);

// A Range header's one range against a resource of `size` bytes (RFC 9110, 14.1.2).
struct ByteRange
{
    qint64 first = 0;
    qint64 last = 0; // inclusive
};
struct RangeAsk
{
    bool valid = false;       // one range of a form we know; else the header is ignored
    bool satisfiable = false; // else a 416
    ByteRange range;
};
RangeAsk parseRange(const QByteArray &header, qint64 size);
