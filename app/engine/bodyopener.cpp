#include "bodyopener.h"

#include <QCoreApplication>

#include "filename.h"
#include "filesink.h"
#include "resumenegotiation.h"
#include "transfer.h"
#include "urlredactor.h"

namespace {

// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window (QCoreApplication::translate is thread-safe).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BodyOpener)
};

BodyOpener::Opened failed(ErrorKind kind, const QString &detail)
{
    BodyOpener::Opened opened;
    opened.kind = kind;
    opened.detail = detail;
    return opened;
}

} // namespace

BodyOpener::Opened BodyOpener::open(const Reply &reply, const AttemptSpec &spec,
                                    ResumeNegotiation *resume, FileSink *sink)
{
    QString error;
    Opened opened;
    if (reply.status == 206) {
        const ResumeNegotiation::Answer answer =
            resume->judgePartial(reply.contentRange, reply.length);
        if (answer.verdict == ResumeNegotiation::Verdict::NotAsked)
            return failed(ErrorKind::Http, Text::tr("HTTP 206 for a request without Range"));
        if (answer.verdict != ResumeNegotiation::Verdict::Append ||
            (resume->isRanged() && !resume->sameEntity(reply.etag, reply.lastModified))) {
            opened.verdict = Verdict::AskWhole; // appending anything else would corrupt the file
            return opened;
        }
        // A part written in ranges is taken as it is: its ranges go on (SegmentedBody).
        if (!(resume->isRanged() ? sink->openRanged(resume->name(), &error)
                                 : sink->openExisting(resume->name(), false, &error)))
            return failed(ErrorKind::Disk, error);
        opened.verdict = Verdict::Opened;
        opened.total = answer.total;
        opened.resumable = true;
        return opened;
    }

    // A 200: a fresh download, or the server ignored our Range / the file changed since.
    const bool reuse = resume->isActive();
    const QString name =
        reuse ? resume->name() : nameFor(spec, reply.contentDisposition, reply.url);
    if (!(reuse ? sink->openExisting(name, true, &error) : sink->open(name, &error)))
        return failed(ErrorKind::Disk, error);
    resume->rewriteFromStart();
    opened.total = reply.length;
    const std::optional<FileSink::PartMeta> meta =
        ResumeNegotiation::sidecarFor(spec.shownUrl, reply.etag, reply.lastModified, opened.total,
                                      UrlRedactor::redacted(spec.url));
    if (meta) {
        if (!sink->writeMeta(*meta, &error))
            return failed(ErrorKind::Disk, error);
        opened.resumable = true;
    }
    opened.verdict = Verdict::Opened;
    return opened;
}

QString BodyOpener::nameFor(const AttemptSpec &spec, const QByteArray &contentDisposition,
                            const QUrl &url)
{
    return spec.wantedName.isEmpty() ? FileName::choose(contentDisposition, url)
                                     : FileName::sanitized(spec.wantedName);
}
