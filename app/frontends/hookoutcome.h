#pragma once

#include <QString>

// How one hook ended, as HookRunner tells it: a kind with its exit code or the reason it could
// not start. The headless mode writes text(), the stable words of the CSV's `hook` column, the
// event stream and standard error ("ok", "failed: exit 3", "timeout", ...); the window words the
// same facts in its own language (WindowHooks::readableOutcome) without reading text() back.
struct HookOutcome
{
    enum class Kind
    {
        Ok,         // exit status 0
        Exited,     // a non-zero exit status: exitCode
        Signalled,  // killed by a signal (not ours)
        TimedOut,   // killed with its process group at the timeout
        NotStarted, // /bin/sh could not be started: startError
        Cancelled,  // dropped before it ran (HookRunner::stopAll)
    };

    Kind kind = Kind::Ok;
    int exitCode = 0;
    QString startError;

    // Ok for 0, else Exited with `code`.
    static HookOutcome exited(int code);
    static HookOutcome of(Kind kind) { return HookOutcome{kind, 0, {}}; }
    static HookOutcome notStarted(const QString &error);

    bool isOk() const { return kind == Kind::Ok; }
    // The stable English words; never translated (scripts read them).
    QString text() const;

    bool operator==(const HookOutcome &other) const = default;
};
