#include "segmenteligibility.h"

#include "resumenegotiation.h"

bool SegmentEligibility::acceptsBytes(const QByteArray &acceptRanges)
{
    for (const QByteArray &unit : acceptRanges.split(',')) {
        if (unit.trimmed().compare("bytes", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool SegmentEligibility::judge(const Answer &answer, int segmentLimit, qint64 minBytes)
{
    if (segmentLimit <= 1 || answer.total < 0 || answer.total < minBytes)
        return false;
    if (ResumeNegotiation::strongEtag(answer.etag).isEmpty() &&
        answer.lastModified.trimmed().isEmpty())
        return false;
    if (answer.status == 200)
        return acceptsBytes(answer.acceptRanges);
    if (answer.status != 206)
        return false;
    // A 206 shows ranges work when it is exactly what was asked: the rest, of the same total.
    const auto range = ResumeNegotiation::parseContentRange(answer.contentRange);
    return range && range->first == answer.askedFrom && range->last == answer.total - 1 &&
           range->total == answer.total;
}
