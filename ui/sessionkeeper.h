#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "itemupdate.h"
#include "result.h"
#include "sessionjournal.h"
#include "urllist.h"

// Keeps the window's batch on disk as a SessionJournal, so that a crash or a closed window loses
// neither the list nor what finished, and turns an unfinished journal back into rows. Positions
// in the journal are the table's rows in the order they were added. One file per window.
class SessionKeeper final : public QObject
{
    Q_OBJECT

public:
    // What resuming a session gives back, in the session's order.
    struct Plan
    {
        QList<UrlList::Entry> entries; // one per line
        QStringList resumeNames;       // part file to continue, per entry (empty: none)
        QList<bool> carried;           // finished ok earlier: not downloaded again
        QHash<int, Result> results;    // index -> the result carried over (skipped = true)
        QString outputDir;
        bool checkOnly = false;
    };

    explicit SessionKeeper(const QString &path, QObject *parent = nullptr);
    ~SessionKeeper() override;

    // sessions/current.jsonl under QStandardPaths::AppLocalDataLocation.
    static QString defaultPath();
    QString path() const { return m_path; }
    bool isOpen() const { return m_journal != nullptr; }

    // The journal an earlier window left with something not finished ok, if any.
    std::optional<SessionJournal::Session> pending() const;
    static Plan plan(const SessionJournal::Session &session);
    // The journal line of an entry: credentials removed, tab fields kept.
    static QString lineOf(const UrlList::Entry &entry);

    // Rows appended to the table (ids[i] for lines[i]), with what a resumed session already
    // knows about them (keys: positions in `lines`). The first call starts a new journal.
    bool addRows(const QList<ItemId> &ids, const QStringList &lines, const QString &outputDir,
                 bool checkOnly, const QHash<int, QString> &parts = {},
                 const QHash<int, Result> &results = {});
    void recordUpdates(const QList<ItemUpdate> &updates);
    void recordResults(const QList<Result> &results);
    void removeRow(ItemId id);
    // The batch is over or the list was cleared: close the journal and delete it.
    void discard();
    QString lastError() const { return m_error; }

private:
    bool rewrite();

    QString m_path;
    QString m_error;
    std::unique_ptr<SessionJournal> m_journal;
    SessionJournal::Session m_mirror; // what the journal holds, to rewrite it compacted
    QList<ItemId> m_ids;              // position -> id
    QHash<ItemId, int> m_indexOf;
};
