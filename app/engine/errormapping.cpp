#include "errormapping.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {

// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window (QCoreApplication::translate is thread-safe).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMapping)
};

// "30 s" (a plural in some languages), "1.5 s" ("1,5 s" in German).
QString seconds(int ms)
{
    if (ms % 1000 == 0)
        return Text::tr("%n s", nullptr, ms / 1000);
    return Text::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'g', 6));
}

} // namespace

ErrorMapping::Mapped ErrorMapping::ofReply(QNetworkReply::NetworkError error, const QString &host,
                                           const QString &errorString, const QString &sslErrors,
                                           int httpStatus)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return {ErrorKind::Connect, Text::tr("connection refused by %1").arg(host)};
    case QNetworkReply::RemoteHostClosedError:
        return {ErrorKind::Connect,
                Text::tr("connection closed by %1 before a response").arg(host)};
    case QNetworkReply::HostNotFoundError:
        return {ErrorKind::Dns, Text::tr("host not found: %1").arg(host)};
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
    return Text::tr("invalid Content-Length '%1'").arg(QString::fromLatin1(raw.left(40)));
}

QString ErrorMapping::truncatedDetail(qint64 received, qint64 total, const QString &errorString)
{
    return total >= 0
               ? Text::tr("connection ended after %L1 of %L2 bytes (%3)")
                     .arg(received)
                     .arg(total)
                     .arg(errorString)
               : Text::tr("connection ended after %L1 bytes (%2)").arg(received).arg(errorString);
}

ErrorKind ErrorMapping::ofCommitFailure(bool checksumMismatch, bool shortBody)
{
    return checksumMismatch ? ErrorKind::Checksum
           : shortBody      ? ErrorKind::Truncated
                            : ErrorKind::Disk;
}

QString ErrorMapping::connectTimeoutDetail(int ms)
{
    return Text::tr("no connection within %1").arg(seconds(ms));
}

QString ErrorMapping::stallDetail(int ms)
{
    return Text::tr("no data received for %1").arg(seconds(ms));
}

QString ErrorMapping::deadlineDetail(int ms, bool isBudget, int attempt)
{
    return isBudget ? Text::tr("item budget used up during attempt %1").arg(attempt)
                    : Text::tr("attempt not finished within %1").arg(seconds(ms));
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
