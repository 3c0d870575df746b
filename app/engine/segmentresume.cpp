// SegmentedBody's side of a resume (issue 17): a part a crashed or stopped run fetched in
// ranges, continued with only what its `.part.meta` does not list as done, and the safe points
// that list is written at. Kept apart from segmentedbody.cpp, which reads the range replies.
#include "segmentedbody.h"

bool SegmentedBody::resume(const QList<SegmentPlan::Done> &done, QString *error)
{
    m_plan = SegmentPlan::resumed(m_total, m_minPiece, done);
    // The earliest missing range: what the Transfer's own request asked for.
    m_firstRange = m_plan.claim();
    if (m_firstRange < 0) {
        *error = QStringLiteral("nothing of the part is missing, yet a range was asked");
        return false;
    }
    if (!m_checkpoint.start(error, true) || !m_part.open(m_total, error))
        return false;
    return settle(error); // the prefix already on disk is hashed, in order
}

bool SegmentedBody::checkpoint(QString *error)
{
    return m_done || m_checkpoint.save(m_plan, true, error);
}
