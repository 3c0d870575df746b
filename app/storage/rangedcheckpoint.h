#pragma once

#include <QElapsedTimer>
#include <QString>

#include <memory>
#include <optional>

#include "filesink.h"

class PartAtOffsets;
class SegmentPlan;

// The safe points of a body fetched in ranges (issue 17): its `.part.meta` says "ranged" and
// lists the ranges done, so that after a crash or kill -9 the same command asks only for what
// is missing. A list is written only after the part's data is durable (fdatasync; the list is
// taken before the sync: bytes counted later are never claimed), at most once per interval
// while ranges grow and at once when asked (a range ended, the attempt stops). The sync and
// the write run on a thread of their own, one at a time for the whole process: a sync of
// megabytes not yet written back took up to 48 ms here, a stall of every transfer of the lane.
// A forced save, wait() and the destructor wait for the one in flight; a failure comes back
// from the next save() or wait(). A part whose sidecar has no validator gets none.
class RangedCheckpoint final
{
public:
    static constexpr qint64 intervalMs = 1000;

    RangedCheckpoint(FileSink *sink, PartAtOffsets *part);
    ~RangedCheckpoint();
    RangedCheckpoint(const RangedCheckpoint &) = delete;
    RangedCheckpoint &operator=(const RangedCheckpoint &) = delete;

    // Takes over the part's sidecar (nothing done yet is claimed): before the part grows to its
    // whole size, so a full-size part never looks like a body complete up to there. `resumed`:
    // the sidecar's ranges are on disk already (a part continued) and stay claimed.
    bool start(QString *error, bool resumed = false);
    // Syncs and writes (on the checkpoint thread) the ranges `plan` has done, when due, or
    // after the save in flight when `force`d; false with the error of one that failed.
    bool save(const SegmentPlan &plan, bool force, QString *error);
    // Until no save is in flight: before the part is committed, kept or discarded.
    bool wait(QString *error);
    bool active() const { return m_meta.has_value(); }

private:
    struct InFlight;

    FileSink *m_sink;
    PartAtOffsets *m_part;
    std::optional<FileSink::PartMeta> m_meta;
    QElapsedTimer m_since;
    QByteArray m_saved; // the list last written (or being written)
    std::shared_ptr<InFlight> m_inFlight;
};
