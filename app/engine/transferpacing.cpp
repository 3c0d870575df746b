// Transfer's pause and speed caps: what a pause holds (every request of the attempt, ranges
// included, and its clocks), an item's cap changed while it runs, and reading again once the
// RateGate opens. Kept apart from transfer.cpp, which streams the body.
#include "transfer.h"

#include "segmentedbody.h"

void Transfer::setItemRate(qint64 bytesPerSecond)
{
    m_gate.setItemRate(bytesPerSecond);
    if (!m_done)
        readAgain(); // a lifted or raised cap reads what waits at once
}

void Transfer::setPaused(bool paused)
{
    if (m_paused == paused || m_done)
        return;
    m_paused = paused;
    m_timers.setPaused(paused);
    m_probe.restart(); // a pause is no slowness: --segments auto times the body again
    if (m_segments)
        m_segments->setPaused(paused);
    if (!paused)
        readAgain(); // data that arrived while paused produced no new readyRead
}

void Transfer::readAgain()
{
    onReadyRead();
    if (m_finishPending && !m_done && !m_paused)
        onFinished();
    if (m_segments && !m_done)
        m_segments->readWaiting();
}
