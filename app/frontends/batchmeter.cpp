#include "batchmeter.h"

#include <algorithm>

void BatchMeter::begin(qint64 now, qint64 transferredBytes)
{
    if (isRunning())
        return;
    m_started = true;
    m_runningSince = std::max<qint64>(1, now);
    m_lastSampleMs = m_runningSince;
    m_lastSampleBytes = transferredBytes;
}

void BatchMeter::end(qint64 now, qint64 transferredBytes, int inFlight)
{
    if (!isRunning())
        return;
    sample(now, transferredBytes, inFlight);
    m_elapsedBefore += std::max<qint64>(0, now - m_runningSince);
    m_runningSince = 0;
}

void BatchMeter::reset()
{
    *this = BatchMeter();
}

qint64 BatchMeter::elapsedMs(qint64 now) const
{
    return m_elapsedBefore + (isRunning() ? std::max<qint64>(0, now - m_runningSince) : 0);
}

bool BatchMeter::sample(qint64 now, qint64 transferredBytes, int inFlight)
{
    const qint64 dt = now - m_lastSampleMs;
    if (!isRunning() || dt <= 0)
        return false;
    const double instant = double(transferredBytes - m_lastSampleBytes) * 1000.0 / double(dt);
    m_lastSampleMs = now;
    m_lastSampleBytes = transferredBytes;
    m_history.append({elapsedMs(now), instant, inFlight});
    if (m_history.size() >= HistoryCap) {
        QList<Sample> merged;
        merged.reserve(HistoryCap / 2 + 1);
        for (qsizetype i = 0; i + 1 < m_history.size(); i += 2) {
            const Sample &a = m_history[i];
            const Sample &b = m_history[i + 1];
            merged.append({b.ms, (a.bytesPerSecond + b.bytesPerSecond) / 2,
                           std::max(a.inFlight, b.inFlight)});
        }
        m_history = merged;
        m_sampleEveryMs *= 2;
    }
    return true;
}
