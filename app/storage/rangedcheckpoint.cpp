#include "rangedcheckpoint.h"

#include "partatoffsets.h"
#include "segmentplan.h"

RangedCheckpoint::RangedCheckpoint(FileSink *sink, PartAtOffsets *part) : m_sink(sink), m_part(part)
{}

bool RangedCheckpoint::start(QString *error, bool resumed)
{
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

bool RangedCheckpoint::save(const SegmentPlan &plan, bool force, QString *error)
{
    if (!m_meta || !m_part->isOpen() || (!force && m_since.elapsed() < intervalMs))
        return true;
    m_since.restart();
    // Taken first: what is written after this point is not claimed until the next one.
    const QByteArray done = plan.doneText();
    if (done == m_saved)
        return true;
    if (!m_part->sync(error))
        return false;
    m_meta->done = done;
    if (!m_sink->writeMeta(*m_meta, error))
        return false;
    m_saved = done;
    return true;
}
