#include "transfer.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>

#include <chrono>

#include "bandwidthlimiter.h"
#include "completedindex.h"
#include "filename.h"
#include "retrypolicy.h"
#include "sha256.h"
#include "urllist.h"

namespace {

// Bodies at least this large are fetched over HTTP/1.1 even where HTTP/2 is offered: Qt 6.4's
// HTTP/2 ignores the reply's read-buffer limit and acknowledges data as soon as its own thread
// has it, so a body that arrives faster than it is hashed and written piles up in memory (142 MiB
// peak for 4 x 64 MiB). Over HTTP/1.1 the bounded read buffer stops reading the socket instead.
constexpr qint64 kHttp1BodyBytes = 16 * 1024 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isWebScheme(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 6) + QStringLiteral(" s");
}

QUrl withoutFragment(QUrl url)
{
    url.setFragment(QString());
    return url;
}

// Only a strong ETag can guard a Range request (RFC 9110, 13.1.5).
QByteArray strongEtag(const QByteArray &etag)
{
    const QByteArray trimmed = etag.trimmed();
    return trimmed.startsWith('"') ? trimmed : QByteArray();
}

struct ContentRange
{
    qint64 first = -1; // -1 for "bytes */total"
    qint64 last = -1;
    qint64 total = -1; // -1 for "*"
};

// "bytes 100-199/1000", "bytes 100-199/*" or "bytes */1000".
std::optional<ContentRange> parseContentRange(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (!text.startsWith("bytes "))
        return std::nullopt;
    const QList<QByteArray> parts = text.mid(6).trimmed().split('/');
    if (parts.size() != 2)
        return std::nullopt;
    ContentRange range;
    bool ok = true;
    if (parts[1] != "*") {
        range.total = parts[1].toLongLong(&ok);
        if (!ok || range.total < 0)
            return std::nullopt;
    }
    if (parts[0] == "*")
        return range;
    const QList<QByteArray> bounds = parts[0].split('-');
    if (bounds.size() != 2)
        return std::nullopt;
    bool okFirst = false, okLast = false;
    range.first = bounds[0].toLongLong(&okFirst);
    range.last = bounds[1].toLongLong(&okLast);
    if (!okFirst || !okLast || range.first < 0 || range.last < range.first)
        return std::nullopt;
    return range;
}

bool keepsPartOn(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Truncated:
    case ErrorKind::Stall:
    case ErrorKind::Timeout:
    case ErrorKind::Connect:
    case ErrorKind::Disk:
    case ErrorKind::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace

Transfer::Transfer(QNetworkAccessManager *nam, NameReservations *names,
                   const TransferConfig &config, AttemptSpec spec, QByteArray *readBuffer,
                   QObject *parent)
    : QObject(parent), m_nam(nam), m_config(config), m_spec(std::move(spec)),
      m_readBuffer(readBuffer), m_sink(names, config.outputDir, config.checkOnly),
      m_connectTimer(this), m_stallTimer(this), m_deadlineTimer(this), m_throttleTimer(this)
{
    for (QTimer *timer : {&m_connectTimer, &m_stallTimer, &m_deadlineTimer, &m_throttleTimer})
        timer->setSingleShot(true);
    m_throttleTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_throttleTimer, &QTimer::timeout, this, [this] {
        onReadyRead();
        if (m_finishPending && !m_done && !m_paused)
            onFinished();
    });
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(ErrorKind::Timeout,
             QStringLiteral("no connection within %1").arg(seconds(m_config.connectTimeoutMs)));
    });
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        fail(ErrorKind::Stall,
             QStringLiteral("no data received for %1").arg(seconds(m_config.stallTimeoutMs)));
    });
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        fail(ErrorKind::Timeout,
             m_deadlineIsBudget
                 ? QStringLiteral("item budget used up during attempt %1").arg(m_spec.attempt)
                 : QStringLiteral("attempt not finished within %1").arg(seconds(m_deadlineMs)));
    });
}

Transfer::~Transfer()
{
    dropReply();
}

void Transfer::start()
{
    m_visited.insert(withoutFragment(m_spec.url));
    if (m_spec.itemRateBytes > 0)
        m_itemLimiter = std::make_unique<BandwidthLimiter>(m_spec.itemRateBytes);
    m_deadlineMs = m_config.attemptTimeoutMs;
    if (m_spec.budgetLeftMs > 0 && (m_deadlineMs == 0 || m_spec.budgetLeftMs < m_deadlineMs)) {
        m_deadlineMs = m_spec.budgetLeftMs;
        m_deadlineIsBudget = true;
    }
    if (m_deadlineMs > 0)
        m_deadlineTimer.start(m_deadlineMs);
    if (skipIfComplete())
        return;
    findResumablePart();
    sendRequest(m_spec.url);
}

