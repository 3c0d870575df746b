// SegmentedBody's pacing (issue 17): its range requests read through the same RateGate as the
// Transfer's first request, so --limit-rate (shared with every transfer of the batch) and the
// item's own cap (shared by its ranges) hold for the whole body; a pause holds every range.
// What is not read waits in each reply's bounded read buffer, which holds the server back.
#include "segmentedbody.h"

#include <QNetworkReply>

#include "rategate.h"

qint64 SegmentedBody::granted(qint64 wanted)
{
    if (m_paused)
        return 0;
    return m_gate ? m_gate->grant(wanted) : wanted; // the gate's timer says when to read again
}

bool SegmentedBody::holdFinish(Worker *worker)
{
    // Paused: nothing ends, the range goes on (or is asked again from where it stopped) after.
    // Throttled: the rest in its buffer is read at the rate first.
    if (!m_paused && worker->reply->bytesAvailable() <= 0)
        return false;
    worker->finishPending = true;
    worker->endedWhilePaused = worker->endedWhilePaused || m_paused;
    return true;
}

void SegmentedBody::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) {
        // A pause often comes before a quit or a suspend: what is done is on disk and listed.
        QString error;
        if (!checkpoint(&error))
            Q_EMIT failed(error, true);
        return;
    }
    reclaimMain(); // a range that ended while paused is asked again now
}

void SegmentedBody::readWaiting()
{
    if (m_paused || m_workers.isEmpty())
        return;
    QList<Worker *> workers = m_workers;
    const qsizetype first = m_nextReader % workers.size();
    m_nextReader = int(first + 1);
    std::rotate(workers.begin(), workers.begin() + first, workers.end());
    for (Worker *worker : workers) {
        // A worker may have ended (and the body completed or failed) while another one read.
        if (!m_workers.contains(worker))
            continue;
        if (worker->finishPending)
            onFinished(worker);
        else
            onReadyRead(worker);
    }
}
