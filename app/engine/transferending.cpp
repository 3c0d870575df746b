// How a Transfer's attempt ends: a body complete and committed (the list's size checked, the
// completed-downloads record written), a failure (the part kept where the next attempt or run
// can continue it), and the reply let go. Kept apart from transfer.cpp, which runs the request.
#include "transfer.h"

#include <QCoreApplication>
#include <QNetworkReply>

#include "errormapping.h"
#include "knownfile.h"

void Transfer::completeBody()
{
    // size= from the list (a Metalink <size>): a body of another length is not the file.
    const qint64 listed = m_spec.extras ? m_spec.extras->size : -1;
    if (listed >= 0 && m_sink.bytes() != listed) {
        fail(ErrorKind::Checksum,
             QCoreApplication::translate("Transfer", "size is %L1 bytes, the list expects %L2")
                 .arg(m_sink.bytes())
                 .arg(listed));
        return;
    }
    QString error;
    bool mismatch = false;
    if (!m_sink.commit(m_total, &error, &mismatch)) {
        const bool shortBody = m_total >= 0 && m_sink.bytes() != m_total;
        fail(ErrorMapping::ofCommitFailure(mismatch, shortBody), error);
        return;
    }
    AttemptResult result;
    result.ok = true;
    result.bytes = m_sink.bytes();
    result.file = m_sink.filePath();
    result.sha256 = QString::fromLatin1(m_sink.sha256Hex());
    result.verified = !m_spec.digests().isEmpty();
    result.segments = rangesFetched();
    KnownFile::record(m_config, m_spec, result, m_etag, m_lastModified);
    complete(std::move(result));
}

void Transfer::abort(ErrorKind kind, const QString &detail)
{
    fail(kind, detail);
}

void Transfer::fail(ErrorKind kind, const QString &detail)
{
    if (m_done)
        return;
    stopSegments(false);
    AttemptResult result;
    result.errorKind = kind;
    result.errorDetail = detail;
    if (m_httpStatus == 0 && m_builder.speaksOnlyHttp2(m_currentUrl))
        result.errorDetail +=
            QCoreApplication::translate("Transfer", " (sent as HTTP/2 with prior knowledge: "
                                                    "does the server speak HTTP/2 without TLS?)");
    result.bytes = m_sink.bytes();
    result.retryAfterMs = m_retryAfterMs;
    dropReply();
    // Bytes worth keeping stay on disk for the next attempt (or the next run) to continue.
    if (m_sink.isOpen() && received() > 0 && m_partResumable && ErrorMapping::keepsPart(kind)) {
        result.keptPart = m_sink.name();
        m_sink.keep();
    } else {
        m_sink.discard();
    }
    complete(std::move(result));
}

void Transfer::complete(AttemptResult result)
{
    m_done = true;
    m_timers.stop();
    dropReply();
    result.id = m_spec.id;
    result.httpStatus = m_httpStatus;
    result.finalUrl = m_currentUrl;
    m_changed = true;
    Q_EMIT finished(result);
}

void Transfer::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    // A reply that already carries an error (an HTTP error status) must not be aborted again;
    // deleting an unfinished reply closes its connection all the same.
    if (!reply->isFinished() && reply->error() == QNetworkReply::NoError)
        reply->abort();
    reply->deleteLater();
}

QString Transfer::scrubbed(const QString &text) const
{
    return ErrorMapping::scrubbed(text, {m_spec.url, m_currentUrl});
}
