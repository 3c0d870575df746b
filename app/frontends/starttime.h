#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// When a scheduled batch starts (`--start-at`, the window's "Start at…"): "HH:MM" (or
// "HH:MM:SS") is the next such moment in local time, today or tomorrow; anything else must be
// an RFC 3339 time with its offset ("2026-12-24T06:00:00Z", "2026-12-24T07:00:00+01:00").
namespace StartTime {

// nullopt with *error saying why when `text` is neither form.
std::optional<QDateTime> parse(const QString &text, const QDateTime &now, QString *error);
// "in 2 h 05 min", "in 42 s": what is left until `at`, for a progress line or the summary bar.
QString remaining(qint64 msLeft);

} // namespace StartTime
