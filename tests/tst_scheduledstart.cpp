// The window's "Start at…" (issue 18) and its hooks: rows that wait for Start start at the
// chosen time, the summary bar shows the wait and cancels it, and the Settings' hooks run for
// the window's batch with the facts in their environment.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "inputpanel.h"
#include "mainwindow.h"
#include "scheduledstart.h"
#include "sessionkeeper.h"
#include "summarybar.h"
#include "testserver.h"
#include "testsettings.h"

using S = TransferModel::RowState;

class TestScheduledStart final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<MainWindow> m_window;

    QString outDir() const { return m_dir.filePath(QStringLiteral("out")); }
    void add(const QStringList &lines)
    {
        m_window->inputPanel()->setText(lines.join(QLatin1Char('\n')));
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("addButton"));
        QVERIFY(button && button->isEnabled());
        button->click();
    }
    int count(S state) const { return m_window->model()->summary().count(state); }
    void makeWindow(const AppSettings &settings)
    {
        QSettings store;
        store.clear();
        settings.save(store);
        store.sync();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")),
                        QStringLiteral("tst_scheduledstart"));
        QVERIFY(m_server.start());
    }

    void init()
    {
        QFile::remove(SessionKeeper::defaultPath());
        QDir(outDir()).removeRecursively();
        QDir().mkpath(outDir());
        m_server.resetStats();
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = outDir();
        makeWindow(settings);
    }

    void cleanup() { m_window.reset(); }

    QString statusOfRow(int row) const
    {
        TransferModel *model = m_window->model();
        model->flush();
        return model->index(row, int(TransferModel::Column::Status)).data().toString();
    }

    void startsAtTheChosenTime()
    {
        add({m_server.urlString(QStringLiteral("/file?size=100&name=a.bin")),
             m_server.urlString(QStringLiteral("/file?size=200&name=b.bin"))});
        QTRY_COMPARE(count(S::Queued), 2);
        const QDateTime at = QDateTime::currentDateTime().addMSecs(2000);
        m_window->scheduledStart()->schedule(at);
        QTRY_VERIFY(
            m_window->summaryBar()->scheduledStartText().startsWith(QLatin1String("Starts at")));
        // The rows say when they start, in the user's locale, not "press Start".
        const QString time = QLocale().toString(at.time(), QLocale::ShortFormat);
        QTRY_COMPARE(statusOfRow(0), QStringLiteral("Queued — starts at %1").arg(time));
        QTest::qWait(800);
        QCOMPARE(m_server.requestCount(), 0); // still waiting
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Done), 2, 10000);
        for (const RecordedRequest &request : m_server.requests())
            QVERIFY(request.receivedAtMs >= at.toMSecsSinceEpoch());
        QCOMPARE(m_window->summaryBar()->scheduledStartText(), QString());
    }

    void cancelledFromTheSummaryBar()
    {
        add({m_server.urlString(QStringLiteral("/file?size=100&name=c.bin"))});
        QTRY_COMPARE(count(S::Queued), 1);
        m_window->scheduledStart()->schedule(QDateTime::currentDateTime().addMSecs(1500));
        QTRY_VERIFY(!m_window->summaryBar()->scheduledStartText().isEmpty());
        auto *cancel = m_window->summaryBar()->findChild<QPushButton *>(
            QStringLiteral("cancelScheduledStart"));
        QVERIFY(cancel && cancel->isVisible());
        QTRY_VERIFY(statusOfRow(0).startsWith(QStringLiteral("Queued — starts at ")));
        cancel->click();
        QCOMPARE(m_window->summaryBar()->scheduledStartText(), QString());
        QTRY_COMPARE(statusOfRow(0), QStringLiteral("Queued — press Start"));
        QTest::qWait(2500);
        QCOMPARE(m_server.requestCount(), 0);
        QCOMPARE(count(S::Queued), 1); // it still waits for Start
    }

    void startNowEndsTheWait()
    {
        add({m_server.urlString(QStringLiteral("/file?size=100&name=d.bin"))});
        QTRY_COMPARE(count(S::Queued), 1);
        m_window->scheduledStart()->schedule(QDateTime::currentDateTime().addSecs(3600));
        auto *start = m_window->findChild<QAction *>(QStringLiteral("actionStart"));
        QVERIFY(start->isEnabled());
        start->trigger();
        QVERIFY(!m_window->scheduledStart()->isWaiting());
        QTRY_COMPARE(count(S::Done), 1);
    }

    void windowRunsTheHooks()
    {
        const QString log = m_dir.filePath(QStringLiteral("hooks.log"));
        QFile::remove(log);
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = outDir();
        settings.itemHook =
            QStringLiteral("echo \"item $FANOUT_OUTCOME $FANOUT_HTTP_STATUS $(pwd)\" >> '%1'")
                .arg(log);
        settings.batchHook =
            QStringLiteral("echo \"batch $FANOUT_TOTAL $FANOUT_OK $FANOUT_FAILED [$FANOUT_CSV]\" "
                           ">> '%1'; exit 3")
                .arg(log);
        makeWindow(settings);
        add({m_server.urlString(QStringLiteral("/file?size=100&name=e.bin")),
             m_server.urlString(QStringLiteral("/status?code=404"))});
        m_window->findChild<QAction *>(QStringLiteral("actionStart"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile file(log);
                return file.open(QIODevice::ReadOnly) && file.readAll().contains("batch ");
            }(),
            10000);
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("item ok 200 %1\n").arg(outDir())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("item failed 404 %1\n").arg(outDir())),
                 qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1String("batch 2 1 1 []\n")), qPrintable(text));
        // Its failure is told in the status bar, worded from the runner's facts.
        QTRY_COMPARE(m_window->statusBar()->currentMessage(),
                     QStringLiteral("The hook after the batch: failed with exit code 3"));
    }
};

QTEST_MAIN(TestScheduledStart)
#include "tst_scheduledstart.moc"
