#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

#include "filesink.h"
#include "segmentplan.h"

// Resume negotiation for one attempt: which part file (and its .part.meta) lets a request
// continue with Range and If-Range, and what the server's answer means for that part: a 206
// whose Content-Range starts where the part ends is appended, any other 206 restarts, a 416
// naming exactly the part's size means the part is whole, a 200 rewrites the part from its
// start. Files only, no network: the verdicts are pure functions of the headers.
class ResumeNegotiation final
{
public:
    static constexpr qint64 minResumableBytes = 64 * 1024; // smaller bodies restart instead

    // "bytes 100-199/1000", "bytes 100-199/*" or "bytes */1000".
    struct ContentRange
    {
        qint64 first = -1; // -1 for "bytes */total"
        qint64 last = -1;
        qint64 total = -1; // -1 for "*"
    };

    enum class Verdict
    {
        Append,   // continue the part from its end
        Restart,  // the part cannot be continued: forget it and ask for the whole body
        NotAsked, // a 206 answered a request without Range
        Whole,    // a 416 for the part's exact size: the part is the whole resource
    };

    struct Answer
    {
        Verdict verdict = Verdict::Restart;
        qint64 total = -1; // the whole resource's size, when known
    };

    ResumeNegotiation() = default;
    ResumeNegotiation(QString name, qint64 from, QByteArray validator);

    static std::optional<ContentRange> parseContentRange(const QByteArray &value);
    // Only a strong ETag can guard a Range request (RFC 9110, 13.1.5).
    static QByteArray strongEtag(const QByteArray &etag);

    // Takes "<name>.part" in `dir` when its size is above zero and its sidecar has a validator
    // and says it came from `redactedUrl` (the item's own URL); a part an earlier attempt of the
    // same item kept (`ownPart`) is taken whatever URL its sidecar names (a changed URL).
    // Else leaves this inactive.
    // A part written in ranges (a "fanout-part 2" sidecar with ranges done and a total) is
    // continued with its first missing range (`bytes=a-b`; `bytes=total-` when none is
    // missing, which a 416 then finds whole; `bytes=0-<total-1>` when none is done yet).
    void lookFor(const QString &dir, const QString &name, const QString &redactedUrl,
                 bool ownPart = false);
    // The URL this attempt asks. When it is not the one that served the part (a mirror, a
    // changed URL), a 206 is appended only if it also names the part's recorded total size:
    // If-Range alone compares validators that two servers may share by chance.
    void aimAt(const QString &redactedUrl);
    bool isActive() const { return m_from > 0 || m_ranged; }
    // A part written in ranges: its ranges done (on disk, as its sidecar lists them).
    bool isRanged() const { return m_ranged; }
    const QList<SegmentPlan::Done> &doneRanges() const { return m_done; }
    const QString &name() const { return m_name; }
    qint64 from() const { return m_from; }
    QByteArray rangeHeader() const; // "bytes=<from>-", ranged: "bytes=<from>-<last>"
    const QByteArray &ifRangeHeader() const { return m_validator; }

    // A 206 with this Content-Range and body length (-1 when unknown). Ranged: appended only
    // when it is exactly the asked range of the recorded total.
    Answer judgePartial(const QByteArray &contentRange, qint64 bodyLength) const;
    // Whether a 206's validators are the part's (a ranged part is continued only then, even
    // from a server that ignores If-Range).
    bool sameEntity(const QByteArray &etag, const QByteArray &lastModified) const;
    // A 416's Content-Range: the resource's size it names, or -1.
    static qint64 unsatisfiableTotal(const QByteArray &contentRange);
    // A 416 that named `total` (-1 when it named none).
    Verdict judgeUnsatisfiable(qint64 total) const;

    // A 200 came: the part, if any, is written again from its start under the same name.
    void rewriteFromStart()
    {
        m_from = 0;
        m_ranged = false;
        m_done.clear();
    }
    // Deletes the part file and its sidecar in `dir`, and forgets them.
    void forget(const QString &dir);

    // The sidecar for a fresh body of `total` bytes (-1: unknown), or none when the answer has
    // no validator or the body is fetched again faster than it is resumed.
    // `servedBy`: the URL asked, when it is a mirror of `redactedUrl`.
    static std::optional<FileSink::PartMeta> sidecarFor(const QString &redactedUrl,
                                                        const QByteArray &etag,
                                                        const QByteArray &lastModified,
                                                        qint64 total, const QString &servedBy = {});

private:
    void lookForRanged(const QString &name, const FileSink::PartMeta &meta);

    QString m_name; // the part file's name (without ".part")
    qint64 m_from = 0;
    QByteArray m_validator; // the strong ETag, else the Last-Modified, for If-Range
    QString m_servedBy;     // the URL the part's bytes came from
    qint64 m_total = -1;    // the whole resource's size, as the sidecar recorded it
    bool m_crossServer = false;
    bool m_ranged = false;
    QList<SegmentPlan::Done> m_done;
    qint64 m_rangeLast = -1; // ranged: the asked range's last byte; -1: none missing
};
