#include "transfer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include "bodyopener.h"
#include "errormapping.h"
#include "knownfile.h"
#include "retrypolicy.h"
#include "segmentedbody.h"
#include "subfolder.h"
#include "urlredactor.h"

Transfer::Transfer(QNetworkAccessManager *nam, NameReservations *names,
                   const TransferConfig &config, AttemptSpec spec, QByteArray *readBuffer,
                   QObject *parent)
    : QObject(parent), m_nam(nam), m_config(config), m_spec(std::move(spec)),
      m_readBuffer(readBuffer), m_dir(m_spec.folderIn(config.outputDir)),
      m_builder(config, m_spec.url, m_spec.onlyItemOfOrigin,
                m_spec.extras ? &m_spec.extras->headers : nullptr),
      m_sink(names, m_dir, config.checkOnly),
      m_timers(config.connectTimeoutMs, config.stallTimeoutMs, this),
      m_gate(config.bandwidth, m_spec.itemRateBytes, this)
{
    connect(&m_gate, &RateGate::opened, this, &Transfer::readAgain);
    connect(&m_timers, &AttemptTimers::expired, this, &Transfer::fail);
    m_sink.expect(m_spec.digests());
}

Transfer::~Transfer()
{
    dropReply();
}

void Transfer::start()
{
    m_redirects = RedirectChain(m_spec.url);
    m_timers.startDeadline(m_config.attemptTimeoutMs, m_spec.budgetLeftMs, m_spec.attempt);
    QString error;
    // dir=: made when missing, and checked again now that it is written to (symbolic links).
    if (!m_spec.subFolder().isEmpty() && !m_config.checkOnly &&
        SubFolder::make(m_config.outputDir, m_spec.subFolder(), &error).isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, error] { fail(ErrorKind::Disk, error); }, Qt::QueuedConnection);
        return;
    }
    m_known = std::make_unique<KnownFile>(m_config, m_spec, m_dir);
    if (const auto skipped = m_known->skipped()) {
        m_currentUrl = m_spec.url;
        QMetaObject::invokeMethod(
            this, [this, result = *skipped] { complete(result); }, Qt::QueuedConnection);
        return;
    }
    if (!m_known->updating()) // an update asks for the whole new body, never a Range
        findResumablePart();
    sendRequest(m_spec.url);
}

void Transfer::findResumablePart()
{
    if (m_config.checkOnly)
        return;
    // The part an earlier attempt kept; else, on a re-run of the same list, the part of the name
    // this URL would get, when its sidecar says it came from this very URL.
    QString name = m_spec.resumeName;
    if (name.isEmpty())
        name = BodyOpener::nameFor(m_spec, {}, m_spec.url);
    m_resume.lookFor(m_dir, name, m_spec.shownUrl, !m_spec.resumeName.isEmpty());
    m_resume.aimAt(UrlRedactor::redacted(m_spec.url));
}

void Transfer::restartWithoutRange()
{
    // The part file cannot be continued: forget it and ask for the whole body.
    m_resume.forget(m_dir);
    dropReply();
    m_httpStatus = 0;
    sendRequest(m_currentUrl);
}

void Transfer::sendRequest(const QUrl &url)
{
    m_currentUrl = url;
    RequestBuilder::Resume resume;
    if (m_resume.isActive())
        resume = {m_resume.rangeHeader(), m_resume.ifRangeHeader()};
    QNetworkRequest request = m_builder.request(url, m_http1ForBody, resume);
    m_known->addConditions(&request);
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    m_builder.prepare(reply);
    // Receiver `this`, so dropReply() cuts it off with the rest.
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_timers.connected(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &Transfer::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &Transfer::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Transfer::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = ErrorMapping::sslDetail(errors);
    });

    m_timers.connecting();
}

void Transfer::onMetaData()
{
    if (m_done || m_bodyAccepted || !m_errorStatusDetail.isEmpty() ||
        m_rangeNotSatisfiableTotal != noRange416 || !m_reply)
        return;
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return;
    m_timers.connected();
    m_httpStatus = statusAttribute.toInt();
    m_changed = true;

    if (m_httpStatus >= 200 && m_httpStatus <= 299 && !m_http1ForBody && !m_config.checkOnly &&
        m_builder.wantsHttp1For(*m_reply)) {
        // Ask again over HTTP/1.1 before a byte of the body is taken (the stream is reset; the
        // connection and the other streams on it go on). Same attempt, same Range if resuming.
        m_http1ForBody = true;
        dropReply();
        m_httpStatus = 0;
        sendRequest(m_currentUrl);
        return;
    }

    if (RedirectChain::isRedirect(m_httpStatus)) {
        followRedirect(m_reply->rawHeader("Location"));
        return;
    }
    if (m_httpStatus == 416 && m_resume.isActive()) {
        // Nothing after our bytes. Decided once the (small) reply has finished, so Qt's own
        // error for the status is not followed by an abort of ours.
        m_rangeNotSatisfiableTotal =
            ResumeNegotiation::unsatisfiableTotal(m_reply->rawHeader("Content-Range"));
        return;
    }
    if (m_httpStatus == 304 && m_known->updating()) {
        m_notModified = true; // the file is current: ended when the (empty) reply is
        return;
    }
    if (m_httpStatus < 200 || m_httpStatus > 299) {
        m_retryAfterMs = RetryPolicy::parseRetryAfter(m_reply->rawHeader("Retry-After"),
                                                      QDateTime::currentDateTimeUtc());
        const QString reason =
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
        m_errorStatusDetail = ErrorMapping::statusDetail(m_httpStatus, reason);
        // A small error page is read to its end and dropped, so the connection stays usable
        // for the next request; a large one is cut off.
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxDiscardedBytes)
            fail(ErrorKind::Http, m_errorStatusDetail);
        return;
    }

    acceptBody();
}

