// Transfer's side of segmented downloads (issue 17): when a body may be fetched as several
// ranges, and the glue between the Transfer, its SegmentedBody and the slots the scheduler
// grants. Kept apart from transfer.cpp, which streams one body in one request.
#include "transfer.h"

#include "knownfile.h"
#include "segmentedbody.h"
#include "segmenteligibility.h"

namespace {
// No range is split into pieces smaller than this share of --segment-min.
constexpr qint64 minPieceShare = 8;
constexpr qint64 minPieceFloor = 64 * 1024;
} // namespace

static qint64 minPieceOf(const TransferConfig &config)
{
    return std::max(minPieceFloor, config.segmentMinBytes / minPieceShare);
}

void Transfer::judgeSegmentable(const QByteArray &acceptRanges)
{
    if (m_httpStatus == 206 && m_resume.isRanged()) { // a part a crashed run fetched in ranges
        resumeSegments();
        return;
    }
    if (m_segmentsOff || m_config.checkOnly || m_known->updating() || m_httpStatus != 200 ||
        m_sink.bytes() != 0)
        return;
    SegmentEligibility::Answer answer;
    answer.status = m_httpStatus;
    answer.total = m_total;
    answer.acceptRanges = acceptRanges;
    answer.contentRange = m_reply->rawHeader("Content-Range");
    answer.etag = m_etag;
    answer.lastModified = m_lastModified;
    m_segmentable =
        SegmentEligibility::judge(answer, m_config.segmentLimit, m_config.segmentMinBytes);
}

qint64 Transfer::received() const
{
    return m_segments ? m_segments->doneBytes() : m_sink.bytes();
}

bool Transfer::wantsSegment()
{
    if (!m_segmentable || m_done || m_paused || !m_bodyAccepted)
        return false;
    if (m_segments)
        return m_segments->wantsMore();
    return m_reply && m_total - m_sink.bytes() >= 2 * minPieceOf(m_config) && slowEnoughToSplit();
}

bool Transfer::slowEnoughToSplit()
{
    // Ranges pay where one connection is the bottleneck (a server's per-connection cap, a long
    // thin path); where it is not, they only add requests, seeks, read-back hashing and syncs
    // (4 x 256 MiB over loopback took 2.2 s in ranges, 1.1 s without).
    return m_config.segmentSlowBelow <= 0 ||
           m_probe.slowerThan(m_config.segmentSlowBelow, m_sink.bytes());
}

int Transfer::segmentsWanted()
{
    if (!wantsSegment())
        return 0;
    const int room = std::max(1, m_config.segmentLimit - 1); // besides its own request
    if (m_segments)
        return m_segments->moreWanted(room);
    // Not split yet: each new range halves a rest, none smaller than the minimum piece.
    const qint64 pieces = (m_total - m_sink.bytes()) / minPieceOf(m_config);
    return int(std::clamp<qint64>(pieces - 1, 1, room));
}

void Transfer::openSegment()
{
    if (!wantsSegment() || (!m_segments && !startSegments()) || !m_segments->openExtra())
        Q_EMIT segmentEnded(true, 0, -1); // nothing worth a request: the slot is free again
    m_changed = true;
}

SegmentedBody *Transfer::makeSegments()
{
    SegmentedBody::Validator validator;
    validator.etag = ResumeNegotiation::strongEtag(m_etag);
    validator.lastModified = m_lastModified;
    m_segments = new SegmentedBody(m_nam, &m_builder, &m_sink, m_currentUrl, m_total, validator,
                                   minPieceOf(m_config), m_config.rangeWaitMaxMs, this);
    m_segments->setGate(&m_gate); // every range reads through the item's and the batch's caps
    connect(m_segments, &SegmentedBody::extraEnded, this,
            [this](bool ok, int status, std::optional<qint64> retryAfterMs) {
                Q_EMIT segmentEnded(ok, status, retryAfterMs.value_or(-1));
            });
    connect(m_segments, &SegmentedBody::mainRefused, this,
            [this](int status, std::optional<qint64> retryAfterMs) {
                Q_EMIT rangeRefused(status, retryAfterMs.value_or(-1));
            });
    connect(m_segments, &SegmentedBody::progressed, this, [this] {
        m_timers.touch();
        m_changed = true;
    });
    connect(m_segments, &SegmentedBody::completed, this, &Transfer::completeBody);
    connect(m_segments, &SegmentedBody::mismatch, this, &Transfer::restartUnsegmented);
    connect(m_segments, &SegmentedBody::failed, this, [this](const QString &detail, bool disk) {
        fail(disk ? ErrorKind::Disk : ErrorKind::Truncated, detail);
    });
    return m_segments;
}

bool Transfer::startSegments()
{
    // Its sidecar lists the ranges done from now on (RangedCheckpoint): kept for a resume.
    QString error;
    if (!makeSegments()->begin(&error)) {
        fail(ErrorKind::Disk, error);
        return false;
    }
    return true;
}

void Transfer::resumeSegments()
{
    // The first missing range comes in this reply; the others follow in the main worker's
    // requests, and in extra ones when ranges are on now.
    m_segmentable = m_config.segmentLimit > 1 && !m_segmentsOff;
    QString error;
    if (!makeSegments()->resume(m_resume.doneRanges(), &error))
        fail(ErrorKind::Disk, error);
    else
        m_carried = m_segments->doneBytes();
}

bool Transfer::drainSegmented(const char *data, qint64 size)
{
    QString error;
    bool rangeDone = false;
    if (!m_segments->writeFirst(data, size, &rangeDone, &error)) {
        fail(ErrorKind::Disk, error);
        return false;
    }
    if (!rangeDone || m_done)
        return !m_done;
    // The first request's range is complete: cut it, its slot takes another range.
    dropReply();
    m_segments->firstEnded();
    return false;
}

void Transfer::finishFirstRange()
{
    drain();
    if (m_done || !m_reply)
        return;
    if (m_reply->bytesAvailable() > 0) { // throttled: finish once the rest has been read
        m_finishPending = true;
        return;
    }
    // Cut short or not, its slot takes what is missing (its own rest first).
    dropReply();
    m_segments->firstEnded();
}

void Transfer::restartUnsegmented()
{
    // Another entity answered a range: nothing of the old one is kept, the new one is fetched
    // whole, in one request.
    stopSegments(true);
    m_segmentable = false;
    m_segmentsOff = true;
    dropReply();
    m_sink.discard();
    m_resume.forget(m_dir); // a part continued in ranges: asked whole now, without Range
    m_bodyAccepted = false;
    m_probe.reset();
    m_carried = 0;
    m_total = -1;
    m_httpStatus = 0;
    m_etag.clear();
    m_lastModified.clear();
    m_changed = true;
    sendRequest(m_currentUrl);
}

void Transfer::stopSegments(bool reportExtras)
{
    if (!m_segments)
        return;
    SegmentedBody *segments = std::exchange(m_segments, nullptr);
    QString error;
    if (!reportExtras) // the attempt ends: what is on disk is listed for a resume, if it can be
        segments->checkpoint(&error);
    segments->stop(reportExtras);
    disconnect(segments, nullptr, this, nullptr);
    segments->deleteLater();
}

int Transfer::rangesFetched() const
{
    return m_segments ? m_segments->rangesFetched() : 1;
}

SegmentViews Transfer::segmentViews() const
{
    return m_segments ? m_segments->views() : SegmentViews();
}
