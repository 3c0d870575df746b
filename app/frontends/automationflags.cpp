#include "automationflags.h"

#include <QLocale>

#include <cmath>

#include "starttime.h"

namespace {

QCommandLineOption option(const char *name, const char *help, const char *value = nullptr)
{
    return value
               ? QCommandLineOption(QLatin1String(name), QLatin1String(help), QLatin1String(value))
               : QCommandLineOption(QLatin1String(name), QLatin1String(help));
}

} // namespace

namespace AutomationFlags {

QList<QCommandLineOption> options()
{
    return {
        option("events",
               "Write every event of the batch to FILE as JSON Lines, as it happens ('-': "
               "standard output, and the summary goes to standard error).",
               "FILE"),
        option("on-item-done",
               "After each item, run CMD with /bin/sh -c in the output folder; the facts are in "
               "its environment (FANOUT_URL, FANOUT_OUTCOME, FANOUT_FILE, ...), never in CMD.",
               "CMD"),
        option("on-batch-done",
               "Once the batch and its item hooks are over and the CSV is written, run CMD the "
               "same way (FANOUT_CSV, FANOUT_TOTAL, FANOUT_OK, FANOUT_FAILED, ...).",
               "CMD"),
        option("hook-timeout",
               "Kill a hook (and everything it started) after S seconds (default 60).", "S"),
        option("shard",
               "Fetch only shard K of N (1 <= K <= N) by a fixed hash of each URL, so N "
               "machines given the same list fetch every item exactly once between them.",
               "K/N"),
        option("start-at",
               "Wait until TIME before starting: HH:MM (local time, the next such moment) or an "
               "RFC 3339 time (2026-12-24T06:00:00Z).",
               "TIME"),
        option("update",
               "Ask again for files an earlier run completed (If-None-Match, If-Modified-Since): "
               "304 keeps the file, a new version replaces it if it is unchanged locally."),
    };
}

bool read(const QCommandLineParser &parser, const QDateTime &now, AutomationSettings *settings,
          QString *error)
{
    settings->eventsPath = parser.value(QStringLiteral("events"));
    settings->itemHook = parser.value(QStringLiteral("on-item-done"));
    settings->batchHook = parser.value(QStringLiteral("on-batch-done"));
    settings->update = parser.isSet(QStringLiteral("update"));
    if (parser.isSet(QStringLiteral("events")) && settings->eventsPath.isEmpty()) {
        *error = QStringLiteral("--events needs a file (or - for standard output)");
        return false;
    }
    for (const char *name : {"on-item-done", "on-batch-done"}) {
        if (parser.isSet(QLatin1String(name)) &&
            parser.value(QLatin1String(name)).trimmed().isEmpty()) {
            *error = QStringLiteral("--%1 needs a command").arg(QLatin1String(name));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("hook-timeout"))) {
        const QString text = parser.value(QStringLiteral("hook-timeout"));
        bool ok = false;
        const double seconds = QLocale::c().toDouble(text.trimmed(), &ok);
        // At least a millisecond: 0 would kill every hook at once, and "never" is no bound.
        if (!ok || !std::isfinite(seconds) || seconds < 0.001 || seconds > 2147483) {
            *error = QStringLiteral("--hook-timeout takes seconds (0.001 to 2147483, decimals "
                                    "allowed), not '%1'")
                         .arg(text);
            return false;
        }
        settings->hookTimeoutMs = int(std::llround(seconds * 1000));
    }
    if (parser.isSet(QStringLiteral("shard")) &&
        !UrlShard::parse(parser.value(QStringLiteral("shard")), &settings->shard, error))
        return false;
    if (parser.isSet(QStringLiteral("start-at"))) {
        const auto at = StartTime::parse(parser.value(QStringLiteral("start-at")), now, error);
        if (!at)
            return false;
        settings->startAt = *at;
    }
    return true;
}

} // namespace AutomationFlags
