#pragma once

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

// The byte ranges of one body fetched as several ranges at once: which bytes are done, which
// range each worker (one request) fills, the contiguous prefix from byte 0 (what the digests,
// computed in order, can cover so far), and the ranges done as text for `.part.meta`, so that
// after a crash only what is missing is asked again. The ranges always tile [0, total): a
// new worker takes a missing range no one fills, else the second half of the largest rest
// being filled. Pure bookkeeping: no files, no network.
class SegmentPlan final
{
public:
    struct Range
    {
        qint64 start = 0;
        qint64 end = 0;  // exclusive
        qint64 done = 0; // bytes done from start
        bool busy = false;
        qint64 length() const { return end - start; }
        qint64 next() const { return start + done; }
        bool finished() const { return done >= length(); }
    };
    // A closed interval of bytes done, [first, last].
    struct Done
    {
        qint64 first = 0;
        qint64 last = 0;
        bool operator==(const Done &) const = default;
    };

    // A fresh body of `total` bytes; a range is split only when both halves keep at least
    // `minPiece` bytes to fetch. Range 0 (the whole body) starts busy: the first request.
    SegmentPlan(qint64 total, qint64 minPiece);
    // A body of which `done` is already on disk (from `.part.meta`); nothing is busy.
    static SegmentPlan resumed(qint64 total, qint64 minPiece, const QList<Done> &done);

    // A range for one more worker, marked busy; -1 when nothing is worth another request.
    int claim();
    // Bytes written at the worker's next position; clamped to its range's end.
    void advance(int id, qint64 bytes);
    // The worker stopped (failed, cut off): the rest of its range waits for another.
    void release(int id);
    const Range &range(int id) const { return m_ranges.at(size_t(id)); }
    int rangeCount() const { return int(m_ranges.size()); }
    // Whether a worker that is not busy could take a range now.
    bool hasUnclaimed() const;

    qint64 total() const { return m_total; }
    qint64 prefix() const; // bytes done contiguously from byte 0
    qint64 doneBytes() const;
    bool complete() const { return doneBytes() == m_total; }
    int busyCount() const;
    // The ranges done, merged, in order of their first byte.
    QList<Done> done() const;
    // As kept in `.part.meta`: "0-1048575,4194304-5242879" (first-last, in order).
    QByteArray doneText() const;
    // The reverse; nullopt for text that is malformed, overlaps, or passes `total`.
    static std::optional<QList<Done>> parseDone(const QByteArray &text, qint64 total);

private:
    std::vector<int> sortedIds() const;

    qint64 m_total = 0;
    qint64 m_minPiece = 1;
    std::vector<Range> m_ranges; // ids are indexes: a range never moves
};
