#pragma once

#include <QElapsedTimer>

// Whether a body arrives slower than a rate, judged over windows of `windowMs` (--segments auto:
// ranges only for a body whose own connection is the bottleneck). Once one window was slow the
// verdict stays; a restart (a pause, a new body) times from the next look on.
class SpeedProbe final
{
public:
    static constexpr qint64 windowMs = 100;

    // `bytes`: the body's count now. False until a whole window has passed since the first look.
    bool slowerThan(qint64 bytesPerSecond, qint64 bytes);
    void restart() { m_clock.invalidate(); } // the verdict stays
    void reset()
    {
        restart();
        m_slow = false;
    }

private:
    QElapsedTimer m_clock;
    qint64 m_bytes = 0;
    bool m_slow = false;
};
