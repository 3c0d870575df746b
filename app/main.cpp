#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <QLocale>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

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

// The window lives in fanout-window.so (ui/window/windowmodule.cpp), beside this binary in the
// build folder and in ../lib/fanout when installed: loading it only here keeps Qt Gui and Qt
// Widgets out of the headless mode's start.
int runWindow(int argc, char **argv)
{
    const QString binaryFolder = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    QString lastError;
    for (const QString &candidate :
         {binaryFolder + QStringLiteral("/fanout-window.so"),
          binaryFolder + QStringLiteral("/../lib/fanout/fanout-window.so")}) {
        if (!QFileInfo::exists(candidate))
            continue;
        QLibrary module(candidate);
        using Entry = int (*)(int, char **);
        if (const auto run = reinterpret_cast<Entry>(module.resolve("fanoutRunWindow")))
            return run(argc, argv); // the module stays loaded until the process ends
        lastError = module.errorString();
    }
    std::fprintf(stderr,
                 "fanout: cannot open the window: %s\n"
                 "fanout: reinstall Fanout, or run fanout --headless (fanout --help)\n",
                 lastError.isEmpty() ? "fanout-window.so is missing"
                                     : lastError.toLocal8Bit().constData());
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    // Past a file-size limit (ulimit -f) a write must fail with EFBIG and end as a clear `disk`
    // error for that item, not kill the whole batch.
    std::signal(SIGXFSZ, SIG_IGN);
    if (!wantsTerminal(argc, argv))
        return runWindow(argc, argv);
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