bool Transfer::skipIfComplete()
{
    if (!m_config.completed || m_config.checkOnly)
        return false;
    const QString url = UrlList::redacted(m_spec.url);
    const auto entry = m_config.completed->find(m_config.outputDir, url);
    if (!entry)
        return false;
    // Verified, not trusted: the bytes on disk must still hash to what was downloaded.
    const QByteArray sha = Sha256::ofFile(entry->path);
    if (sha.isEmpty() || sha != entry->sha256 ||
        (!m_spec.expectedSha256.isEmpty() && sha != m_spec.expectedSha256))
        return false;
    AttemptResult result;
    result.ok = true;
    result.skipped = true;
    result.bytes = entry->size;
    result.file = entry->path;
    result.sha256 = QString::fromLatin1(sha);
    m_currentUrl = m_spec.url;
    QMetaObject::invokeMethod(
        this, [this, result] { complete(result); }, Qt::QueuedConnection);
    return true;
}

void Transfer::recordCompleted(const AttemptResult &result)
{
    if (!m_config.completed || result.file.isEmpty())
        return;
    const QFileInfo info(result.file);
    m_config.completed->record({result.file, UrlList::redacted(m_spec.url), info.size(),
                                info.lastModified().toMSecsSinceEpoch(), result.sha256.toLatin1()});
}

void Transfer::findResumablePart()
{
    if (m_config.checkOnly)
        return;
    // The part an earlier attempt kept; else, on a re-run of the same list, the part of the name
    // this URL would get, when its sidecar says it came from this very URL.
    QString name = m_spec.resumeName;
    if (name.isEmpty())
        name = m_spec.wantedName.isEmpty() ? FileName::choose({}, m_spec.url)
                                           : FileName::sanitized(m_spec.wantedName);
    const QString part = FileSink::partPathOf(m_config.outputDir, name);
    const qint64 size = QFileInfo(part).size(); // first: most downloads have no part to look at
    if (size <= 0)
        return;
    const std::optional<FileSink::PartMeta> meta = FileSink::readMeta(part);
    if (!meta || !meta->canResume() || meta->url != UrlList::redacted(m_spec.url))
        return;
    m_resumeName = name;
    m_resumeFrom = size;
    m_resumeValidator = meta->etag.isEmpty() ? meta->lastModified : meta->etag;
}

void Transfer::restartWithoutRange()
{
    // The part file cannot be continued: forget it and ask for the whole body.
    QFile::remove(FileSink::partPathOf(m_config.outputDir, m_resumeName));
    QFile::remove(FileSink::partPathOf(m_config.outputDir, m_resumeName) + QStringLiteral(".meta"));
    m_resumeName.clear();
    m_resumeFrom = 0;
    m_resumeValidator.clear();
    dropReply();
    m_httpStatus = 0;
    sendRequest(m_currentUrl);
}

void Transfer::sendRequest(const QUrl &url)
{
    m_currentUrl = url;
    QNetworkRequest request(url);
    // Byte counts and saved files must be what the server holds, not a decoded variant.
    request.setRawHeader("Accept-Encoding", "identity");
    applyHeaders(request, url);
    if (m_config.http1Only || m_http1ForBody)
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_config.ssl);
    if (m_resumeFrom > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_resumeFrom) + '-');
        request.setRawHeader("If-Range", m_resumeValidator);
    }

    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    reply->setReadBufferSize(m_config.readBufferBytes);
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_connectTimer.stop();
        touch();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &Transfer::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &Transfer::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Transfer::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_sslErrors = texts.join(QStringLiteral("; "));
    });

    if (m_config.connectTimeoutMs > 0)
        m_connectTimer.start(m_config.connectTimeoutMs);
    touch();
}

