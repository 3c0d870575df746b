#include "errormapping.h"

#include <algorithm>

namespace {

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 6) + QStringLiteral(" s");
}

} // namespace

ErrorMapping::Mapped ErrorMapping::ofReply(QNetworkReply::NetworkError error, const QString &host,
                                           const QString &errorString, const QString &sslErrors,
                                           int httpStatus)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return {ErrorKind::Connect, QStringLiteral("connection refused by %1").arg(host)};
    case QNetworkReply::RemoteHostClosedError:
        return {ErrorKind::Connect,
                QStringLiteral("connection closed by %1 before a response").arg(host)};
    case QNetworkReply::HostNotFoundError:
        return {ErrorKind::Dns, QStringLiteral("host not found: %1").arg(host)};
    case QNetworkReply::TimeoutError:
        return {ErrorKind::Timeout, errorString};
    case QNetworkReply::SslHandshakeFailedError:
        return {ErrorKind::Tls, sslErrors.isEmpty() ? errorString : sslErrors};
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return {ErrorKind::Connect, errorString};
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return {ErrorKind::Redirect, errorString};
    default:
        if (!sslErrors.isEmpty())
            return {ErrorKind::Tls, sslErrors};
        if (httpStatus == 0 && error != QNetworkReply::NoError)
            return {ErrorKind::Connect, errorString};
        return {ErrorKind::Http, errorString};
    }
}

QString ErrorMapping::statusDetail(int status, const QString &reason)
{
    return reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                            : QStringLiteral("HTTP %1 %2").arg(status).arg(reason);
}

QString ErrorMapping::sslDetail(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    return texts.join(QStringLiteral("; "));
}

QString ErrorMapping::framingError(const QByteArray &rawContentLength)
{
    const QByteArray raw = rawContentLength.trimmed();
    if (raw.isEmpty() ||
        std::all_of(raw.cbegin(), raw.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return QString();
    return QStringLiteral("invalid Content-Length '%1'").arg(QString::fromLatin1(raw.left(40)));
}

QString ErrorMapping::truncatedDetail(qint64 received, qint64 total, const QString &errorString)
{
    return total >= 0 ? QStringLiteral("connection ended after %1 of %2 bytes (%3)")
                            .arg(received)
                            .arg(total)
                            .arg(errorString)
                      : QStringLiteral("connection ended after %1 bytes (%2)")
                            .arg(received)
                            .arg(errorString);
}

ErrorKind ErrorMapping::ofCommitFailure(bool checksumMismatch, bool shortBody)
{
    return checksumMismatch ? ErrorKind::Checksum
           : shortBody      ? ErrorKind::Truncated
                            : ErrorKind::Disk;
}

QString ErrorMapping::connectTimeoutDetail(int ms)
{
    return QStringLiteral("no connection within %1").arg(seconds(ms));
}

QString ErrorMapping::stallDetail(int ms)
{
    return QStringLiteral("no data received for %1").arg(seconds(ms));
}

QString ErrorMapping::deadlineDetail(int ms, bool isBudget, int attempt)
{
    return isBudget ? QStringLiteral("item budget used up during attempt %1").arg(attempt)
                    : QStringLiteral("attempt not finished within %1").arg(seconds(ms));
}

bool ErrorMapping::keepsPart(ErrorKind kind)
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

QString ErrorMapping::scrubbed(const QString &text, const QList<QUrl> &urls)
{
    QString out = text;
    for (const QUrl &url : urls) {
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
