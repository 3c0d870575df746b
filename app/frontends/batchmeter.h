#pragma once

#include <QList>
#include <QtGlobal>

// The batch as a whole over time: its elapsed time and its throughput history for the chart.
// Elapsed time counts from the batch's first start and only while something runs or waits; a
// retry or rows added after the batch went quiet continue the same clock (Clear List resets
// it). The history keeps its whole shape in a bounded list by halving its resolution when full.
class BatchMeter final
{
public:
    struct Sample
    {
        qint64 ms = 0; // batch elapsed time of the sample
        double bytesPerSecond = 0;
        int inFlight = 0;
    };
    static constexpr int HistoryCap = 240;

    // Something runs: the clock starts, or continues after a quiet spell.
    void begin(qint64 now, qint64 transferredBytes);
    // Nothing runs, waits or queues: the clock stops (a last sample closes the chart).
    void end(qint64 now, qint64 transferredBytes, int inFlight);
    void reset();

    bool hasStarted() const { return m_started; }
    bool isRunning() const { return m_runningSince > 0; }
    qint64 elapsedMs(qint64 now) const;
    // A chart sample of the throughput since the last one; true when one was taken.
    bool sample(qint64 now, qint64 transferredBytes, int inFlight);
    const QList<Sample> &history() const { return m_history; }
    // How often sample() should be called now (doubles as the history is compacted).
    qint64 sampleIntervalMs() const { return m_sampleEveryMs; }

private:
    QList<Sample> m_history;
    qint64 m_runningSince = 0;  // wall clock of the current run's start; 0 while quiet
    qint64 m_elapsedBefore = 0; // elapsed time of the earlier runs
    qint64 m_lastSampleMs = 0;
    qint64 m_lastSampleBytes = 0;
    qint64 m_sampleEveryMs = 500;
    bool m_started = false;
};
