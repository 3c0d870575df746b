#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QList>
#include <QString>

#include "urlshard.h"

// What the headless mode does for scripts (issue 18): the event stream, the hooks, the shard,
// the scheduled start and update mode.
struct AutomationSettings
{
    QString eventsPath;        // --events: JSON Lines here ("-" = standard output); empty = none
    QString itemHook;          // --on-item-done: /bin/sh -c this after each item
    QString batchHook;         // --on-batch-done: once, after the CSV is written
    int hookTimeoutMs = 60000; // --hook-timeout: then the hook's process group is killed
    UrlShard shard;            // --shard K/N
    QDateTime startAt;         // --start-at; invalid = at once
    bool update = false;       // --update: conditional GET for files completed earlier
};

// The flags of AutomationSettings, kept out of HeadlessOptions: their help texts, and reading
// and checking them from a parsed command line.
namespace AutomationFlags {

QList<QCommandLineOption> options();
// False with *error (the usage message) when a value is wrong. `now` is for --start-at.
bool read(const QCommandLineParser &parser, const QDateTime &now, AutomationSettings *settings,
          QString *error);

} // namespace AutomationFlags
