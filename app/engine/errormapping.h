#pragma once

#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

#include "result.h"

// Error mapping for one attempt: what Qt's QNetworkReply::NetworkError, an HTTP status, a cut
// body or a silent timer mean as an ErrorKind and the detail text the user reads, with the
// URL's credentials scrubbed from Qt's own texts; and which kinds keep the part file for a
// resume. Pure functions, no network.
class ErrorMapping final
{
public:
    struct Mapped
    {
        ErrorKind kind = ErrorKind::None;
        QString detail;
    };

    // What a reply that finished before any body was accepted means. `errorString` is Qt's text
    // (already scrubbed), `sslErrors` the joined TLS errors seen, `httpStatus` 0 when none came.
    static Mapped ofReply(QNetworkReply::NetworkError error, const QString &host,
                          const QString &errorString, const QString &sslErrors, int httpStatus);
    // "HTTP 503 Service Unavailable", or "HTTP 503" without a reason phrase.
    static QString statusDetail(int status, const QString &reason);
    // The TLS errors of a handshake, joined for the user.
    static QString sslDetail(const QList<QSslError> &errors);
    // RFC 9112, 6.3: a Content-Length that is not one plain number makes the framing unknown.
    // The detail text for such a raw header value, empty when it is fine (or absent).
    static QString framingError(const QByteArray &rawContentLength);
    // A connection that ended inside the body; `total` -1 when unknown.
    static QString truncatedDetail(qint64 received, qint64 total, const QString &errorString);
    // A body that could not be committed: its digest differed, it was short, or the disk failed.
    static ErrorKind ofCommitFailure(bool checksumMismatch, bool shortBody);

    static QString connectTimeoutDetail(int ms);
    static QString stallDetail(int ms);
    static QString deadlineDetail(int ms, bool isBudget, int attempt);

    // Whether an attempt that failed this way keeps its part file for the next one.
    static bool keepsPart(ErrorKind kind);
    // `text` without the user info ("user:secret@") of any of `urls`, in any encoding.
    static QString scrubbed(const QString &text, const QList<QUrl> &urls);
};
