#include "startwait.h"

StartWait::StartWait(QObject *parent) : QObject(parent), m_seconds(this), m_last(this)
{
    m_seconds.setInterval(1000);
    m_last.setSingleShot(true);
    connect(&m_seconds, &QTimer::timeout, this, [this] { check(true); });
    connect(&m_last, &QTimer::timeout, this, [this] { check(false); });
}

void StartWait::start(const QDateTime &at)
{
    m_at = at;
    m_waiting = true;
    m_seconds.start();
    if (msLeft() > 0)
        Q_EMIT tick(msLeft());
    m_last.start(0);
}

void StartWait::cancel()
{
    m_waiting = false;
    m_seconds.stop();
    m_last.stop();
}

qint64 StartWait::msLeft() const
{
    return std::max<qint64>(0, QDateTime::currentDateTime().msecsTo(m_at));
}

void StartWait::check(bool second)
{
    if (!m_waiting)
        return;
    const qint64 left = msLeft();
    if (left > 0) {
        if (second)
            Q_EMIT tick(left);
        if (left < 1000 && !m_last.isActive())
            m_last.start(int(left));
        return;
    }
    cancel();
    Q_EMIT due();
}
