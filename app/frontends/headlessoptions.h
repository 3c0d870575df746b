#pragma once

#include <QString>
#include <QStringList>

#include <optional>

#include "automationflags.h"
#include "engineoptions.h"

// What `fanout --headless` was asked to do: the engine's options and the runner's own.
struct HeadlessSettings
{
    EngineOptions engine;
    QString listPath; // empty or "-" = standard input
    QString csvPath;
    QString sessionPath;    // --session: journal here, or resume the one that is there
    QString failedListPath; // --failed-list: what did not end ok, as a list (ListFlags)
    QString checksumsPath;  // --checksums: digests attached to the list's lines (ListInputFlags)
    bool quiet = false;
    AutomationSettings automation; // events, hooks, shard, start time, update mode
};

// The command line of `fanout`: every flag with its help text, parsed with QCommandLineParser
// and checked (ranges, rates, and through RequestFlags header lines, proxy, cookies and netrc
// files, CA certificates) into HeadlessSettings, with the message a usage error prints.
class HeadlessOptions final
{
public:
    // Parses the command line (QCoreApplication::arguments() shape). On a usage error returns
    // nullopt and sets *error; on --help/--version sets *exitNow and prints.
    static std::optional<HeadlessSettings> parse(const QStringList &arguments, QString *error,
                                                 std::optional<int> *exitNow);
};
