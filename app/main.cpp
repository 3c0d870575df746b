#include <QCoreApplication>

#include <csignal>
#include <cstring>

#include "guiapp.h"
#include "headless.h"

namespace {
// The window needs a display; the headless mode, help and version must work without one.
bool wantsTerminal(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag :
             {"--headless", "--help", "-h", "--help-all", "-?", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char **argv)
{
    // Past a file-size limit (ulimit -f) a write must fail with EFBIG and end as a clear `disk`
    // error for that item, not kill the whole batch.
    std::signal(SIGXFSZ, SIG_IGN);
    if (!wantsTerminal(argc, argv))
        return runGui(argc, argv);
    // Without a window, Qt's own event dispatcher coalesces the wake-ups between a lane and its
    // network thread: 32 instead of 55 system calls per file (tests/bench/profile.md).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fanout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FANOUT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Fanout"));
    return Headless::main(QCoreApplication::arguments());
}
