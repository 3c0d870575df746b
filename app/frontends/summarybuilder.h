#pragma once

#include "batchmeter.h"
#include "transfermodel.h"

struct TransferRow;

// Adds up the batch for the summary bar and the tabs: the rows' state counts, the fraction
// done, the speed and the batch ETA, from the model's counts and its live rows. Also the one
// grouping of row states (TransferModel::inGroup) that both read.
class SummaryBuilder final
{
public:
    using RowState = TransferModel::RowState;
    using Summary = TransferModel::Summary;

    SummaryBuilder(const int (&counts)[TransferModel::StateCount], int rows, qint64 receivedBytes,
                   TransferModel::RunState run, const BatchMeter &meter, qint64 now);
    // One row that runs or waits to retry (or counts down a wait).
    void addLive(const TransferRow &row);
    Summary summary() const;

    // The batch ETA in ms, -1 unknown: 0 when all files finished and nothing runs; unknown
    // while paused, with a row whose end cannot be told, or before a queued file has a pace;
    // else the slowest running row, or the queue draining at the pace files finished so far.
    static qint64 etaMs(bool running, bool paused, bool unknown, int fileCount, int finished,
                        int queued, qint64 slowestMs, qint64 elapsedMs);

private:
    Summary m_summary;
    int m_finished = 0;
    double m_done = 0;      // finished files plus the fractions of the live rows
    double m_speed = 0;     // the sum of the rows' speeds: the bar says what the table says
    qint64 m_slowest = 0;   // the longest ETA of the rows running
    bool m_unknown = false; // a row whose end cannot be told: hanging, unknown size, retrying
};
