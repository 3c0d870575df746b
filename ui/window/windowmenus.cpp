#include "windowmenus.h"

#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

#include "transferview.h"
#include "windowactions.h"

void WindowMenus::build(QMainWindow *window, const WindowActions &a, TransferView *view)
{
    QMenuBar *menus = window->menuBar();
    QMenu *file = menus->addMenu(tr("&File"));
    file->addActions({a.addFromFile, a.addChecksums, a.exportCsv, a.exportFailedList});
    file->addSeparator();
    file->addActions({a.settings});
    file->addSeparator();
    file->addAction(a.quit);
    QMenu *edit = menus->addMenu(tr("&Edit"));
    edit->addActions({a.paste, a.focusPaste, a.find});
    edit->addSeparator();
    edit->addActions({a.copyUrl, a.copyError, a.copyFailedUrls});
    edit->addSeparator();
    edit->addAction(a.watchClipboard);
    QMenu *show = menus->addMenu(tr("&View"));
    show->addActions(a.groupActions());
    show->addSeparator();
    QMenu *theme = show->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    theme->menuAction()->setObjectName(QStringLiteral("menuTheme"));
    theme->addActions(a.themeActions());
    QMenu *transfers = menus->addMenu(tr("&Downloads"));
    transfers->addActions({a.start, a.startAt, a.pause, a.cancelAll, a.retryFailed, a.clearList});
    transfers->addSeparator();
    transfers->addAction(a.autoStart);
    transfers->addSeparator();
    transfers->addActions({a.retry, a.checkForUpdates, a.changeUrl, a.limitSpeed, a.cancel,
                           a.remove, a.openFile, a.openFolder});

    QToolBar *bar = window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({a.start, a.pause, a.cancelAll});
    bar->addSeparator();
    bar->addActions({a.retryFailed, a.copyFailedUrls, a.clearList});
    bar->addSeparator();
    bar->addActions({a.exportCsv, a.settings}); // Add from File is the paste area's button

    // Row actions: the table's context menu and keys (active while the table has focus).
    view->setRowActions(a.contextMenuActions());
}
