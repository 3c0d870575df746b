#include "summarybuilder.h"

#include "transferrow.h"

#include <algorithm>

SummaryBuilder::SummaryBuilder(const int (&counts)[TransferModel::StateCount], int rows,
                               qint64 receivedBytes, TransferModel::RunState run,
                               const BatchMeter &meter, qint64 now)
{
    Summary &s = m_summary;
    s.total = rows;
    std::copy(std::begin(counts), std::end(counts), std::begin(s.counts));
    s.receivedBytes = receivedBytes;
    s.fileCount = s.total - s.count(RowState::Invalid);
    m_finished = s.count(RowState::Done) + s.count(RowState::Failed) + s.count(RowState::Cancelled);
    s.currentFile = std::min(s.fileCount, m_finished + s.count(RowState::Active));
    s.paused = run == TransferModel::RunState::Paused;
    s.running = meter.isRunning();
    s.elapsedMs = meter.elapsedMs(now);
    m_done = m_finished;
}

void SummaryBuilder::addLive(const TransferRow &row)
{
    m_done += std::max(0.0, row.fraction());
    if (row.state == RowState::Active) {
        m_speed += row.speed;
        const qint64 eta = row.etaMs();
        m_unknown = m_unknown || eta < 0;
        m_slowest = std::max(m_slowest, eta);
    } else if (row.state == RowState::RetryWait) {
        m_unknown = true;
    }
}

TransferModel::Summary SummaryBuilder::summary() const
{
    Summary s = m_summary;
    s.fraction = s.fileCount > 0 ? std::clamp(m_done / s.fileCount, 0.0, 1.0) : 0.0;
    s.bytesPerSecond = s.running && !s.paused ? m_speed : 0;
    s.etaMs = etaMs(s.running, s.paused, m_unknown, s.fileCount, m_finished,
                    s.count(RowState::Queued), m_slowest, s.elapsedMs);
    return s;
}

qint64 SummaryBuilder::etaMs(bool running, bool paused, bool unknown, int fileCount, int finished,
                             int queued, qint64 slowestMs, qint64 elapsedMs)
{
    if (!running)
        return fileCount > 0 && finished == fileCount ? 0 : -1;
    if (paused || unknown || (queued > 0 && finished == 0))
        return -1;
    if (queued == 0)
        return slowestMs;
    return std::max(slowestMs, elapsedMs * queued / finished);
}

bool TransferModel::inGroup(RowState state, Group group)
{
    switch (group) {
    case Group::All:
        return true;
    case Group::Unfinished:
        return state == RowState::Queued || state == RowState::RetryWait ||
               state == RowState::Active;
    case Group::Failed:
        return state == RowState::Failed;
    case Group::Done:
        return state == RowState::Done;
    case Group::Cancelled:
        return state == RowState::Cancelled;
    case Group::Invalid:
        return state == RowState::Invalid;
    }
    return false;
}

int TransferModel::Summary::count(Group group) const
{
    int n = 0;
    for (int state = 0; state < StateCount; ++state)
        n += inGroup(RowState(state), group) ? counts[state] : 0;
    return n;
}
