#pragma once

#include <QByteArray>

// Whether a body may be fetched as several ranges at all, judged from the answer that opened
// it (issue 17): ranges asked for (a limit above 1), a body of at least the minimum size, a
// server that has shown it honours ranges (`Accept-Ranges: bytes`, or a 206 whose
// Content-Range is exactly the rest that was asked for, of the same total), and a strong
// validator (a strong ETag or a Last-Modified) for If-Range. Pure: headers in, verdict out.
class SegmentEligibility final
{
public:
    struct Answer
    {
        int status = 0;
        qint64 total = -1;    // the whole resource's size; -1 when unknown
        qint64 askedFrom = 0; // the first byte the request asked for (0 without Range)
        QByteArray acceptRanges;
        QByteArray contentRange;
        QByteArray etag;
        QByteArray lastModified;
    };

    static bool judge(const Answer &answer, int segmentLimit, qint64 minBytes);
    // `Accept-Ranges` names the bytes unit (a comma-separated list, any case; "none" is none).
    static bool acceptsBytes(const QByteArray &acceptRanges);
};
