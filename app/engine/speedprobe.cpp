#include "speedprobe.h"

bool SpeedProbe::slowerThan(qint64 bytesPerSecond, qint64 bytes)
{
    if (m_slow)
        return true;
    if (!m_clock.isValid()) {
        m_clock.start();
        m_bytes = bytes;
        return false;
    }
    const qint64 elapsed = m_clock.elapsed();
    if (elapsed < windowMs)
        return false;
    m_slow = (bytes - m_bytes) * 1000 / elapsed < bytesPerSecond;
    m_clock.restart(); // fast so far: the next window may be slower
    m_bytes = bytes;
    return m_slow;
}