void Transfer::applyHeaders(QNetworkRequest &request, const QUrl &url) const
{
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      m_config.userAgent.isEmpty() ? QByteArrayLiteral("Fanout/" FANOUT_VERSION)
                                                   : m_config.userAgent);
    // Headers that carry credentials go to the host the user named, never to one a redirect
    // leads to.
    const bool sameHost = url.host().compare(m_spec.url.host(), Qt::CaseInsensitive) == 0;
    auto apply = [&](const QByteArray &name, const QByteArray &value) {
        const QByteArray lower = name.toLower();
        if (!sameHost &&
            (lower == "authorization" || lower == "cookie" || lower == "proxy-authorization"))
            return;
        if (lower == "user-agent")
            request.setHeader(QNetworkRequest::UserAgentHeader, value);
        else
            request.setRawHeader(name, value);
    };
    for (const auto &[name, value] : m_config.headers)
        apply(name, value);
    for (const auto &[host, header] : m_config.hostHeaders) {
        if (host.compare(url.host(), Qt::CaseInsensitive) == 0)
            apply(header.first, header.second);
    }
}

void Transfer::touch()
{
    if (m_config.stallTimeoutMs > 0 && !m_paused)
        m_stallTimer.start(m_config.stallTimeoutMs);
}

void Transfer::onMetaData()
{
    if (m_done || m_bodyAccepted || !m_errorStatusDetail.isEmpty() ||
        m_rangeNotSatisfiableTotal != noRange416 || !m_reply)
        return;
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return;
    m_connectTimer.stop();
    touch();
    m_httpStatus = statusAttribute.toInt();
    m_changed = true;

    if (m_httpStatus >= 200 && m_httpStatus <= 299 && !m_http1ForBody && !m_config.checkOnly &&
        m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() &&
        m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() >= kHttp1BodyBytes) {
        // Ask again over HTTP/1.1 before a byte of the body is taken (the stream is reset; the
        // connection and the other streams on it go on). Same attempt, same Range if resuming.
        m_http1ForBody = true;
        dropReply();
        m_httpStatus = 0;
        sendRequest(m_currentUrl);
        return;
    }

    if (isRedirect(m_httpStatus)) {
        const QByteArray location = m_reply->rawHeader("Location");
        if (location.isEmpty()) {
            fail(ErrorKind::Redirect,
                 QStringLiteral("HTTP %1 without a Location header").arg(m_httpStatus));
            return;
        }
        const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location.trimmed()));
        followRedirect(target);
        return;
    }
    if (m_httpStatus == 416 && m_resumeFrom > 0) {
        // Nothing after our bytes. Decided once the (small) reply has finished, so Qt's own
        // error for the status is not followed by an abort of ours.
        const auto range = parseContentRange(m_reply->rawHeader("Content-Range"));
        m_rangeNotSatisfiableTotal = range ? range->total : -1;
        return;
    }
    if (m_httpStatus < 200 || m_httpStatus > 299) {
        m_retryAfterMs = RetryPolicy::parseRetryAfter(m_reply->rawHeader("Retry-After"),
                                                      QDateTime::currentDateTimeUtc());
        const QString reason =
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
        m_errorStatusDetail = reason.isEmpty()
                                  ? QStringLiteral("HTTP %1").arg(m_httpStatus)
                                  : QStringLiteral("HTTP %1 %2").arg(m_httpStatus).arg(reason);
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
    // RFC 9112, 6.3: a Content-Length that is not one plain number makes the framing unknown.
    const QByteArray rawLength = m_reply->rawHeader("Content-Length").trimmed();
    if (!rawLength.isEmpty() && !std::all_of(rawLength.cbegin(), rawLength.cend(),
                                             [](char c) { return c >= '0' && c <= '9'; })) {
        fail(ErrorKind::Http, QStringLiteral("invalid Content-Length '%1'")
                                  .arg(QString::fromLatin1(rawLength.left(40))));
        return false;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 bodyLength = length.isValid() ? length.toLongLong() : -1;
    QString error;
    if (m_httpStatus == 206) {
        const auto range = parseContentRange(m_reply->rawHeader("Content-Range"));
        if (m_resumeFrom <= 0) {
            fail(ErrorKind::Http, QStringLiteral("HTTP 206 for a request without Range"));
            return false;
        }
        if (!range || range->first != m_resumeFrom) {
            restartWithoutRange(); // appending anything else would corrupt the file
            return false;
        }
        if (!m_sink.openExisting(m_resumeName, false, &error)) {
            fail(ErrorKind::Disk, error);
            return false;
        }
        m_total =
            range->total >= 0 ? range->total : (bodyLength >= 0 ? m_resumeFrom + bodyLength : -1);
        m_partResumable = true;
        m_bodyAccepted = true;
        return true;
    }

    // A 200: a fresh download, or the server ignored our Range / the file changed since.
    const bool reuse = m_resumeFrom > 0;
    const QString name =
        reuse ? m_resumeName
        : m_spec.wantedName.isEmpty()
            ? FileName::choose(m_reply->rawHeader("Content-Disposition"), m_currentUrl)
            : FileName::sanitized(m_spec.wantedName);
    if (!(reuse ? m_sink.openExisting(name, true, &error) : m_sink.open(name, &error))) {
        fail(ErrorKind::Disk, error);
        return false;
    }
    m_resumeFrom = 0;
    m_total = bodyLength;
    FileSink::PartMeta meta;
    meta.url = UrlList::redacted(m_spec.url);
    meta.etag = strongEtag(m_reply->rawHeader("ETag"));
    meta.lastModified = m_reply->rawHeader("Last-Modified").trimmed();
    meta.total = m_total;
    // A small body is fetched again faster than it is resumed: no sidecar for it.
    if (meta.canResume() && (m_total < 0 || m_total >= minResumableBytes)) {
        if (!m_sink.writeMeta(meta, &error)) {
            fail(ErrorKind::Disk, error);
            return false;
        }
        m_partResumable = true;
    }
    m_bodyAccepted = true;
    return true;
}

void Transfer::onReadyRead()
{
    if (m_done || m_paused || !m_reply)
        return;
    if (!m_errorStatusDetail.isEmpty() || m_rangeNotSatisfiableTotal != noRange416) {
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
        touch();
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
        // Read only what the item's cap and the batch's rate grant; the rest waits in Qt's
        // bounded buffer, which slows the server down. Nothing is thrown away.
        const qint64 now = steadyMs();
        for (BandwidthLimiter *limiter : {m_itemLimiter.get(), m_config.bandwidth}) {
            if (!limiter || !limiter->isLimited() || wanted <= 0)
                continue;
            wanted = limiter->take(std::min(wanted, limiter->sliceBytes()), now);
            if (wanted <= 0 && !m_throttleTimer.isActive())
                m_throttleTimer.start(int(std::max<qint64>(1, limiter->msUntilAvailable(now))));
        }
        if (wanted <= 0)
            break;
        const qint64 n = m_reply->read(buffer, wanted);
        if (n <= 0)
            break;
        any = true;
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
    if (m_rangeNotSatisfiableTotal != noRange416) {
        // When the resource is exactly as long as the part, the part is whole; else start over.
        const qint64 total = std::exchange(m_rangeNotSatisfiableTotal, noRange416);
        if (total != m_resumeFrom) {
            restartWithoutRange();
            return;
        }
        dropReply();
        QString error;
        if (!m_sink.openExisting(m_resumeName, false, &error)) {
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
            const QString detail =
                m_total >= 0 ? QStringLiteral("connection ended after %1 of %2 bytes (%3)")
                                   .arg(m_sink.bytes())
                                   .arg(m_total)
                                   .arg(scrubbed(m_reply->errorString()))
                             : QStringLiteral("connection ended after %1 bytes (%2)")
                                   .arg(m_sink.bytes())
                                   .arg(scrubbed(m_reply->errorString()));
            fail(ErrorKind::Truncated, detail);
            return;
        }
        completeBody();
        return;
    }

    const QString host = m_currentUrl.host();
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        fail(ErrorKind::Connect, QStringLiteral("connection refused by %1").arg(host));
        break;
    case QNetworkReply::RemoteHostClosedError:
        fail(ErrorKind::Connect,
             QStringLiteral("connection closed by %1 before a response").arg(host));
        break;
    case QNetworkReply::HostNotFoundError:
        fail(ErrorKind::Dns, QStringLiteral("host not found: %1").arg(host));
        break;
    case QNetworkReply::TimeoutError:
        fail(ErrorKind::Timeout, scrubbed(m_reply->errorString()));
        break;
    case QNetworkReply::SslHandshakeFailedError:
        fail(ErrorKind::Tls,
             m_sslErrors.isEmpty() ? scrubbed(m_reply->errorString()) : m_sslErrors);
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        fail(ErrorKind::Connect, scrubbed(m_reply->errorString()));
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        fail(ErrorKind::Redirect, scrubbed(m_reply->errorString()));
        break;
    default:
        if (!m_sslErrors.isEmpty())
            fail(ErrorKind::Tls, m_sslErrors);
        else if (m_httpStatus == 0 && error != QNetworkReply::NoError)
            fail(ErrorKind::Connect, scrubbed(m_reply->errorString()));
        else
            fail(ErrorKind::Http, scrubbed(m_reply->errorString()));
        break;
    }
}

void Transfer::completeBody()
{
    QString error;
    bool mismatch = false;
    if (!m_sink.commit(m_total, m_spec.expectedSha256, &error, &mismatch)) {
        const bool shortBody = m_total >= 0 && m_sink.bytes() != m_total;
        fail(mismatch    ? ErrorKind::Checksum
             : shortBody ? ErrorKind::Truncated
                         : ErrorKind::Disk,
             error);
        return;
    }
    AttemptResult result;
    result.ok = true;
    result.bytes = m_sink.bytes();
    result.file = m_sink.filePath();
    result.sha256 = QString::fromLatin1(m_sink.sha256Hex());
    recordCompleted(result);
    complete(std::move(result));
}

bool Transfer::followRedirect(const QUrl &target)
{
    const QString shown = UrlList::redacted(target);
    if (!target.isValid() || target.host().isEmpty()) {
        fail(ErrorKind::Redirect, QStringLiteral("invalid redirect target %1").arg(shown));
        return false;
    }
    if (!isWebScheme(target.scheme())) {
        fail(
            ErrorKind::Redirect,
            QStringLiteral("redirect to unsupported scheme '%1' (%2)").arg(target.scheme(), shown));
        return false;
    }
    if (m_currentUrl.scheme() == QLatin1String("https") &&
        target.scheme() == QLatin1String("http")) {
        fail(ErrorKind::Redirect,
             QStringLiteral("refused redirect from https to http (%1)").arg(shown));
        return false;
    }
    if (++m_redirects > maxRedirects) {
        fail(ErrorKind::Redirect, QStringLiteral("more than %1 redirects").arg(maxRedirects));
        return false;
    }
    QUrl next = target;
    // Credentials follow a redirect only within the same origin, never to another host.
    if (next.userInfo().isEmpty() && sameOrigin(next, m_currentUrl))
        next.setUserInfo(m_currentUrl.userInfo(QUrl::FullyEncoded), QUrl::StrictMode);
    const QUrl key = withoutFragment(next);
    if (m_visited.contains(key)) {
        fail(ErrorKind::Redirect, QStringLiteral("redirect loop at %1").arg(shown));
        return false;
    }
    m_visited.insert(key);
    dropReply();
    m_httpStatus = 0;
    sendRequest(next);
    return true;
}

void Transfer::abort(ErrorKind kind, const QString &detail)
{
    fail(kind, detail);
}

void Transfer::setItemRate(qint64 bytesPerSecond)
{
    if (!m_itemLimiter)
        m_itemLimiter = std::make_unique<BandwidthLimiter>(bytesPerSecond);
    else
        m_itemLimiter->setRate(bytesPerSecond);
    if (!m_done && m_reply)
        onReadyRead(); // a lifted or raised cap reads what waits at once
}

void Transfer::setPaused(bool paused)
{
    if (m_paused == paused || m_done)
        return;
    m_paused = paused;
    if (paused) {
        m_stallTimer.stop();
        if (m_deadlineTimer.isActive()) {
            m_deadlineLeftMs = m_deadlineTimer.remainingTime();
            m_deadlineTimer.stop();
        }
        return;
    }
    if (m_deadlineLeftMs > 0)
        m_deadlineTimer.start(int(m_deadlineLeftMs));
    m_deadlineLeftMs = 0;
    touch();
    // Data that arrived while paused produced no new readyRead: read it now.
    onReadyRead();
    if (m_finishPending && !m_done)
        onFinished();
}

void Transfer::fail(ErrorKind kind, const QString &detail)
{
    if (m_done)
        return;
    AttemptResult result;
    result.errorKind = kind;
    result.errorDetail = detail;
    result.bytes = m_sink.bytes();
    result.retryAfterMs = m_retryAfterMs;
    dropReply();
    // Bytes worth keeping stay on disk for the next attempt (or the next run) to continue.
    if (m_sink.isOpen() && m_sink.bytes() > 0 && m_partResumable && keepsPartOn(kind)) {
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
    m_connectTimer.stop();
    m_stallTimer.stop();
    m_deadlineTimer.stop();
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
    QString out = text;
    for (const QUrl &url : {m_spec.url, m_currentUrl}) {
        if (url.userInfo().isEmpty())
            continue;
        for (const auto format : {QUrl::FullyEncoded, QUrl::PrettyDecoded, QUrl::FullyDecoded}) {
            const QString info = url.userInfo(format);
            if (!info.isEmpty())
                out.replace(info + QLatin1Char('@'), QString());
        }
    }
    return out;
}
