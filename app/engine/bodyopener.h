#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include "result.h"

struct AttemptSpec;
class FileSink;
class ResumeNegotiation;

// Where a 2xx reply's body goes: opens the FileSink on the part file a 206 continues (when
// ResumeNegotiation accepts its Content-Range), or on the item's name for a 200 (rewriting a
// part the server would not continue) with the resume sidecar written; or says the whole body
// must be asked for again, or why the body cannot be taken.
class BodyOpener final
{
public:
    // What the reply said that decides where its body goes.
    struct Reply
    {
        int status = 0;
        qint64 length = -1; // Content-Length, -1 when unknown
        QByteArray contentRange;
        QByteArray contentDisposition;
        QByteArray etag;
        QByteArray lastModified;
        QUrl url; // the URL that answered (after redirects)
    };

    enum class Verdict
    {
        Opened,   // the sink is open: take the body
        AskWhole, // the part cannot be continued: forget it and ask again without Range
        Fail,     // kind and detail say why
    };

    struct Opened
    {
        Verdict verdict = Verdict::Fail;
        qint64 total = -1;      // the whole body's size, when known
        bool resumable = false; // a sidecar with a validator guards the part file
        ErrorKind kind = ErrorKind::None;
        QString detail;
    };

    static Opened open(const Reply &reply, const AttemptSpec &spec, ResumeNegotiation *resume,
                       FileSink *sink);

    // The name the item's file gets: the user's own (made safe), else one chosen from the
    // reply's Content-Disposition and URL (empty disposition: from the URL alone).
    static QString nameFor(const AttemptSpec &spec, const QByteArray &contentDisposition,
                           const QUrl &url);
};
