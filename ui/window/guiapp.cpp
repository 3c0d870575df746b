#include "guiapp.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QStringList>
#include <QUrl>

#include "appsettings.h"
#include "englishplurals.h"
#include "focusstyle.h"
#include "inputpanel.h"
#include "instancechannel.h"
#include "mainwindow.h"
#include "uilanguage.h"

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fanout"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fanout"));
    QApplication::setApplicationVersion(QStringLiteral(FANOUT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Fanout"));
    QApplication::setDesktopFileName(QStringLiteral("io.fanout.Fanout"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fanout.svg")));
    QApplication::setStyle(new FocusStyle); // a keyboard focus that can be seen
    EnglishPlurals plurals;
    QApplication::installTranslator(&plurals); // "1 download", not "1 download(s)"
    // The system's language or the one chosen in Settings, Qt's dialogs included; English
    // (and any text a translation lacks) falls back to the plurals above.
    UiLanguage language;
    language.install(UiLanguage::localeFor(AppSettings::load(QSettings()).language));

    const QStringList args = QApplication::arguments().mid(1);
    const QString channelName = InstanceChannel::defaultName();
    if (!args.contains(QStringLiteral("--new-window")) &&
        InstanceChannel::handOver(channelName, args, QDir::currentPath()))
        return 0; // this user's window took them

    MainWindow window;
    window.show();
    // The first window listens for later `fanout` commands; a --new-window beside a running one
    // does not (the first keeps taking them).
    InstanceChannel channel(channelName);
    channel.listen();
    QObject::connect(&channel, &InstanceChannel::argumentsArrived, &window,
                     [&window](const QStringList &arguments, const QString &workingFolder) {
                         openArguments(window, arguments, workingFolder);
                         window.setWindowState((window.windowState() & ~Qt::WindowMinimized) |
                                               Qt::WindowActive);
                         window.show();
                         window.raise();
                         window.activateWindow();
                     });
    openArguments(window, args, QDir::currentPath());
    return QApplication::exec();
}

void openArguments(MainWindow &window, const QStringList &arguments, const QString &workingFolder)
{
    QStringList urls;
    for (const QString &arg : arguments) {
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        const QUrl url(arg);
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            urls << arg;
        else
            window.addFile(
                QDir(workingFolder).absoluteFilePath(url.isLocalFile() ? url.toLocalFile() : arg));
    }
    if (!urls.isEmpty())
        window.inputPanel()->submitText(urls.join(QLatin1Char('\n')),
                                        QApplication::translate("runGui", "the command line"));
}
