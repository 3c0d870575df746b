#include "guiapp.h"

#include <QApplication>
#include <QIcon>
#include <QStringList>
#include <QUrl>

#include "englishplurals.h"
#include "focusstyle.h"
#include "inputpanel.h"
#include "mainwindow.h"

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

    MainWindow window;
    window.show();
    // `fanout LIST...` and the desktop file's %U: a list file by path or file:// URL is loaded,
    // http(s) URLs are added as if pasted, options are skipped.
    QStringList urls;
    const QStringList args = QApplication::arguments().mid(1);
    for (const QString &arg : args) {
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        const QUrl url(arg);
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            urls << arg;
        else
            window.addFile(url.isLocalFile() ? url.toLocalFile() : arg);
    }
    if (!urls.isEmpty())
        window.inputPanel()->submitText(urls.join(QLatin1Char('\n')),
                                        QApplication::translate("runGui", "the command line"));
    return QApplication::exec();
}
