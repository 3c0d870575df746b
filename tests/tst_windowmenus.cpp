#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>

#include "transfermodel.h"
#include "transferview.h"
#include "windowactions.h"
#include "windowmenus.h"

// Where the commands sit: each menu and the toolbar hold their actions in their order, with
// separators where they were, and the table's context menu gets the row actions.
class TestWindowMenus final : public QObject
{
    Q_OBJECT

private:
    // Object names of `actions`, "-" for a separator.
    static QStringList names(const QList<QAction *> &actions)
    {
        QStringList out;
        for (const QAction *a : actions)
            out << (a->isSeparator() ? QStringLiteral("-") : a->objectName());
        return out;
    }
    static QStringList names(std::initializer_list<QAction *> actions)
    {
        return names(QList<QAction *>(actions));
    }

private Q_SLOTS:
    void layout_data()
    {
        QTest::addColumn<QString>("menu");
        QTest::addColumn<QStringList>("expected");
        QMainWindow owner;
        const WindowActions a(&owner);
        const QString sep = QStringLiteral("-");
        QTest::newRow("File")
            << "&File"
            << (names({a.addFromFile, a.addChecksums, a.exportCsv, a.exportFailedList})
                << sep << names({a.settings}) << sep << names({a.quit}));
        QTest::newRow("Edit") << "&Edit"
                              << (names({a.paste, a.focusPaste, a.find})
                                  << sep << names({a.copyUrl, a.copyError, a.copyFailedUrls}) << sep
                                  << names({a.watchClipboard}));
        QTest::newRow("View") << "&View"
                              << (names(a.groupActions()) << sep << QStringLiteral("menuTheme"));
        QTest::newRow("Downloads")
            << "&Downloads"
            << (names({a.start, a.startAt, a.pause, a.cancelAll, a.retryFailed, a.clearList})
                << sep << names({a.autoStart}) << sep
                << names({a.retry, a.checkForUpdates, a.changeUrl, a.limitSpeed, a.cancel, a.remove,
                          a.openFile, a.openFolder}));
        QTest::newRow("toolbar") << "Main"
                                 << (names({a.start, a.pause, a.cancelAll})
                                     << sep << names({a.retryFailed, a.copyFailedUrls, a.clearList})
                                     << sep << names({a.exportCsv, a.settings}));
    }
    void layout()
    {
        QFETCH(QString, menu);
        QFETCH(QStringList, expected);
        QMainWindow window;
        const WindowActions actions(&window);
        TransferModel model;
        auto *view = new TransferView(&model, &window);
        WindowMenus::build(&window, actions, view);

        QStringList titles;
        for (const QAction *m : window.menuBar()->actions())
            titles << m->text();
        QCOMPARE(titles, QStringList({QStringLiteral("&File"), QStringLiteral("&Edit"),
                                      QStringLiteral("&View"), QStringLiteral("&Downloads")}));
        QList<QAction *> shown;
        if (auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
            bar && bar->windowTitle() == menu) {
            QVERIFY(!bar->isMovable());
            QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
            shown = bar->actions();
        } else {
            for (QAction *m : window.menuBar()->actions()) {
                if (m->text() == menu)
                    shown = m->menu()->actions();
            }
        }
        QCOMPARE(names(shown), expected);
    }

    // View > Theme: System, Light, Dark, one checked at a time (System at first).
    void themeMenu()
    {
        QMainWindow window;
        const WindowActions actions(&window);
        TransferModel model;
        WindowMenus::build(&window, actions, new TransferView(&model, &window));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("themeMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->actions(), actions.themeActions());
        QVERIFY(actions.themeSystem->isChecked());
        actions.themeDark->trigger();
        QVERIFY(actions.themeDark->isChecked());
        QVERIFY(!actions.themeSystem->isChecked() && !actions.themeLight->isChecked());
        QVERIFY(actions.watchClipboard->isCheckable() && !actions.watchClipboard->isChecked());
    }

    // Every command of a row is in a menu of the menu bar too, with its shortcut, so that it is
    // found without a right click (Limit Speed and Change URL were only in the context menu).
    void everyRowActionIsInTheMenuBar()
    {
        QMainWindow window;
        const WindowActions actions(&window);
        TransferModel model;
        WindowMenus::build(&window, actions, new TransferView(&model, &window));
        QList<QAction *> inMenus;
        for (QAction *m : window.menuBar()->actions())
            inMenus << m->menu()->actions();
        for (QAction *row : actions.rowActions())
            QVERIFY2(inMenus.contains(row), qPrintable(row->objectName()));
    }

    void tableGetsTheRowActions()
    {
        QMainWindow window;
        const WindowActions actions(&window);
        TransferModel model;
        auto *view = new TransferView(&model, &window);
        WindowMenus::build(&window, actions, view);
        QCOMPARE(view->table()->actions(), actions.contextMenuActions());
    }
};

QTEST_MAIN(TestWindowMenus)
#include "tst_windowmenus.moc"
