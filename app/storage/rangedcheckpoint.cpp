#include "rangedcheckpoint.h"

#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include "partatoffsets.h"
#include "segmentplan.h"

// What the checkpoint thread and the part's own thread share: whether a save is in flight, and
// the error of the last one that failed.
struct RangedCheckpoint::InFlight
{
    QMutex mutex;
    QWaitCondition done;
    bool busy = false;
    QString error;
};

namespace {
// One thread for every part's periodic save, in order.
QThreadPool *checkpointThread()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // never deleted: a save in flight at exit may still finish
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        p->setObjectName(QStringLiteral("fanout-checkpoint"));
        return p;
    }();
    return pool;
}
} // namespace

RangedCheckpoint::RangedCheckpoint(FileSink *sink, PartAtOffsets *part)
    : m_sink(sink), m_part(part), m_inFlight(std::make_shared<InFlight>())
{}

RangedCheckpoint::~RangedCheckpoint()
{
    QString ignored;
    wait(&ignored);
}

bool RangedCheckpoint::start(QString *error, bool resumed)
{
    if (!wait(error))
        return false;
    m_meta = FileSink::readMeta(m_sink->partPath());
    if (!m_meta || !m_meta->canResume()) {
        m_meta.reset();
        return true;
    }
    m_since.start();
    if (resumed && m_meta->ranged) {
        m_saved = m_meta->done;
        return true;
    }
    m_meta->ranged = true;
    m_meta->done.clear();
    m_saved.clear();
    return m_sink->writeMeta(*m_meta, error);
}

bool RangedCheckpoint::wait(QString *error)
{
    QMutexLocker lock(&m_inFlight->mutex);
    while (m_inFlight->busy)
        m_inFlight->done.wait(&m_inFlight->mutex);
    if (m_inFlight->error.isEmpty())
        return true;
    *error = std::exchange(m_inFlight->error, {});
    return false;
}

bool RangedCheckpoint::save(const SegmentPlan &plan, bool force, QString *error)
{
    if (!m_meta || !m_part->isOpen() || (!force && m_since.elapsed() < intervalMs))
        return true;
    if (!force) {
        QMutexLocker lock(&m_inFlight->mutex);
        if (!m_inFlight->error.isEmpty()) {
            *error = std::exchange(m_inFlight->error, {});
            return false;
        }
        if (m_inFlight->busy)
            return true; // the next one due takes the newer list
    } else if (!wait(error)) {
        return false;
    }
    m_since.restart();
    // Taken first: what is written after this point is not claimed until the next one.
    const QByteArray done = plan.doneText();
    if (done == m_saved)
        return true;
    m_meta->done = done;
    const QString metaPath = m_sink->claimMetaPath();
    if (metaPath.isEmpty())
        return true;
    const int handle = m_part->duplicateHandle(error);
    if (handle < 0)
        return false;
    {
        const QMutexLocker lock(&m_inFlight->mutex);
        m_inFlight->busy = true;
    }
    m_saved = done;
    checkpointThread()->start(
        [inFlight = m_inFlight, handle, partPath = m_part->path(), metaPath, meta = *m_meta] {
            QString failure;
            const bool ok = PartAtOffsets::syncHandle(handle, partPath, &failure) &&
                            FileSink::writeMetaFile(metaPath, meta, &failure);
            const QMutexLocker lock(&inFlight->mutex);
            if (!ok)
                inFlight->error = failure;
            inFlight->busy = false;
            inFlight->done.wakeAll();
        });
    return true;
}
