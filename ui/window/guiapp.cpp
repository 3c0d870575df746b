#include "guiapp.h"

#include <QApplication>
#include <QIcon>
#include <QStringList>

#include "englishplurals.h"
#include "focusstyle.h"
#include "mainwindow.h"

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fanout"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fanout"));
    QApplication::setApplicationVersion(QStringLiteral(FANOUT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Fanout"));
    QApplication::setDesktopFileName(QStringLiteral("fanout"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fanout.svg")));
    QApplication::setStyle(new FocusStyle); // a keyboard focus that can be seen
    EnglishPlurals plurals;
    QApplication::installTranslator(&plurals); // "1 download", not "1 download(s)"

    MainWindow window;
    window.show();
    // `fanout LIST...`: every argument that is not an option is a list file to load.
    const QStringList args = QApplication::arguments().mid(1);
    for (const QString &arg : args) {
        if (!arg.startsWith(QLatin1Char('-')))
            window.addFile(arg);
    }
    return QApplication::exec();
}
