#include "segmentplan.h"

#include <algorithm>

SegmentPlan::SegmentPlan(qint64 total, qint64 minPiece)
    : m_total(std::max<qint64>(0, total)), m_minPiece(std::max<qint64>(1, minPiece))
{
    m_ranges.push_back(Range{0, m_total, 0, true});
}

SegmentPlan SegmentPlan::resumed(qint64 total, qint64 minPiece, const QList<Done> &done)
{
    SegmentPlan plan(total, minPiece);
    plan.m_ranges.clear();
    qint64 at = 0;
    for (const Done &d : done) {
        if (d.first > at)
            plan.m_ranges.push_back(Range{at, d.first, 0, false});
        plan.m_ranges.push_back(Range{d.first, d.last + 1, d.last + 1 - d.first, false});
        at = d.last + 1;
    }
    if (at < plan.m_total || plan.m_ranges.empty())
        plan.m_ranges.push_back(Range{at, plan.m_total, 0, false});
    return plan;
}

std::vector<int> SegmentPlan::sortedIds() const
{
    std::vector<int> ids(m_ranges.size());
    for (size_t i = 0; i < ids.size(); ++i)
        ids[i] = int(i);
    std::sort(ids.begin(), ids.end(), [this](int a, int b) {
        return m_ranges[size_t(a)].start < m_ranges[size_t(b)].start;
    });
    return ids;
}

bool SegmentPlan::hasUnclaimed() const
{
    return std::any_of(m_ranges.begin(), m_ranges.end(),
                       [](const Range &r) { return !r.busy && !r.finished(); });
}

int SegmentPlan::claim()
{
    // A missing range no one fills, the earliest first: the prefix grows soonest.
    for (const int id : sortedIds()) {
        Range &r = m_ranges[size_t(id)];
        if (!r.busy && !r.finished()) {
            r.busy = true;
            return id;
        }
    }
    // Else the second half of the largest rest being filled, when both halves are worth it.
    int largest = -1;
    qint64 largestRest = 0;
    for (size_t i = 0; i < m_ranges.size(); ++i) {
        const Range &r = m_ranges[i];
        const qint64 rest = r.end - r.next();
        if (r.busy && rest > largestRest) {
            largest = int(i);
            largestRest = rest;
        }
    }
    if (largest < 0 || largestRest < 2 * m_minPiece)
        return -1;
    Range &r = m_ranges[size_t(largest)];
    const qint64 middle = r.next() + largestRest / 2;
    const qint64 end = r.end;
    r.end = middle;
    m_ranges.push_back(Range{middle, end, 0, true});
    return int(m_ranges.size()) - 1;
}

void SegmentPlan::advance(int id, qint64 bytes)
{
    Range &r = m_ranges.at(size_t(id));
    r.done = std::min(r.length(), r.done + std::max<qint64>(0, bytes));
}

void SegmentPlan::release(int id)
{
    m_ranges.at(size_t(id)).busy = false;
}

qint64 SegmentPlan::prefix() const
{
    qint64 at = 0;
    for (const int id : sortedIds()) {
        const Range &r = m_ranges[size_t(id)];
        if (r.start != at)
            break;
        at = r.next();
        if (!r.finished())
            break;
    }
    return at;
}

qint64 SegmentPlan::doneBytes() const
{
    qint64 sum = 0;
    for (const Range &r : m_ranges)
        sum += r.done;
    return sum;
}

int SegmentPlan::busyCount() const
{
    return int(
        std::count_if(m_ranges.begin(), m_ranges.end(), [](const Range &r) { return r.busy; }));
}

QList<SegmentPlan::Done> SegmentPlan::done() const
{
    QList<Done> merged;
    for (const int id : sortedIds()) {
        const Range &r = m_ranges[size_t(id)];
        if (r.done <= 0)
            continue;
        if (!merged.isEmpty() && merged.last().last + 1 == r.start)
            merged.last().last = r.next() - 1;
        else
            merged.append(Done{r.start, r.next() - 1});
    }
    return merged;
}

QByteArray SegmentPlan::doneText() const
{
    QByteArray text;
    for (const Done &d : done()) {
        if (!text.isEmpty())
            text += ',';
        text += QByteArray::number(d.first) + '-' + QByteArray::number(d.last);
    }
    return text;
}

std::optional<QList<SegmentPlan::Done>> SegmentPlan::parseDone(const QByteArray &text, qint64 total)
{
    QList<Done> done;
    if (text.isEmpty())
        return done;
    qint64 after = 0; // the next range must start here or later
    for (const QByteArray &part : text.split(',')) {
        const qsizetype dash = part.indexOf('-');
        bool okFirst = false;
        bool okLast = false;
        const qint64 first = part.left(dash).toLongLong(&okFirst);
        const qint64 last = part.mid(dash + 1).toLongLong(&okLast);
        if (dash <= 0 || !okFirst || !okLast || first < after || last < first || last >= total)
            return std::nullopt;
        done.append(Done{first, last});
        after = last + 1;
    }
    return done;
}
