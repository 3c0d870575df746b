#include "result.h"

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Stall:
        return QStringLiteral("stall");
    case ErrorKind::Connect:
        return QStringLiteral("connect");
    case ErrorKind::Dns:
        return QStringLiteral("dns");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::Http:
        return QStringLiteral("http");
    case ErrorKind::Redirect:
        return QStringLiteral("redirect");
    case ErrorKind::Truncated:
        return QStringLiteral("truncated");
    case ErrorKind::Disk:
        return QStringLiteral("disk");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Invalid:
        return QStringLiteral("invalid");
    case ErrorKind::Checksum:
        return QStringLiteral("checksum");
    }
    return {};
}

QString formatError(ErrorKind kind, const QString &detail)
{
    if (kind == ErrorKind::None)
        return {};
    const QString word = errorKindName(kind);
    return detail.isEmpty() ? word : word + QStringLiteral(": ") + detail;
}
