#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "sessionjournal.h"
#include "sessionkeeper.h"

// The window's session keeper writes on a worker thread: what it is told reaches the file in
// order, all of it once it is flushed or destroyed, and a discard removes the file even when it
// comes while a long rewrite is still being written.
class TestSessionKeeper final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(QStringLiteral("sessions/current.jsonl")); }
    static QStringList lines(int n, int from = 0)
    {
        QStringList out;
        for (int i = from; i < from + n; ++i)
            out << QStringLiteral("http://example.test/file-%1.bin").arg(i);
        return out;
    }
    static QList<ItemId> ids(int n, ItemId from = 1)
    {
        QList<ItemId> out;
        for (int i = 0; i < n; ++i)
            out << from + ItemId(i);
        return out;
    }
    static Result ok(ItemId id, const QString &file)
    {
        Result r;
        r.id = id;
        r.outcome = Outcome::Ok;
        r.file = file;
        r.bytes = 10;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.filePath(QStringLiteral("sessions"))).removeRecursively();
    }

    void destroyingWritesEverything()
    {
        {
            SessionKeeper keeper(path());
            keeper.addRows(ids(1000), lines(1000), m_dir.path(), false);
            QVERIFY(keeper.isOpen());
            ItemUpdate update;
            update.id = 7;
            update.file = QStringLiteral("file-6.bin.part");
            keeper.recordUpdates({update});
            keeper.recordResults({ok(3, QStringLiteral("/out/file-2.bin"))});
        } // no flush: the destructor finishes the writer's queue
        const auto session = SessionJournal::load(path());
        QVERIFY(session);
        QCOMPARE(session->lines, lines(1000));
        QCOMPARE(session->outputDir, m_dir.path());
        QCOMPARE(session->parts.value(6), QStringLiteral("file-6.bin.part"));
        QCOMPARE(session->results.size(), 1);
        QCOMPARE(session->results.value(2).file, QStringLiteral("/out/file-2.bin"));
    }

    void growingListKeepsResults()
    {
        SessionKeeper keeper(path());
        keeper.addRows(ids(3), lines(3), m_dir.path(), false);
        keeper.recordResults({ok(2, QStringLiteral("/out/b"))});
        keeper.addRows(ids(2, 4), lines(2, 3), m_dir.path(), false,
                       {{1, QStringLiteral("e.part")}});
        keeper.recordResults({ok(4, QStringLiteral("/out/d"))});
        keeper.flush();
        const auto session = SessionJournal::load(path());
        QVERIFY(session);
        QCOMPARE(session->lines, lines(5));
        QCOMPARE(session->results.value(1).file, QStringLiteral("/out/b"));
        QCOMPARE(session->results.value(3).file, QStringLiteral("/out/d"));
        QCOMPARE(session->parts.value(4), QStringLiteral("e.part"));
        QVERIFY(!QFile::exists(path() + QStringLiteral(".new")));
    }

    void aChangedUrlIsWhatAResumeUses()
    {
        // Change URL: the row's saved line is the new one (credentials never written), its part
        // and the other rows unchanged.
        SessionKeeper keeper(path());
        keeper.addRows(ids(3), lines(3), m_dir.path(), false, {{1, QStringLiteral("b.part")}});
        UrlList::Entry entry;
        entry.text = QStringLiteral("https://user:secret@mirror.test/b.bin");
        entry.url = QUrl(entry.text);
        entry.valid = true;
        keeper.changeRow(2, entry);
        keeper.changeRow(99, entry); // not a row: nothing
        keeper.flush();
        const auto session = SessionJournal::load(path());
        QVERIFY(session);
        QStringList expected = lines(3);
        expected[1] = QStringLiteral("https://mirror.test/b.bin");
        QCOMPARE(session->lines, expected);
        QCOMPARE(session->parts.value(1), QStringLiteral("b.part"));
        QCOMPARE(SessionKeeper::plan(*session).entries.at(1).url,
                 QUrl(QStringLiteral("https://mirror.test/b.bin")));
    }

    void removedRowsShiftLaterOnes()
    {
        SessionKeeper keeper(path());
        keeper.addRows(ids(5), lines(5), m_dir.path(), false);
        keeper.recordResults({ok(4, QStringLiteral("/out/d")), ok(1, QStringLiteral("/out/a"))});
        keeper.removeRow(1);
        keeper.removeRow(3);
        keeper.flush();
        const auto session = SessionJournal::load(path());
        QVERIFY(session);
        QCOMPARE(session->lines,
                 (QStringList{lines(1, 1).first(), lines(1, 3).first(), lines(1, 4).first()}));
        QCOMPARE(session->results.size(), 1);
        QCOMPARE(session->results.value(1).file, QStringLiteral("/out/d"));
        // The last row gone: nothing left to keep.
        for (ItemId id : {2, 4, 5})
            keeper.removeRow(id);
        QVERIFY(!keeper.isOpen());
        keeper.flush();
        QVERIFY(!QFile::exists(path()));
    }

    // A session has one folder: later rows keep it; it moves only before anything started.
    void oneFolderPerSession()
    {
        const QString a = m_dir.filePath(QStringLiteral("a"));
        const QString b = m_dir.filePath(QStringLiteral("b"));
        SessionKeeper keeper(path());
        keeper.addRows(ids(2), lines(2), a, false);
        keeper.addRows(ids(1, 3), lines(1, 2), b, false); // joins the open session
        QCOMPARE(keeper.outputDir(), a);
        QVERIFY(!keeper.moveTo(b, false, true)); // the engine runs: rows may be starting
        QVERIFY(keeper.moveTo(b, false, false)); // nothing started: the batch follows
        QCOMPARE(keeper.batchOptions(EngineOptions()).outputDir, b);
        ItemUpdate running;
        running.id = 2;
        running.state = ItemState::Active;
        keeper.recordUpdates({running});
        QVERIFY(keeper.hasStarted());
        QVERIFY(!keeper.moveTo(a, false, false));
        QVERIFY(keeper.moveTo(b, false, true)); // its own folder: nothing to move
        keeper.flush();
        const auto session = SessionJournal::load(path());
        QVERIFY(session);
        QCOMPARE(session->outputDir, b);
        QCOMPARE(session->lines.size(), 3);
    }

    // The batch ended: no file, but a row that runs again (Retry) writes the session anew,
    // rows removed meanwhile included.
    void restingSessionReopensWhenARowRunsAgain()
    {
        SessionKeeper keeper(path());
        QSignalSpy reopened(&keeper, &SessionKeeper::reopened);
        keeper.addRows(ids(3), lines(3), m_dir.path(), false);
        Result failed = ok(3, QString());
        failed.outcome = Outcome::Failed;
        keeper.recordResults(
            {ok(1, QStringLiteral("/out/a")), ok(2, QStringLiteral("/out/b")), failed});
        keeper.rest();
        keeper.flush();
        QVERIFY(!keeper.isOpen());
        QVERIFY(!QFile::exists(path()));
        keeper.removeRow(1);
        ItemUpdate update;
        update.id = 3;
        update.state = ItemState::Finished; // a late report of the ended batch: no reopening
        keeper.recordUpdates({update});
        QCOMPARE(reopened.count(), 0);
        update.state = ItemState::Queued; // Retry
        keeper.recordUpdates({update});
        QCOMPARE(reopened.count(), 1);
        QVERIFY(keeper.isOpen());
        keeper.flush();
        const auto session = SessionJournal::load(path());
        QVERIFY(session);
        QCOMPARE(session->lines, lines(2, 1));
        QCOMPARE(session->results.value(0).file, QStringLiteral("/out/b"));
        QCOMPARE(session->results.value(1).outcome, Outcome::Failed);
    }

    void discardComesAfterWhatWasAskedBefore()
    {
        SessionKeeper keeper(path());
        keeper.addRows(ids(100000), lines(100000), m_dir.path(), false);
        keeper.discard(); // the 100,000-line rewrite is most likely still to be written
        QVERIFY(!keeper.isOpen());
        keeper.flush();
        QVERIFY(!QFile::exists(path()));
        QVERIFY(!QFile::exists(path() + QStringLiteral(".new")));
        // Rows added after a discard start a journal of their own.
        keeper.addRows(ids(2, 500), lines(2, 500), m_dir.path(), true);
        keeper.recordResults({ok(1, QStringLiteral("/out/old"))}); // an id of the discarded list
        keeper.flush();
        const auto session = SessionJournal::load(path());
        QVERIFY(session);
        QCOMPARE(session->lines, lines(2, 500));
        QVERIFY(session->checkOnly);
        QVERIFY(session->results.isEmpty());
    }

    void discardDuringARewrite()
    {
        SessionKeeper keeper(path());
        keeper.addRows(ids(10), lines(10), m_dir.path(), false);
        keeper.flush();
        QVERIFY(QFile::exists(path()));
        keeper.addRows(ids(200000, 11), lines(200000, 10), m_dir.path(), false);
        // Catch the writer in the middle of the rewrite (its temporary file exists).
        const QString temp = path() + QStringLiteral(".new");
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(temp) && timer.elapsed() < 10000)
            QThread::usleep(100);
        QVERIFY(QFile::exists(temp));
        keeper.discard();
        keeper.flush();
        QVERIFY(!QFile::exists(path()));
        QVERIFY(!QFile::exists(temp));
    }

    void anInvalidLineStaysInvalidOnResume()
    {
        // An invalid field is not in the saved line (only the URL is); the plan keeps the line
        // invalid with the reason its result recorded, instead of downloading the bare URL.
        SessionJournal::Session session;
        session.outputDir = QStringLiteral("/tmp/out");
        session.lines = {QStringLiteral("http://127.0.0.1:9/ok.bin"),
                         QStringLiteral("http://127.0.0.1:9/x.bin")};
        Result invalid;
        invalid.outcome = Outcome::Invalid;
        invalid.errorKind = ErrorKind::Invalid;
        invalid.errorDetail = QStringLiteral("dir= may not contain '.' or '..'");
        session.results.insert(1, invalid);
        const SessionKeeper::Plan plan = SessionKeeper::plan(session);
        QCOMPARE(plan.entries.size(), 2);
        QVERIFY(plan.entries.at(0).valid);
        QVERIFY(!plan.entries.at(1).valid);
        QCOMPARE(plan.entries.at(1).reason, invalid.errorDetail);
        QCOMPARE(plan.entries.at(1).line, 2);
        // Its result is final: carried over as it was, never run again, and no download.
        QVERIFY(plan.carried.at(1));
        QCOMPARE(plan.results.value(1).outcome, Outcome::Invalid);
        QVERIFY(!plan.results.value(1).skipped);
        QCOMPARE(plan.toRun().size(), 1);
        QCOMPARE(plan.finishedEarlier(), 0);
        QCOMPARE(plan.toDownload(), 1);
    }

    void failureIsReported()
    {
        // A file where the sessions folder should be: the journal cannot be written.
        QFile blocker(m_dir.filePath(QStringLiteral("blocked")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SessionKeeper keeper(m_dir.filePath(QStringLiteral("blocked/current.jsonl")));
        QSignalSpy failed(&keeper, &SessionKeeper::saveFailed);
        keeper.addRows(ids(1), lines(1), m_dir.path(), false);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionKeeper)
#include "tst_sessionkeeper.moc"
