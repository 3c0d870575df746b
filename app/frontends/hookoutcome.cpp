#include "hookoutcome.h"

HookOutcome HookOutcome::exited(int code)
{
    return code == 0 ? of(Kind::Ok) : HookOutcome{Kind::Exited, code, {}};
}

HookOutcome HookOutcome::notStarted(const QString &error)
{
    return HookOutcome{Kind::NotStarted, 0, error};
}

QString HookOutcome::text() const
{
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::Exited:
        return QStringLiteral("failed: exit %1").arg(exitCode);
    case Kind::Signalled:
        return QStringLiteral("failed: killed by a signal");
    case Kind::TimedOut:
        return QStringLiteral("timeout");
    case Kind::NotStarted:
        return QStringLiteral("failed: cannot start: %1").arg(startError);
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}
