#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include "result.h"
#include "sessionjournal.h"

// The file work of the window's session: the journal's mirror, its compacted rewrites, the
// appended records, their fsyncs and the file's removal. It lives on a worker thread and
// SessionKeeper posts every call to it in order, so a 100,000-line rewrite, an fsync or an unlink
// on a busy disk never holds up the GUI thread, and a removal can never be overtaken by a rewrite
// that was asked for before it. Rewrites are coalesced: several list changes in a row cost one.
// Keys are positions in the list.
class SessionWriter final : public QObject
{
public:
    SessionWriter(const QString &path, std::function<void(const QString &)> onError);
    ~SessionWriter() override;

    // Starts a new journal for a session that saves to `outputDir` (written with its rows).
    void begin(const QString &outputDir, bool checkOnly);
    // The session's folder changes (before anything of it started).
    void setOutput(const QString &outputDir, bool checkOnly);
    // Rows appended to the list. Parts and results are keyed by positions in `lines`.
    void addRows(const QStringList &lines, const QHash<int, QString> &parts,
                 const QHash<int, Result> &results);
    void recordParts(const QList<std::pair<int, QString>> &parts);
    // results[i] belongs at indexes[i]; -1: not in the list.
    void recordResults(const QList<int> &indexes, const QList<Result> &results);
    void removeAt(int index);
    // The line at `index` says something else now (Change URL); its part and result stay.
    void replaceAt(int index, const QString &line);
    // Forgets the session and deletes its file.
    void discard();
    // The batch ended: deletes the file but keeps the list, in case a row runs again.
    void rest();
    // A row of the resting list runs again: the file is written anew.
    void reopen();
    // Writes what is pending and fsyncs.
    void flush();
    // flush(), then closes the file: the keeper is going.
    void finish();

private:
    void scheduleRewrite();
    void rewrite();
    void fail(const QString &error);

    QString m_path;
    std::function<void(const QString &)> m_onError;
    std::unique_ptr<SessionJournal> m_journal;
    SessionJournal::Session m_mirror; // what the journal holds, to rewrite it compacted
    bool m_open = false;              // a session is being kept (its file may be pending)
    bool m_resting = false;           // rest(): no file, the list kept
    bool m_rewritePending = false;
};
