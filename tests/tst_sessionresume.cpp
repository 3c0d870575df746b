#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "appsettings.h"
#include "englishplurals.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "resumebar.h"
#include "sessionjournal.h"
#include "sessionkeeper.h"
#include "testserver.h"
#include "testsettings.h"

using Column = TransferModel::Column;
using S = TransferModel::RowState;

// The window's session: a batch cut short (the window destroyed mid-batch) comes back in the
// next window through the resume bar, finished files are not fetched again, part files are
// continued, and a batch that ends (or a cleared list) leaves no session behind.
class TestSessionResume final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestServer m_server;
    EnglishPlurals m_plurals; // "9 downloads", as GuiApp has it

    QString outDir() const { return m_dir.filePath(QStringLiteral("out")); }
    static QString sessionPath() { return SessionKeeper::defaultPath(); }
    static S state(MainWindow &w, int row)
    {
        return S(w.model()->index(row, 0).data(TransferModel::StateRole).toInt());
    }
    static QAction *action(MainWindow &w, const char *name)
    {
        return w.findChild<QAction *>(QString::fromLatin1(name));
    }
    static void paste(MainWindow &w, const QString &text)
    {
        w.inputPanel()->setText(text);
        auto *add = w.findChild<QPushButton *>(QStringLiteral("addButton"));
        QVERIFY(add && add->isEnabled());
        add->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")),
                        QStringLiteral("tst_sessionresume"));
        QCoreApplication::installTranslator(&m_plurals);
        QVERIFY(m_server.start());
    }

    void init()
    {
        QFile::remove(sessionPath());
        QDir(outDir()).removeRecursively();
        QDir().mkpath(outDir());
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = outDir();
        settings.engine.maxInFlight = 4;
        settings.engine.retries = 0;
        QSettings store;
        settings.save(store);
        store.sync();
        m_server.resetStats();
    }

    void killedMidBatchResumes()
    {
        QStringList lines;
        for (int i = 0; i < 6; ++i)
            lines << m_server.urlString(
                QStringLiteral("/file?size=%1&name=small%2.bin").arg(2000 + i).arg(i));
        // Slow ones that are still running when the window goes: 400 kB at about 100 kB/s.
        for (int i = 0; i < 2; ++i)
            lines << m_server.urlString(
                QStringLiteral("/ranged?size=400000&drip=4000&interval=40&name=big%1.bin&k=%1")
                    .arg(i));
        lines << QStringLiteral("not a url");
        QString invalidStatus;
        Result invalidResult;
        {
            MainWindow first;
            paste(first, lines.join(QLatin1Char('\n')));
            QCOMPARE(first.model()->rowCount(), 9);
            QTRY_VERIFY(QFileInfo::exists(sessionPath())); // written in the background
            action(first, "actionStart")->trigger();
            // Wait until the small files are done and the big ones are half way.
            QTRY_VERIFY_WITH_TIMEOUT(first.model()->summary().count(S::Done) >= 6, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(first.model()->summary().receivedBytes > 6 * 2000 + 50000,
                                     20000);
            QVERIFY(first.model()->summary().count(S::Done) < 8);
            invalidStatus = first.model()->index(8, int(Column::Status)).data().toString();
            invalidResult = first.model()->results().at(8);
        } // the window is gone mid-batch, as after a crash: the journal keeps what happened
        QVERIFY(QFileInfo(sessionPath()).size() > 0);
        const auto saved = SessionJournal::load(sessionPath());
        QVERIFY(saved);
        QCOMPARE(saved->lines.size(), 9);
        QVERIFY2(saved->parts.contains(6), "the running download's part file is journaled");
        const int smallRequests = m_server.requestCount(QStringLiteral("/file"));
        QCOMPARE(smallRequests, 6);

        MainWindow second;
        QVERIFY(second.resumeBar()->isVisibleTo(&second));
        // 8 downloads: the invalid line comes back as a row, not as a download.
        QVERIFY2(second.resumeBar()->message().contains(QStringLiteral("8 downloads")),
                 qPrintable(second.resumeBar()->message()));
        QCOMPARE(second.model()->rowCount(), 0);
        QSignalSpy finished(&second, &MainWindow::batchFinished);
        auto *resume = second.findChild<QPushButton *>(QStringLiteral("resumeSessionButton"));
        QVERIFY(resume);
        resume->click();
        QVERIFY(!second.resumeBar()->isVisibleTo(&second));
        QCOMPARE(second.model()->rowCount(), 9);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        second.model()->flush();
        for (int row = 0; row < 8; ++row) {
            QCOMPARE(state(second, row), S::Done);
            const QString file = second.model()
                                     ->index(row, int(Column::File))
                                     .data(TransferModel::RawRole)
                                     .toString();
            const qint64 size = row < 6 ? 2000 + row : 400000;
            QCOMPARE(QFileInfo(file).size(), size);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), TestServer::body(size));
        }
        // The invalid line's result carried over: the same row, the same export.
        QCOMPARE(state(second, 8), S::Invalid);
        QCOMPARE(second.model()->index(8, int(Column::Status)).data().toString(), invalidStatus);
        const Result invalid = second.model()->results().at(8);
        QCOMPARE(invalid.outcome, Outcome::Invalid);
        QCOMPARE(invalid.url, invalidResult.url);
        QCOMPARE(invalid.error(), invalidResult.error());
        // Finished files were carried over, not fetched again; the drips were continued.
        QCOMPARE(m_server.requestCount(QStringLiteral("/file")), smallRequests);
        const QList<RecordedRequest> requests = m_server.requests();
        int ranged = 0;
        for (const RecordedRequest &r : requests)
            ranged += (r.path == QLatin1String("/ranged") && !r.header("Range").isEmpty()) ? 1 : 0;
        // Closing the window kept the part files: the drips continue where they stopped.
        QVERIFY2(ranged >= 1, "a part file is continued with a Range request");
        // The batch ended: nothing is left to offer (deleted in the background).
        QTRY_VERIFY(!QFileInfo::exists(sessionPath()));
        MainWindow third;
        QVERIFY(!third.resumeBar()->isVisibleTo(&third));
    }

    void discardForgetsAndClearRemoves()
    {
        {
            MainWindow first;
            paste(first, m_server.urlString(QStringLiteral("/file?size=10&name=never.bin")));
            // Never started: still worth offering. Written in the background.
            QTRY_VERIFY(QFileInfo::exists(sessionPath()));
        }
        {
            MainWindow second;
            QVERIFY(second.resumeBar()->isVisibleTo(&second));
            second.findChild<QPushButton *>(QStringLiteral("discardSessionButton"))->click();
            QTRY_VERIFY(!QFileInfo::exists(sessionPath()));
            QCOMPARE(second.model()->rowCount(), 0);
            paste(second, m_server.urlString(QStringLiteral("/file?size=10&name=x.bin")));
            QTRY_VERIFY(QFileInfo::exists(sessionPath()));
            second.clearList(); // what Clear List does once its question is answered Yes
            QCOMPARE(second.model()->rowCount(), 0);
            QTRY_VERIFY(!QFileInfo::exists(sessionPath()));
        }
        MainWindow third;
        QVERIFY(!third.resumeBar()->isVisibleTo(&third));
        QCOMPARE(m_server.requestCount(), 0);
    }

    // Re-adding a URL that finished earlier: verified on disk and skipped, shown as already
    // complete, never saved again as "file01 (1).bin". The second window's engine starts with
    // another folder and Settings then name the first one again (as after a resume into a
    // batch's own folder): the record of that folder must still be found.
    void reAddedCompletedUrlIsSkipped()
    {
        const QString url = m_server.urlString(QStringLiteral("/file?size=70000&name=file01.bin"));
        {
            MainWindow first;
            QSignalSpy finished(&first, &MainWindow::batchFinished);
            paste(first, url);
            action(first, "actionStart")->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
            QCOMPARE(state(first, 0), S::Done);
        }
        QCOMPARE(m_server.requestCount(QStringLiteral("/file")), 1);
        AppSettings settings = AppSettings::load(QSettings());
        settings.engine.outputDir = m_dir.filePath(QStringLiteral("other"));
        {
            QSettings store;
            settings.save(store);
        }
        MainWindow second;
        settings.engine.outputDir = outDir();
        second.applySettings(settings); // what the Settings dialog's OK does
        QSignalSpy finished(&second, &MainWindow::batchFinished);
        for (int round = 1; round <= 2; ++round) { // a new window, then after Clear List
            paste(second, url);
            if (action(second, "actionStart")->isEnabled())
                action(second, "actionStart")->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), round, 10000);
            second.model()->flush();
            QCOMPARE(state(second, 0), S::Done);
            const QString status = second.model()->index(0, int(Column::Status)).data().toString();
            QVERIFY2(status.contains(QStringLiteral("already complete")), qPrintable(status));
            QVERIFY(second.model()->results().value(0).skipped);
            // The server never saw it again, and the folder holds one copy.
            QCOMPARE(m_server.requestCount(QStringLiteral("/file")), 1);
            QCOMPARE(QDir(outDir()).entryList(QDir::Files),
                     QStringList{QStringLiteral("file01.bin")});
            second.clearList(); // Clear List, its question answered Yes
        }
    }

    void journalHoldsNoCredentials()
    {
        {
            MainWindow w;
            paste(w, QStringLiteral("http://alice:s3cret@127.0.0.1:1/secret.bin"));
        }
        QFile file(sessionPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("secret.bin"));
        QVERIFY(!text.contains("s3cret"));
        QVERIFY(!text.contains("alice"));
    }
};

QTEST_MAIN(TestSessionResume)
#include "tst_sessionresume.moc"
