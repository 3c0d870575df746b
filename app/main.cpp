#include <QCoreApplication>
#include <QLocale>

#include <csignal>
#include <cstring>
#include <memory>

#include "guiapp.h"
#include "headless.h"
#include "ownthreads.h"

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
    // Without a window, the main thread runs Qt's own event dispatcher too (see OwnThreads).
    const auto app = OwnThreads::withUnixDispatcher(
        [&] { return std::make_unique<QCoreApplication>(argc, argv); });
    QCoreApplication::setApplicationName(QStringLiteral("fanout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FANOUT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Fanout"));
    // No translator and C numbers ("0.3 s") whatever the system's locale: the engine's texts
    // follow the default locale, which the window sets to its language.
    QLocale::setDefault(QLocale::c());
    return Headless::main(QCoreApplication::arguments());
}
