#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "appsettings.h"
#include "batchsession.h"
#include "engine.h"
#include "labellines.h"
#include "resumebar.h"
#include "sessionjournal.h"
#include "sessionkeeper.h"
#include "testsettings.h"
#include "transfermodel.h"

// The window's side of the session: an unfinished journal is offered and resumed in its own
// folder with the rows that finished carried over (the Settings untouched), a batch that has
// started keeps its folder when the Settings change, and the end of a batch is said once.
// Nothing here is started against a server: the engine only queues.
class TestBatchSession final : public QObject
{
    Q_OBJECT

private:
    // What a window hands its BatchSession: an engine, a table model, a resume bar.
    struct Parts
    {
        Parts(const QString &journal, const AppSettings &settings)
            : engine(BatchSession::engineOptions(settings, &warning)),
              session(journal, settings, &engine, &model, &bar)
        {}
        QString warning;
        Engine engine;
        TransferModel model;
        ResumeBar bar;
        BatchSession session;
    };

    QTemporaryDir m_dir;

    QString journal() const { return m_dir.filePath(QStringLiteral("sessions/current.jsonl")); }
    QString folder(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }
    AppSettings settingsIn(const QString &name) const
    {
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = folder(name);
        return settings;
    }
    static QString url(int i) { return QStringLiteral("http://127.0.0.1:9/file-%1.bin").arg(i); }
    static TransferModel::RowState state(const TransferModel &model, int row)
    {
        return TransferModel::RowState(model.index(row, 0).data(TransferModel::StateRole).toInt());
    }
    static UrlList::Entry entry(int i) { return UrlList::parse(url(i)).entries().value(0); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")),
                        QStringLiteral("tst_batchsession"));
    }
    void init() { QFile::remove(journal()); }

    void resumesInItsOwnFolderWithFinishedRowsCarried()
    {
        const QString batchDir = folder(QStringLiteral("batch"));
        const QString done = QDir(batchDir).filePath(QStringLiteral("file-0.bin"));
        {
            QFile file(done);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("0123456789");
        }
        {
            SessionKeeper earlier(journal());
            // An invalid line too: listed again, never counted as to download.
            earlier.addRows({1, 2, 3, 4}, {url(0), url(1), url(2), QStringLiteral("not a url")},
                            batchDir, false);
            Result ok;
            ok.id = 1;
            ok.outcome = Outcome::Ok;
            ok.file = done;
            ok.bytes = 10;
            earlier.recordResults({ok});
        } // on disk: the destructor flushes

        const AppSettings settings = settingsIn(QStringLiteral("settings"));
        Parts parts(journal(), settings);
        Engine &engine = parts.engine;
        TransferModel &model = parts.model;
        ResumeBar &bar = parts.bar;
        BatchSession &session = parts.session;
        QSignalSpy folders(&session, &BatchSession::folderChanged);
        QSignalSpy messages(&session, &BatchSession::message);
        QSignalSpy resumed(&session, &BatchSession::resumed);

        QVERIFY(bar.isHidden());
        session.offerResume();
        QVERIFY(!bar.isHidden());
        QVERIFY2(bar.message().contains(QDir::toNativeSeparators(batchDir)),
                 qPrintable(bar.message()));

        QVERIFY(session.resume());
        QVERIFY(bar.isHidden());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(state(model, 0), TransferModel::RowState::Done);
        QCOMPARE(state(model, 1), TransferModel::RowState::Queued);
        QCOMPARE(state(model, 2), TransferModel::RowState::Queued);
        QTRY_COMPARE(state(model, 3), TransferModel::RowState::Invalid);
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(resumed.at(0).at(0).toStringList(), QStringList({url(0), url(1), url(2)}));
        // The batch's folder for the engine and the label; the Settings stay as they were.
        QCOMPARE(engine.options().outputDir, batchDir);
        QCOMPARE(session.settings().engine.outputDir, settings.engine.outputDir);
        QVERIFY(!folders.isEmpty());
        QCOMPARE(folders.last().at(0).value<EngineOptions>().outputDir, batchDir);
        QCOMPARE(folders.last().at(1).toString(), settings.engine.outputDir);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).at(0).toString(),
                 QStringLiteral("Resumed in %1: 1 finished earlier, 2 to download")
                     .arg(QDir::toNativeSeparators(batchDir)));
        QCOMPARE(session.keeper()->outputDir(), batchDir);

        QVERIFY(!session.resume()); // offered once
        QCOMPARE(model.rowCount(), 4);
    }

    // The offer counts what Resume brings back as downloads, and says "done" for what Resume
    // then says finished earlier: invalid lines are listed again but are no downloads, and a
    // file deleted since it finished is downloaded again.
    void theOfferCountsWhatResumeDoes()
    {
        const QString batchDir = folder(QStringLiteral("counted"));
        const QString kept = QDir(batchDir).filePath(QStringLiteral("file-0.bin"));
        QFile file(kept);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        {
            SessionKeeper earlier(journal());
            earlier.addRows({1, 2, 3, 4, 5},
                            {url(0), url(1), url(2), QStringLiteral("not a url"), url(3)}, batchDir,
                            false);
            // Ids 1 and 2 finished ok (the second file is gone since), 4 is the invalid line,
            // 5 failed; 3 has no result yet.
            QList<Result> results(4);
            const ItemId ids[] = {1, 2, 4, 5};
            const Outcome outcomes[] = {Outcome::Ok, Outcome::Ok, Outcome::Invalid,
                                        Outcome::Failed};
            for (int i = 0; i < 4; ++i) {
                results[i].id = ids[i];
                results[i].outcome = outcomes[i];
            }
            results[0].file = kept;
            results[1].file = QDir(batchDir).filePath(QStringLiteral("gone.bin"));
            earlier.recordResults(results);
        }
        Parts parts(journal(), settingsIn(QStringLiteral("settings")));
        QSignalSpy messages(&parts.session, &BatchSession::message);
        parts.session.offerResume();
        QVERIFY(!parts.bar.isHidden());
        QVERIFY2(parts.bar.message().startsWith(QStringLiteral("A batch of 4 download")) &&
                     parts.bar.message().contains(QStringLiteral("(1 done, ")),
                 qPrintable(parts.bar.message()));
        QVERIFY(parts.session.resume());
        QCOMPARE(parts.model.rowCount(), 5); // the invalid line is a row of its own
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.at(0).at(0).toString().endsWith(
                     QStringLiteral(": 1 finished earlier, 3 to download")),
                 qPrintable(messages.at(0).at(0).toString()));
    }

    // Every download finished ok: invalid lines left over (with their result or, journaled
    // before it came, without) are nothing to resume.
    void onlyInvalidLinesLeftOffersNothing()
    {
        const QString batchDir = folder(QStringLiteral("finished"));
        const QString kept = QDir(batchDir).filePath(QStringLiteral("file-0.bin"));
        QFile file(kept);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        {
            SessionKeeper earlier(journal());
            earlier.addRows({1, 2, 3},
                            {url(0), QStringLiteral("not a url"), QStringLiteral("nor this")},
                            batchDir, false);
            QList<Result> results(2);
            results[0].id = 1;
            results[0].outcome = Outcome::Ok;
            results[0].file = kept;
            results[1].id = 2;
            results[1].outcome = Outcome::Invalid;
            earlier.recordResults(results);
        }
        Parts parts(journal(), settingsIn(QStringLiteral("settings")));
        parts.session.offerResume();
        QVERIFY(parts.bar.isHidden());
        QVERIFY(!parts.session.resume());
    }

    // An invalid line's result is final: Resume carries it over, as it was, and never gives
    // the line to the engine again (it would end a second time, and the item hook with it).
    void anInvalidLineIsNotRunAgain()
    {
        const QString batchDir = folder(QStringLiteral("invalid"));
        const QString reason = QStringLiteral("not an http(s) URL");
        {
            SessionKeeper earlier(journal());
            earlier.addRows({1, 2}, {url(0), QStringLiteral("not a url")}, batchDir, false);
            Result invalid;
            invalid.id = 2;
            invalid.url = QStringLiteral("not a url");
            invalid.outcome = Outcome::Invalid;
            invalid.errorKind = ErrorKind::Invalid;
            invalid.errorDetail = reason;
            earlier.recordResults({invalid});
        }
        Parts parts(journal(), settingsIn(QStringLiteral("settings")));
        QSignalSpy finished(&parts.engine, &Engine::itemsFinished);
        QSignalSpy messages(&parts.session, &BatchSession::message);
        parts.session.offerResume();
        QVERIFY2(parts.bar.message().startsWith(QStringLiteral("A batch of 1 download")) &&
                     parts.bar.message().contains(QStringLiteral("(0 done, ")),
                 qPrintable(parts.bar.message()));
        QVERIFY(parts.session.resume());
        QVERIFY(messages.at(0).at(0).toString().endsWith(
            QStringLiteral(": 0 finished earlier, 1 to download")));
        // The engine ends what it is given in order: once a later invalid line has ended, the
        // resumed one would have too.
        const QList<ItemId> later =
            parts.engine.add(UrlList::parse(QStringLiteral("nor this")).entries());
        QCOMPARE(later.size(), 1);
        QList<ItemId> ended;
        QTRY_VERIFY((ended =
                         [&] {
                             QList<ItemId> ids;
                             for (const QList<QVariant> &signal : finished)
                                 for (const Result &r : signal.at(0).value<QList<Result>>())
                                     ids.append(r.id);
                             return ids;
                         }())
                        .contains(later.first()));
        QCOMPARE(ended, later);
        // Its row as before: invalid, with its reason, exported as invalid; still in the journal.
        TransferModel &model = parts.model;
        model.flush();
        QCOMPARE(state(model, 1), TransferModel::RowState::Invalid);
        QCOMPARE(model.index(1, int(TransferModel::Column::Status)).data().toString(),
                 QStringLiteral("Invalid: %1").arg(reason));
        const Result exported = model.results().at(1);
        QCOMPARE(exported.outcome, Outcome::Invalid);
        QCOMPARE(exported.errorDetail, reason);
        QCOMPARE(exported.url, QStringLiteral("not a url"));
        parts.session.keeper()->flush();
        const auto saved = SessionJournal::load(journal());
        QVERIFY(saved);
        QCOMPARE(saved->results.value(1).outcome, Outcome::Invalid);
    }

    // The folder is a line of its own that word wrap never breaks, however narrow the bar (it
    // broke after the first "/"); a long one is elided in the middle, the whole path in the
    // tooltip.
    void theOfferShowsTheFolderWhole_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("own"); // not the Settings' folder
        QTest::newRow("short") << QStringLiteral("/tmp/walk/out") << false;
        QTest::newRow("own") << QStringLiteral("/tmp/walk/out") << true;
        QTest::newRow("long") << QStringLiteral("/home/someone/Downloads") +
                                     QStringLiteral("/a-rather-long-folder-name").repeated(8) +
                                     QStringLiteral("/out")
                              << false;
    }
    void theOfferShowsTheFolderWhole()
    {
        QFETCH(QString, folder);
        QFETCH(bool, own);
        SessionKeeper::Plan plan;
        plan.entries = {entry(0)};
        plan.resumeNames = {QString()};
        plan.carried = {false};
        plan.outputDir = folder;
        ResumeBar bar;
        bar.offer(plan, QDateTime::currentDateTime(), own ? QStringLiteral("/elsewhere") : folder);
        bar.show();
        auto *label = bar.findChild<QLabel *>(QStringLiteral("resumeMessage"));
        QVERIFY(label);
        for (const int width : {560, 360}) { // in the narrower one, a long folder is cut
            bar.resize(width, 200);
            QVERIFY(QTest::qWaitForWindowExposed(&bar));
            QApplication::processEvents();
            const QStringList lines = labelLines(*label);
            QString line;
            const QString problem = folderLineProblem(lines, folder, &line);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            // Never wider than the label: a line word wrap may not break would be cut off.
            QVERIFY2(label->fontMetrics().horizontalAdvance(line) <= label->contentsRect().width(),
                     qPrintable(QStringLiteral("%1 at %2").arg(line).arg(width)));
        }
        QCOMPARE(label->toolTip(), folder);
        // What the bar says, in plain words, names the folder whole.
        QVERIFY2(bar.message().contains(folder) && bar.message().endsWith(u'?'),
                 qPrintable(bar.message()));
        // Which folder it is, whether or not either exists on disk.
        QCOMPARE(bar.message().contains(QStringLiteral("its own folder")), own);
    }

    void aStartedBatchKeepsItsFolder_data()
    {
        QTest::addColumn<bool>("started");
        QTest::newRow("not started: it moves") << false;
        QTest::newRow("started: it stays") << true;
    }
    void aStartedBatchKeepsItsFolder()
    {
        QFETCH(bool, started);
        const AppSettings first = settingsIn(QStringLiteral("first"));
        Parts parts(journal(), first);
        Engine &engine = parts.engine;
        BatchSession &session = parts.session;
        QSignalSpy messages(&session, &BatchSession::message);
        session.beginIfClosed();
        QCOMPARE(engine.options().outputDir, first.engine.outputDir);
        session.addRows({1}, {entry(1)}); // the journal's row; the engine has nothing to run
        if (started)
            engine.start();

        const AppSettings second = settingsIn(QStringLiteral("second"));
        session.applySettings(second);
        QCOMPARE(session.settings().engine.outputDir, second.engine.outputDir);
        QCOMPARE(engine.options().outputDir,
                 started ? first.engine.outputDir : second.engine.outputDir);
        QCOMPARE(messages.size(), started ? 1 : 0);
        if (started) {
            QCOMPARE(messages.at(0).at(0).toString(),
                     QStringLiteral("This batch goes on in %1; the new folder is for the next "
                                    "batch")
                         .arg(QDir::toNativeSeparators(first.engine.outputDir)));
        }
    }

    void theEndIsSaidOnce_data()
    {
        QTest::addColumn<bool>("open");
        QTest::addColumn<bool>("started");
        QTest::addColumn<int>("ends");
        QTest::newRow("open and running") << true << true << 1;
        QTest::newRow("never opened") << false << true << 0;
        QTest::newRow("not started") << true << false << 0;
    }
    void theEndIsSaidOnce()
    {
        QFETCH(bool, open);
        QFETCH(bool, started);
        QFETCH(int, ends);
        const AppSettings settings = settingsIn(QStringLiteral("end"));
        Parts parts(journal(), settings);
        Engine &engine = parts.engine;
        BatchSession &session = parts.session;
        QSignalSpy ended(&session, &BatchSession::ended);
        if (started)
            engine.start();
        if (open)
            session.markOpen();
        session.checkEnded();
        session.checkEnded(); // the engine may say idle again: the batch ended once
        QCOMPARE(ended.size(), ends);
        if (ends > 0) {
            QCOMPARE(ended.at(0).at(0).toString(),
                     QStringLiteral("Batch finished: 0 ok, 0 failed, 0 cancelled"));
        }
    }
};

QTEST_MAIN(TestBatchSession)
#include "tst_batchsession.moc"
