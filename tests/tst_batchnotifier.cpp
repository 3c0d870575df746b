#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include "appsettings.h"
#include "batchnotifier.h"
#include "englishplurals.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "sessionkeeper.h"
#include "settingsdialog.h"
#include "testserver.h"
#include "testsettings.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>

// The notification of a batch's end: asked for only while the window is not the active one
// and only while switched on, once, saying how many are ok and how many failed (plurals), and
// clicking it brings the window back. Off-able in Settings, kept in QSettings.
class TestBatchNotifier final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EnglishPlurals m_plurals;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")),
                        QStringLiteral("tst_batchnotifier"));
        QCoreApplication::installTranslator(&m_plurals);
    }

    void textCountsOkAndFailed()
    {
        QCOMPARE(BatchNotifier::text(12, 3, 0), QStringLiteral("12 downloads ok, 3 failed"));
        QCOMPARE(BatchNotifier::text(1, 0, 0), QStringLiteral("1 download ok, 0 failed"));
        QCOMPARE(BatchNotifier::text(0, 1, 2),
                 QStringLiteral("0 downloads ok, 1 failed, 2 cancelled"));
    }

    void decision()
    {
        QVERIFY(BatchNotifier::wanted(true, false));
        QVERIFY(!BatchNotifier::wanted(true, true));
        QVERIFY(!BatchNotifier::wanted(false, false));
        QVERIFY(!BatchNotifier::wanted(false, true));
    }

    void onlyWhileTheWindowIsNotActive()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        BatchNotifier notifier(&window);
        QSignalSpy asked(&notifier, &BatchNotifier::notified);
        notifier.batchEnded(5, 1, 0);
        QCOMPARE(asked.count(), 0); // the user is looking at it

        QWidget other; // another window takes the focus
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QVERIFY(!window.isActiveWindow());
        notifier.batchEnded(5, 1, 0);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("5 downloads ok, 1 failed"));

        notifier.setEnabled(false);
        notifier.batchEnded(5, 1, 0);
        QCOMPARE(asked.count(), 1);

        // Clicking it brings the window back.
        window.showMinimized();
        notifier.raiseWindow();
        QVERIFY(!(window.windowState() & Qt::WindowMinimized));
        QTRY_VERIFY(window.isActiveWindow());
    }

    // The window's batch: one notification when it ends behind another window, with its counts.
    void theWindowNotifiesOnceWhenItsBatchEndsUnseen()
    {
        TestServer server;
        QVERIFY(server.start());
        QFile::remove(SessionKeeper::defaultPath());
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = m_dir.filePath(QStringLiteral("out"));
        settings.engine.retries = 0;
        QSettings store;
        settings.save(store);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy asked(window.notifier(), &BatchNotifier::notified);
        window.inputPanel()->submitText(
            server.urlString(QStringLiteral("/file?size=100&name=ok.bin")) + QLatin1Char('\n') +
                server.urlString(QStringLiteral("/status?code=404")),
            QStringLiteral("test"));
        QWidget other;
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        window.findChild<QAction *>(QStringLiteral("actionStart"))->trigger();
        QTRY_COMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("1 download ok, 1 failed"));
        QTest::qWait(200);
        QCOMPARE(asked.count(), 1);
    }

    void offInSettingsIsKept()
    {
        QCOMPARE(AppSettings::defaults().desktop.notifyBatchEnd, true);
        SettingsDialog dialog(AppSettings::defaults());
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("notifyBatchEnd"));
        QVERIFY(box && box->isChecked());
        box->setChecked(false);
        QSettings store;
        dialog.settings().save(store);
        QCOMPARE(AppSettings::load(store).desktop.notifyBatchEnd, false);
        QCOMPARE(store.value(QStringLiteral("window/notifyBatchEnd")).toBool(), false);
    }
};

QTEST_MAIN(TestBatchNotifier)
#include "tst_batchnotifier.moc"
