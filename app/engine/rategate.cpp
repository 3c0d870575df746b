#include "rategate.h"

#include <QTimerEvent>

#include <chrono>

#include "bandwidthlimiter.h"

namespace {

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

RateGate::RateGate(BandwidthLimiter *batch, qint64 itemRate, QObject *parent)
    : QObject(parent), m_batch(batch)
{
    if (itemRate > 0)
        m_item = std::make_unique<BandwidthLimiter>(itemRate);
}

void RateGate::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    Q_EMIT opened();
}

RateGate::~RateGate() = default;

void RateGate::setItemRate(qint64 bytesPerSecond)
{
    if (!m_item)
        m_item = std::make_unique<BandwidthLimiter>(bytesPerSecond);
    else
        m_item->setRate(bytesPerSecond);
}

qint64 RateGate::grant(qint64 wanted)
{
    const qint64 now = steadyMs();
    for (BandwidthLimiter *limiter : {m_item.get(), m_batch}) {
        if (!limiter || !limiter->isLimited() || wanted <= 0)
            continue;
        wanted = limiter->take(std::min(wanted, limiter->sliceBytes()), now);
        if (wanted <= 0 && !m_timer.isActive())
            m_timer.start(int(std::max<qint64>(1, limiter->msUntilAvailable(now))),
                          Qt::PreciseTimer, this);
    }
    return wanted;
}
