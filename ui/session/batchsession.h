#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

#include "appsettings.h"
#include "engineoptions.h"
#include "result.h"
#include "sessionjournal.h"
#include "urllist.h"

class Engine;
class ResumeBar;
class SessionKeeper;
class TransferModel;

// The window's batch as a session on disk: it owns the SessionKeeper and keeps it in step with
// the rows, offers an unfinished session in the ResumeBar and resumes it in its own folder with
// the rows that finished carried over, hands the engine the open batch's options (the Settings',
// with the batch's folder) and says where it saves and when the batch has ended.
class BatchSession final : public QObject
{
    Q_OBJECT

public:
    // `path`: the journal (SessionKeeper::defaultPath() for the window); `settings`: the
    // Settings as loaded. Nothing is offered or applied before offerResume()/applySettings().
    BatchSession(const QString &path, const AppSettings &settings, Engine *engine,
                 TransferModel *model, ResumeBar *bar, QObject *parent = nullptr);

    // The Settings' engine options; `warning` says what could not be used (the CA file).
    static EngineOptions engineOptions(const AppSettings &settings, QString *warning);

    SessionKeeper *keeper() const { return m_keeper; }
    const AppSettings &settings() const { return m_settings; }
    // New Settings (as the dialog's OK): a batch that has started keeps its folder, so one
    // batch never ends split across two; the engine gets the rest at once.
    void applySettings(const AppSettings &settings);
    // Shows the unfinished session an earlier window left in the resume bar, if any.
    void offerResume();
    // Brings back the offered session: finished rows with their results, the rest queued
    // (continuing their part files) in the session's own folder. False: none, or the open
    // list saves elsewhere and has started. The caller starts the batch on resumed().
    bool resume();
    // Rows are about to be added: without an open session a new batch begins, saving where the
    // Settings say now; else they join the open batch, in its folder.
    void beginIfClosed();
    // Rows the table got (ids[i] for entries[i]).
    void addRows(const QList<ItemId> &ids, const QList<UrlList::Entry> &entries);
    void removeRow(ItemId id);
    void changeRow(ItemId id, const UrlList::Entry &entry);
    // Items were started: the batch is open until the engine runs dry.
    void markOpen() { m_batchOpen = true; }
    // The engine is idle: when every row has its result, the batch ends (see ended()).
    void checkEnded();
    // The list was cleared: the journal and the offer are forgotten.
    void clear();

Q_SIGNALS:
    // A word for the status bar (timeout in ms, 0: until the next one).
    void message(const QString &text, int timeout);
    // Where downloads are saved now: `batch` the engine's options, `settingsFolder` the
    // Settings'.
    void folderChanged(const EngineOptions &batch, const QString &settingsFolder);
    // A session was resumed; `urls` are its valid lines, as the table shows them.
    void resumed(const QStringList &urls);
    // The batch ran dry: every item added so far has its result. `message` says how it went.
    void ended(const QString &message);

private:
    // Hands the engine the Settings' options, saving where the open batch saves; returns
    // what could not be used (the CA file, the proxy).
    QString useBatchOptions();
    void showFolder();

    AppSettings m_settings;
    Engine *m_engine;
    TransferModel *m_model;
    ResumeBar *m_bar;
    SessionKeeper *m_keeper;
    std::optional<SessionJournal::Session> m_offered; // held: a paste must not lose it
    bool m_batchOpen = false; // items were started since the batch last ended
};
