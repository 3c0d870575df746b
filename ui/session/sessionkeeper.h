#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>
#include <optional>

#include "engineoptions.h"
#include "itemupdate.h"
#include "result.h"
#include "sessionjournal.h"
#include "sessionwriter.h"
#include "urllist.h"

// Keeps the window's batch on disk as a SessionJournal, so that a crash or a closed window loses
// neither the list nor what finished, and turns an unfinished journal back into rows. Positions
// in the journal are the table's rows in the order they were added. One file per window.
// A session has one output folder: the one its first rows were added with (or a resumed
// session's own), kept while the session is open, so one batch never ends split across two
// folders; it may move only while nothing of it has started.
// The GUI thread only maps ids to positions; the file is written (and deleted) by a
// SessionWriter on a worker thread, in the order things happened, and all of it is on disk once
// the keeper is flushed or destroyed.
class SessionKeeper final : public QObject
{
    Q_OBJECT

public:
    // What resuming a session gives back, in the session's order.
    struct Plan
    {
        QList<UrlList::Entry> entries; // one per line
        QStringList resumeNames;       // part file to continue, per entry (empty: none)
        // Final earlier: finished ok (its file still there) or invalid; never run again.
        QList<bool> carried;
        // index -> the result carried over: skipped = true for one that finished ok; an
        // invalid line's as it was (its result is final, and no download's end).
        QHash<int, Result> results;
        QString outputDir;
        bool checkOnly = false;

        // What resuming runs: the entries not carried over, each with its part file.
        QList<UrlList::Entry> toRun() const;
        QStringList toRunNames() const;
        // The carried results, each with the id its row gets (ids[i] for entries[i]).
        QList<Result> carriedResults(const QList<ItemId> &ids) const;
        // What resuming brings back, counted as the resume bar offers it and as resuming
        // says it: the downloads are those finished earlier and those to download; invalid
        // lines are listed again, as rows of their own, but are no downloads.
        int finishedEarlier() const;
        int toDownload() const;
        int downloads() const { return finishedEarlier() + toDownload(); }
    };

    explicit SessionKeeper(const QString &path, QObject *parent = nullptr);
    ~SessionKeeper() override; // flushes

    // sessions/current.jsonl under QStandardPaths::AppLocalDataLocation.
    static QString defaultPath();
    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }
    // The open session's folder (absolute) and mode; empty when none is open.
    QString outputDir() const { return m_outputDir; }
    bool checkOnly() const { return m_checkOnly; }
    // Something of the open session has started or finished (beyond invalid lines): its
    // folder holds its files from now on.
    bool hasStarted() const { return m_started; }

    // `options` (the Settings') with the open session's folder and mode, if one is open.
    EngineOptions batchOptions(EngineOptions options) const;
    // Starts a new, empty session that saves to `outputDir` (the last one is forgotten).
    void begin(const QString &outputDir, bool checkOnly);
    // Moves the open session to another folder. False, and nothing changes, once it has
    // started (or has rows while the engine `running`) and the folder or mode differ.
    bool moveTo(const QString &outputDir, bool checkOnly, bool running);

    // The journal an earlier window left with a download not finished ok, if any (an invalid
    // line is no download: it has nothing left to do).
    std::optional<SessionJournal::Session> pending() const;
    static Plan plan(const SessionJournal::Session &session);
    // The journal line of an entry: credentials removed, tab fields kept.
    static QString lineOf(const UrlList::Entry &entry);

    // Rows appended to the table (ids[i] for lines[i]), with what a resumed session already
    // knows about them (keys: positions in `lines`). Without an open session this begins one
    // in `outputDir`; an open session keeps its own folder.
    // Written in the background: a failure is reported by saveFailed().
    void addRows(const QList<ItemId> &ids, const QStringList &lines, const QString &outputDir,
                 bool checkOnly, const QHash<int, QString> &parts = {},
                 const QHash<int, Result> &results = {});
    // The same for new rows: their lines (lineOf) are made on the writer's thread.
    void addEntries(const QList<ItemId> &ids, const QList<UrlList::Entry> &entries,
                    const QString &outputDir, bool checkOnly);
    // The rows of a resumed session (ids[i] for plan.entries[i]), with their part files and
    // carried results.
    void addPlan(const QList<ItemId> &ids, const QStringList &lines, const Plan &plan);
    void recordUpdates(const QList<ItemUpdate> &updates);
    void recordResults(const QList<Result> &results);
    void removeRow(ItemId id);
    // The row's list line is `entry` now (Change URL): a resume continues at its new URL.
    void changeRow(ItemId id, const UrlList::Entry &entry);
    // The list was cleared: close the journal and delete it (in the background, like everything
    // else: flush() waits for it).
    void discard();
    // The batch is over (every row final): the journal is deleted, nothing is left to offer,
    // but the rows are remembered. When one runs again (Retry), the session reopens, in the
    // same folder, and is written anew, so quitting then can still continue it.
    void rest();
    // Blocks until everything recorded (or discarded) so far is done on disk.
    void flush();

Q_SIGNALS:
    void saveFailed(const QString &error);
    // The open session was discarded or rests: the batch is over or the list was cleared.
    void closed();
    // A row of the batch that ended runs again: the session is open again.
    void reopened();

private:
    // Maps the new rows' positions, beginning a session in `outputDir` when none is open.
    void appendIds(const QList<ItemId> &ids, const QString &outputDir, bool checkOnly);

    QString m_path;
    QThread m_thread;
    std::unique_ptr<SessionWriter> m_writer; // lives in m_thread
    bool m_open = false;
    bool m_started = false;
    bool m_resting = false;
    QString m_outputDir;
    bool m_checkOnly = false;
    QList<ItemId> m_ids; // position -> id
    QHash<ItemId, int> m_indexOf;
};
