#include "transfer.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>

#include "filename.h"
#include "retrypolicy.h"
#include "urllist.h"

namespace {

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
    return a.scheme() == b.scheme() && a.host() == b.host()
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
               == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
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

} // namespace

Transfer::Transfer(QNetworkAccessManager *nam, NameReservations *names,
                   const TransferConfig &config, AttemptSpec spec, QByteArray *readBuffer,
                   QObject *parent)
    : QObject(parent), m_nam(nam), m_config(config), m_spec(std::move(spec)),
      m_readBuffer(readBuffer), m_sink(names, config.outputDir, config.checkOnly),
      m_connectTimer(this), m_stallTimer(this), m_deadlineTimer(this)
{
    for (QTimer *timer : {&m_connectTimer, &m_stallTimer, &m_deadlineTimer})
        timer->setSingleShot(true);
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
    m_deadlineMs = m_config.attemptTimeoutMs;
    if (m_spec.budgetLeftMs > 0 && (m_deadlineMs == 0 || m_spec.budgetLeftMs < m_deadlineMs)) {
        m_deadlineMs = m_spec.budgetLeftMs;
        m_deadlineIsBudget = true;
    }
    if (m_deadlineMs > 0)
        m_deadlineTimer.start(m_deadlineMs);
    sendRequest(m_spec.url);
}

void Transfer::sendRequest(const QUrl &url)
{
    m_currentUrl = url;
    QNetworkRequest request(url);
    // Byte counts and saved files must be what the server holds, not a decoded variant.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Fanout/" FANOUT_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_config.ssl);

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

void Transfer::touch()
{
    if (m_config.stallTimeoutMs > 0 && !m_paused)
        m_stallTimer.start(m_config.stallTimeoutMs);
}

void Transfer::onMetaData()
{
    if (m_done || m_bodyAccepted || !m_errorStatusDetail.isEmpty() || !m_reply)
        return;
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return;
    m_connectTimer.stop();
    touch();
    m_httpStatus = statusAttribute.toInt();
    m_changed = true;

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

    const QString name = m_spec.wantedName.isEmpty()
        ? FileName::choose(m_reply->rawHeader("Content-Disposition"), m_currentUrl)
        : FileName::sanitized(m_spec.wantedName);
    QString error;
    if (!m_sink.open(name, &error)) {
        fail(ErrorKind::Disk, error);
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_total = length.isValid() ? length.toLongLong() : -1;
    m_bodyAccepted = true;
}

void Transfer::onReadyRead()
{
    if (m_done || m_paused || !m_reply)
        return;
    if (!m_errorStatusDetail.isEmpty()) {
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
        const qint64 n = m_reply->read(buffer, capacity);
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
    if (!m_bodyAccepted && m_reply->error() == QNetworkReply::NoError) {
        onMetaData();
        if (m_done)
            return;
    }
    if (!m_errorStatusDetail.isEmpty()) {
        fail(ErrorKind::Http, m_errorStatusDetail);
        return;
    }
    const QNetworkReply::NetworkError error = m_reply->error();

    if (m_bodyAccepted) {
        if (!drain())
            return;
        if (error != QNetworkReply::NoError) {
            const QString detail = m_total >= 0
                ? QStringLiteral("connection ended after %1 of %2 bytes (%3)")
                      .arg(m_sink.bytes())
                      .arg(m_total)
                      .arg(scrubbed(m_reply->errorString()))
                : QStringLiteral("connection ended after %1 bytes (%2)")
                      .arg(m_sink.bytes())
                      .arg(scrubbed(m_reply->errorString()));
            fail(ErrorKind::Truncated, detail);
            return;
        }
        QString commitError;
        if (!m_sink.commit(m_total, &commitError)) {
            const bool shortBody = m_total >= 0 && m_sink.bytes() != m_total;
            fail(shortBody ? ErrorKind::Truncated : ErrorKind::Disk, commitError);
            return;
        }
        AttemptResult result;
        result.ok = true;
        result.bytes = m_sink.bytes();
        result.file = m_sink.filePath();
        result.sha256 = QString::fromLatin1(m_sink.sha256Hex());
        complete(std::move(result));
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
        fail(ErrorKind::Tls, m_sslErrors.isEmpty() ? scrubbed(m_reply->errorString())
                                                   : m_sslErrors);
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

bool Transfer::followRedirect(const QUrl &target)
{
    const QString shown = UrlList::redacted(target);
    if (!target.isValid() || target.host().isEmpty()) {
        fail(ErrorKind::Redirect, QStringLiteral("invalid redirect target %1").arg(shown));
        return false;
    }
    if (!isWebScheme(target.scheme())) {
        fail(ErrorKind::Redirect, QStringLiteral("redirect to unsupported scheme '%1' (%2)")
                                      .arg(target.scheme(), shown));
        return false;
    }
    if (m_currentUrl.scheme() == QLatin1String("https")
        && target.scheme() == QLatin1String("http")) {
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
    m_sink.discard();
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
