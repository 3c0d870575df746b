#include "starttime.h"

#include <QRegularExpression>

namespace StartTime {

std::optional<QDateTime> parse(const QString &text, const QDateTime &now, QString *error)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression clock(QStringLiteral(R"(^(\d{1,2}):(\d{2})(?::(\d{2}))?$)"));
    if (const QRegularExpressionMatch m = clock.match(trimmed); m.hasMatch()) {
        const QTime time(m.captured(1).toInt(), m.captured(2).toInt(),
                         m.captured(3).isEmpty() ? 0 : m.captured(3).toInt());
        if (!time.isValid()) {
            *error = QStringLiteral("--start-at: %1 is not a time of day").arg(trimmed);
            return std::nullopt;
        }
        const QDateTime local = now.toLocalTime();
        QDateTime at(local.date(), time, Qt::LocalTime);
        if (at <= local)
            at = QDateTime(local.date().addDays(1), time, Qt::LocalTime);
        return at;
    }
    // RFC 3339: a date, 'T' (or a space), a time, and an offset that must be there.
    static const QRegularExpression rfc3339(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$)"));
    if (rfc3339.match(trimmed).hasMatch()) {
        QString iso = trimmed;
        iso[10] = u'T';
        if (iso.endsWith(u'z'))
            iso.back() = u'Z';
        const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (at.isValid())
            return at;
    }
    *error = QStringLiteral("--start-at takes HH:MM (local time, the next such moment) or an "
                            "RFC 3339 time such as 2026-12-24T06:00:00Z, not '%1'")
                 .arg(text);
    return std::nullopt;
}

QString remaining(qint64 msLeft)
{
    const qint64 s = std::max<qint64>(0, (msLeft + 999) / 1000);
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0'));
}

} // namespace StartTime
