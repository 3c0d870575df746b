#pragma once

#include <QElapsedTimer>
#include <QString>

#include <optional>

#include "filesink.h"

class PartAtOffsets;
class SegmentPlan;

// The safe points of a body fetched in ranges (issue 17): its `.part.meta` says "ranged" and
// lists the ranges done, so that after a crash or kill -9 the same command asks only for what
// is missing. A list is written only after PartAtOffsets::sync() made every byte it claims
// durable (the list is taken before the sync: bytes counted later are never claimed), at most
// once per interval while ranges grow and at once when asked (a range ended, the attempt
// stops). A part whose sidecar has no validator (it could not be continued) gets none.
class RangedCheckpoint final
{
public:
    static constexpr qint64 intervalMs = 1000;

    RangedCheckpoint(FileSink *sink, PartAtOffsets *part);

    // Takes over the part's sidecar (nothing done yet is claimed): before the part grows to its
    // whole size, so a full-size part never looks like a body complete up to there. `resumed`:
    // the sidecar's ranges are on disk already (a part continued) and stay claimed.
    bool start(QString *error, bool resumed = false);
    // Syncs and writes the ranges `plan` has done, when due (or `force`).
    bool save(const SegmentPlan &plan, bool force, QString *error);
    bool active() const { return m_meta.has_value(); }

private:
    FileSink *m_sink;
    PartAtOffsets *m_part;
    std::optional<FileSink::PartMeta> m_meta;
    QElapsedTimer m_since;
    QByteArray m_saved; // the list last written
};
