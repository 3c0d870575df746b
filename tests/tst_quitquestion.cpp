#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "appsettings.h"
#include "englishplurals.h"
#include "filesink.h"
#include "inputpanel.h"
#include "labellines.h"
#include "mainwindow.h"
#include "queuedrows.h"
#include "quitquestion.h"
#include "resumebar.h"
#include "sessionjournal.h"
#include "sessionkeeper.h"
#include "settingsdialog.h"
#include "testserver.h"
#include "testsettings.h"

using Column = TransferModel::Column;
using S = TransferModel::RowState;

// Quitting the real window mid-batch, as a user does (close button, Ctrl+Q): the question,
// "Cancel" keeping the batch running, "Quit and continue later" keeping every part file with
// its .part.meta, and the next window continuing them with Range in the batch's own folder
// while the saved Settings stay untouched. Checked from the test server's side (which requests
// and Range headers it saw) and on disk, not only from the window.
class TestQuitQuestion final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestServer m_server;
    EnglishPlurals m_plurals; // "9 downloads", as GuiApp has it

    QString folder(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    static QString sessionPath() { return SessionKeeper::defaultPath(); }
    static void saveSettings(const QString &outputDir)
    {
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = outputDir;
        settings.engine.maxInFlight = 4;
        settings.engine.retries = 0;
        QSettings store;
        settings.save(store);
        store.sync();
    }
    static QString savedFolder() { return AppSettings::load(QSettings()).engine.outputDir; }
    // Everything QSettings holds but the window's geometry.
    static QVariantMap storedSettings()
    {
        const QSettings store;
        QVariantMap values;
        for (const QString &key : store.allKeys()) {
            if (!key.startsWith(QLatin1String("window/")))
                values.insert(key, store.value(key));
        }
        return values;
    }
    static void paste(MainWindow &w, const QString &text)
    {
        w.inputPanel()->setText(text);
        auto *add = w.findChild<QPushButton *>(QStringLiteral("addButton"));
        QVERIFY(add && add->isEnabled());
        add->click();
    }
    // Runs what was added: Start when the window waits for it (the first batch does).
    static void run(MainWindow &w)
    {
        auto *start = w.findChild<QAction *>(QStringLiteral("actionStart"));
        if (start->isEnabled())
            start->trigger();
    }
    static QString fileOf(MainWindow &w, int row)
    {
        return w.model()->index(row, int(Column::File)).data(TransferModel::RawRole).toString();
    }
    static S state(MainWindow &w, int row)
    {
        return S(w.model()->index(row, 0).data(TransferModel::StateRole).toInt());
    }
    // A slow download that honours Range (400 kB at about 100 kB/s), told apart by k, saved
    // under the name after the tab.
    QString big(int k) const
    {
        return m_server.urlString(
                   QStringLiteral("/ranged?size=400000&drip=4000&interval=40&k=%1").arg(k)) +
               QStringLiteral("\tbig%1.bin").arg(k);
    }
    QList<RecordedRequest> rangedRequests(int k) const
    {
        QList<RecordedRequest> found;
        for (const RecordedRequest &r : m_server.requests()) {
            if (r.path == QLatin1String("/ranged") &&
                r.query.queryItemValue(QStringLiteral("k")) == QString::number(k))
                found.append(r);
        }
        return found;
    }

    // Closes `w` as the close button does and answers the quit question with `button` when it
    // comes. Returns whether the window closed; *question gets the question's text ("" when
    // none was asked).
    static bool closeAnswering(MainWindow &w, const QString &button, QString *question)
    {
        question->clear();
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, &poll, [&] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(top);
                if (!box || box->objectName() != QLatin1String("quitQuestion") || !box->isVisible())
                    continue;
                poll.stop();
                *question = box->text() + QLatin1Char(' ') + box->informativeText();
                if (auto *b = box->findChild<QPushButton *>(button))
                    b->click();
                return;
            }
        });
        poll.start(); // fires inside the question's own event loop
        const bool closed = w.close();
        poll.stop();
        return closed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(folder("config"), QStringLiteral("tst_quitquestion"));
        QCoreApplication::installTranslator(&m_plurals);
        QVERIFY(m_server.start());
    }

    void init()
    {
        QFile::remove(sessionPath());
        for (const char *name : {"pasted", "batch", "elsewhere"}) {
            QDir(folder(name)).removeRecursively();
            QDir().mkpath(folder(name));
        }
        m_server.resetStats();
    }

    // The folder is a line of its own that word wrap never breaks (it broke after the first
    // "/"); a long one is elided in the middle, the whole path in the tooltip.
    void folderIsShownWhole_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("short") << QStringLiteral("/tmp/walk/out");
        QTest::newRow("long") << QStringLiteral("/home/someone/Downloads") +
                                     QStringLiteral("/a-rather-long-folder-name").repeated(8) +
                                     QStringLiteral("/out");
    }
    void folderIsShownWhole()
    {
        QFETCH(QString, folder);
        TransferModel model;
        addQueuedRows(model, 3);
        EngineOptions batch;
        batch.outputDir = folder;
        QStringList lines;
        QString tip;
        int width = 0;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &poll, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            for (QLabel *label : box->findChildren<QLabel *>()) {
                if (label->text() == box->informativeText()) {
                    lines = labelLines(*label);
                    tip = label->toolTip();
                }
            }
            width = box->width();
            box->findChild<QPushButton *>(QStringLiteral("quitCancelButton"))->click();
        });
        poll.start();
        QVERIFY(!QuitQuestion::mayQuit(nullptr, model, batch, true));
        QString line;
        const QString problem = folderLineProblem(lines, folder, &line);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(tip, folder);
        QVERIFY2(width < 800, qPrintable(QString::number(width)));
    }

    void noQuestionWhenNothingIsUnfinished()
    {
        saveSettings(folder("batch"));
        MainWindow w;
        w.show();
        QString question;
        QVERIFY(closeAnswering(w, QStringLiteral("quitCancelButton"), &question)); // empty
        QCOMPARE(question, QString());

        MainWindow done;
        done.show();
        QSignalSpy finished(&done, &MainWindow::batchFinished);
        paste(done, m_server.urlString(QStringLiteral("/file?size=100&name=one.bin")) +
                        QStringLiteral("\nnot a url"));
        done.findChild<QAction *>(QStringLiteral("actionStart"))->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(closeAnswering(done, QStringLiteral("quitCancelButton"), &question));
        QCOMPARE(question, QString());
    }

    void quitMidBatchKeepsPartsAndResumesWithRange()
    {
        saveSettings(folder("pasted"));
        const QString small = m_server.urlString(QStringLiteral("/file?size=3000&name=small.bin"));
        qint64 partSize[2] = {0, 0};
        {
            MainWindow first;
            first.show();
            paste(first, QStringList{big(0), big(1), small}.join(QLatin1Char('\n')));
            // Settings changed before Start: the batch, not started yet, follows them.
            AppSettings chosen = first.settings();
            chosen.engine.outputDir = folder("batch");
            QSettings store;
            chosen.save(store);
            first.applySettings(chosen);
            first.findChild<QAction *>(QStringLiteral("actionStart"))->trigger();
            const QString part0 = FileSink::partPathOf(folder("batch"), QStringLiteral("big0.bin"));
            const QString part1 = FileSink::partPathOf(folder("batch"), QStringLiteral("big1.bin"));
            QTRY_VERIFY_WITH_TIMEOUT(
                QFileInfo(part0).size() > 80000 && QFileInfo(part1).size() > 80000, 20000);
            QTRY_COMPARE(state(first, 2), S::Done);

            // Cancel: the window stays and the batch runs on.
            QString question;
            QVERIFY(!closeAnswering(first, QStringLiteral("quitCancelButton"), &question));
            QVERIFY2(question.contains(QStringLiteral("2 downloads are not finished")),
                     qPrintable(question));
            QVERIFY2(question.contains(QDir::toNativeSeparators(folder("batch"))),
                     qPrintable(question));
            QVERIFY(first.isVisible());
            const qint64 before = QFileInfo(part0).size();
            QTRY_VERIFY(QFileInfo(part0).size() > before + 20000);

            QVERIFY(closeAnswering(first, QStringLiteral("quitContinueLaterButton"), &question));
            QVERIFY(!question.isEmpty());
            QVERIFY(!first.isVisible());
        } // the window is destroyed as when the application ends
        for (int k = 0; k < 2; ++k) {
            const QString part =
                FileSink::partPathOf(folder("batch"), QStringLiteral("big%1.bin").arg(k));
            QVERIFY2(QFileInfo::exists(part), qPrintable(part));
            QVERIFY(QFileInfo::exists(part + QStringLiteral(".meta")));
            partSize[k] = QFileInfo(part).size();
            QVERIFY(partSize[k] > 0 && partSize[k] < 400000);
            QCOMPARE(rangedRequests(k).size(), 1);
        }
        QVERIFY(QDir(folder("pasted")).isEmpty());
        const auto saved = SessionJournal::load(sessionPath());
        QVERIFY(saved);
        QCOMPARE(saved->outputDir, folder("batch")); // where the parts are, not the first folder
        QCOMPARE(saved->parts.value(0), QStringLiteral("big0.bin"));
        QCOMPARE(saved->parts.value(1), QStringLiteral("big1.bin"));

        // Meanwhile Settings name another folder: the batch still continues in its own.
        saveSettings(folder("elsewhere"));
        const QVariantMap savedBefore = storedSettings();
        MainWindow second;
        second.show();
        QCOMPARE(second.settings().engine.outputDir, folder("elsewhere"));
        QVERIFY(second.resumeBar()->isVisibleTo(&second));
        const QString offer = second.resumeBar()->message();
        QVERIFY2(offer.contains(QStringLiteral("3 downloads")), qPrintable(offer));
        QVERIFY2(offer.contains(QDir::toNativeSeparators(folder("batch"))), qPrintable(offer));
        QSignalSpy finished(&second, &MainWindow::batchFinished);
        second.findChild<QPushButton *>(QStringLiteral("resumeSessionButton"))->click();
        QCOMPARE(second.model()->rowCount(), 3);
        auto *saving = second.findChild<QLabel *>(QStringLiteral("outputFolderLabel"));
        QVERIFY(saving->text().contains(QDir::toNativeSeparators(folder("batch"))));
        // Added while the resumed batch is open: it joins it, in its folder.
        paste(second, m_server.urlString(QStringLiteral("/file?size=500&name=late.bin")));
        run(second);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        second.model()->flush();
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(state(second, row), S::Done);
            QCOMPARE(QFileInfo(fileOf(second, row)).absolutePath(), folder("batch"));
        }
        for (int k = 0; k < 2; ++k) {
            QFile f(fileOf(second, k));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), TestServer::body(400000));
            // The server saw the part continued: one Range from the part's size, guarded.
            const QList<RecordedRequest> seen = rangedRequests(k);
            QCOMPARE(seen.size(), 2);
            QCOMPARE(seen[0].header("Range"), QByteArray());
            QCOMPARE(seen[1].header("Range"), "bytes=" + QByteArray::number(partSize[k]) + '-');
            QCOMPARE(seen[1].header("If-Range"), QByteArray("\"v1\""));
        }
        QCOMPARE(m_server.requestCount(QStringLiteral("/file")), 2); // small once, late once
        QVERIFY(QDir(folder("elsewhere")).isEmpty());
        QVERIFY(QDir(folder("pasted")).isEmpty());
        // The batch is over: the next one goes where Settings say, and the status bar says so.
        QTRY_VERIFY(saving->text().contains(QDir::toNativeSeparators(folder("elsewhere"))));
        // The saved Settings and what the Settings dialog shows never changed.
        QCOMPARE(second.settings().engine.outputDir, folder("elsewhere"));
        QCOMPARE(savedFolder(), folder("elsewhere"));
        QCOMPARE(storedSettings(), savedBefore); // every key, not only the folder
        SettingsDialog dialog(second.settings(), &second);
        QCOMPARE(dialog.settings().engine.outputDir, folder("elsewhere"));
    }

    // A batch that ended with a failure, whose row is then retried: quitting while it runs
    // still keeps its part and a session that continues it.
    void retryAfterTheBatchEndedIsKeptToo()
    {
        saveSettings(folder("batch"));
        const QString url = m_server.urlString(
            QStringLiteral("/ranged?size=400000&drip=4000&interval=40&cut=100000&key=r1&k=7"));
        const QString part = FileSink::partPathOf(folder("batch"), QStringLiteral("retried.bin"));
        {
            MainWindow w;
            w.show();
            QSignalSpy finished(&w, &MainWindow::batchFinished);
            paste(w, url + QStringLiteral("\tretried.bin"));
            run(w);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
            QCOMPARE(state(w, 0), S::Failed); // cut short after 100,000 bytes; no retries
            QTRY_VERIFY(!QFileInfo::exists(sessionPath())); // nothing left to offer
            w.findChild<QAction *>(QStringLiteral("actionRetryFailed"))->trigger();
            QTRY_VERIFY(QFileInfo::exists(sessionPath())); // it runs again: journaled again
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > 150000, 20000);
            QString question;
            QVERIFY(closeAnswering(w, QStringLiteral("quitContinueLaterButton"), &question));
            QVERIFY2(question.contains(QStringLiteral("offers to continue")), qPrintable(question));
        }
        const qint64 partSize = QFileInfo(part).size();
        QVERIFY(partSize > 150000 && partSize < 400000);
        MainWindow second;
        QVERIFY(second.resumeBar()->isVisibleTo(&second));
        QSignalSpy finished(&second, &MainWindow::batchFinished);
        second.findChild<QPushButton *>(QStringLiteral("resumeSessionButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        second.model()->flush();
        QCOMPARE(state(second, 0), S::Done);
        QFile f(fileOf(second, 0));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), TestServer::body(400000));
        const QList<RecordedRequest> seen = rangedRequests(7);
        QCOMPARE(seen.size(), 3); // cut short, retried with Range, resumed with Range
        QCOMPARE(seen[1].header("Range"), QByteArray("bytes=100000-"));
        QCOMPARE(seen[2].header("Range"), "bytes=" + QByteArray::number(partSize) + '-');
    }

    void settingsChangeMidBatchKeepsTheBatchFolder()
    {
        saveSettings(folder("batch"));
        MainWindow w;
        w.show();
        QSignalSpy finished(&w, &MainWindow::batchFinished);
        paste(w, big(0));
        w.findChild<QAction *>(QStringLiteral("actionStart"))->trigger();
        QTRY_VERIFY(
            QFileInfo(FileSink::partPathOf(folder("batch"), QStringLiteral("big0.bin"))).size() >
            0);
        AppSettings changed = w.settings();
        changed.engine.outputDir = folder("elsewhere");
        w.applySettings(changed); // as the Settings dialog's OK does
        QCOMPARE(w.settings().engine.outputDir, folder("elsewhere"));
        paste(w, m_server.urlString(QStringLiteral("/file?size=500&name=joined.bin")));
        run(w);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        w.model()->flush();
        QCOMPARE(QFileInfo(fileOf(w, 0)).absolutePath(), folder("batch"));
        QCOMPARE(QFileInfo(fileOf(w, 1)).absolutePath(), folder("batch"));
        QVERIFY(QDir(folder("elsewhere")).isEmpty());
        // The batch is over: the next one saves where Settings say.
        paste(w, m_server.urlString(QStringLiteral("/file?size=500&name=next.bin")));
        run(w);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        w.model()->flush();
        QCOMPARE(QFileInfo(fileOf(w, 2)).absolutePath(), folder("elsewhere"));
    }
};

QTEST_MAIN(TestQuitQuestion)
#include "tst_quitquestion.moc"