bool Transfer::acceptBody()
{
    const QString framing = ErrorMapping::framingError(m_reply->rawHeader("Content-Length"));
    if (!framing.isEmpty()) {
        fail(ErrorKind::Http, framing);
        return false;
    }
    BodyOpener::Reply reply;
    reply.status = m_httpStatus;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    reply.length = length.isValid() ? length.toLongLong() : -1;
    reply.contentRange = m_reply->rawHeader("Content-Range");
    reply.contentDisposition = m_reply->rawHeader("Content-Disposition");
    reply.etag = m_reply->rawHeader("ETag");
    reply.lastModified = m_reply->rawHeader("Last-Modified");
    reply.url = m_currentUrl;
    const BodyOpener::Opened opened = BodyOpener::open(reply, m_spec, &m_resume, &m_sink);
    switch (opened.verdict) {
    case BodyOpener::Verdict::Fail:
        fail(opened.kind, opened.detail);
        return false;
    case BodyOpener::Verdict::AskWhole:
        restartWithoutRange();
        return false;
    case BodyOpener::Verdict::Opened:
        break;
    }
    m_total = opened.total;
    m_partResumable = opened.resumable;
    m_etag = reply.etag;
    m_lastModified = reply.lastModified;
    if (m_known->updating())
        m_sink.replaceOnCommit(m_known->guard());
    m_bodyAccepted = true;
    m_carried = m_sink.bytes();
    m_probe.reset(); // --segments auto times this body from its first report on
    judgeSegmentable(m_reply->rawHeader("Accept-Ranges"));
    return true;
}

void Transfer::onReadyRead()
{
    if (m_done || m_paused || !m_reply)
        return;
    if (!m_errorStatusDetail.isEmpty() || m_notModified ||
        m_rangeNotSatisfiableTotal != noRange416) {
        m_discarded += m_reply->skip(m_reply->bytesAvailable());
        if (m_discarded > maxDiscardedBytes)
            fail(ErrorKind::Http, m_errorStatusDetail);
        return;
    }
    if (!m_bodyAccepted) {
        onMetaData();
        if (m_done || !m_bodyAccepted)
            return;
    }
    if (drain())
        m_timers.touch();
}

bool Transfer::drain()
{
    char *buffer = m_readBuffer->data();
    const qint64 capacity = m_readBuffer->size();
    bool any = false;
    for (;;) {
        qint64 wanted = std::min(capacity, m_reply->bytesAvailable());
        if (wanted <= 0)
            break;
        // Read only what the item's cap and the batch's rate grant (see RateGate).
        wanted = m_gate.grant(wanted);
        if (wanted <= 0)
            break;
        const qint64 n = m_reply->read(buffer, wanted);
        if (n <= 0)
            break;
        any = true;
        if (m_segments) {
            if (!drainSegmented(buffer, n))
                return !m_done; // range 0 is done (the first request was cut), or failed
            continue;
        }
        QString error;
        if (!m_sink.write(buffer, n, &error)) {
            fail(ErrorKind::Disk, error);
            return false;
        }
    }
    if (any)
        m_changed = true;
    return true;
}

void Transfer::onFinished()
{
    if (m_done || !m_reply)
        return;
    if (m_paused) {
        // Paused means nothing completes: finish when resumed.
        m_finishPending = true;
        return;
    }
    if (m_segments) { // the first request of a body in ranges: it ends, the ranges go on
        finishFirstRange();
        return;
    }
    if (m_bodyAccepted) {
        drain();
        if (m_done)
            return;
        if (m_reply->bytesAvailable() > 0) {
            // Throttled by --limit-rate: finish once the rest has been read at the rate.
            m_finishPending = true;
            return;
        }
    }
    if (!m_bodyAccepted && m_reply->error() == QNetworkReply::NoError) {
        onMetaData();
        if (m_done)
            return;
    }
    if (!m_errorStatusDetail.isEmpty()) {
        fail(ErrorKind::Http, m_errorStatusDetail);
        return;
    }
    if (m_notModified) {
        complete(m_known->notModified());
        return;
    }
    if (m_rangeNotSatisfiableTotal != noRange416) {
        const qint64 total = std::exchange(m_rangeNotSatisfiableTotal, noRange416);
        if (m_resume.judgeUnsatisfiable(total) != ResumeNegotiation::Verdict::Whole) {
            restartWithoutRange();
            return;
        }
        dropReply();
        QString error;
        if (!m_sink.openExisting(m_resume.name(), false, &error)) {
            fail(ErrorKind::Disk, error);
            return;
        }
        m_total = total;
        m_bodyAccepted = true;
        completeBody();
        return;
    }
    const QNetworkReply::NetworkError error = m_reply->error();

    if (m_bodyAccepted) { // drained above
        if (error != QNetworkReply::NoError) {
            fail(ErrorKind::Truncated,
                 ErrorMapping::truncatedDetail(m_sink.bytes(), m_total,
                                               scrubbed(m_reply->errorString())));
            return;
        }
        completeBody();
        return;
    }

    const ErrorMapping::Mapped mapped = ErrorMapping::ofReply(
        error, m_currentUrl.host(), scrubbed(m_reply->errorString()), m_sslErrors, m_httpStatus);
    fail(mapped.kind, mapped.detail);
}

bool Transfer::followRedirect(const QByteArray &location)
{
    const RedirectChain::Hop hop = m_redirects.follow(m_currentUrl, m_httpStatus, location);
    if (!hop.refusal.isEmpty()) {
        fail(ErrorKind::Redirect, hop.refusal);
        return false;
    }
    dropReply();
    m_httpStatus = 0;
    sendRequest(hop.next);
    return true;
}
