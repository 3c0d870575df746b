#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include "result.h"
#include "urllist.h"

class AuthPrompter;
class BatchSession;
class Engine;
class StartGate;
class TransferModel;
class TransferView;

// The list's rows, kept in step across the engine, the table model, the session journal and
// the set of URLs already in the table: adding, starting, retrying, removing and clearing them.
class DownloadList final : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        Engine *engine;
        TransferModel *model;
        TransferView *view;
        BatchSession *session;
        StartGate *gate;
        AuthPrompter *auth;
    };
    explicit DownloadList(const Parts &parts, QObject *parent = nullptr);

    // The table's URLs (redacted, as shown): a second paste of the same list is skipped.
    QSet<QString> knownUrls() const { return m_known; }

    void add(const QList<UrlList::Entry> &entries);
    // Rows that came back with a resumed session (their URLs as the table shows them).
    void addKnown(const QStringList &urls);
    // Start: the waiting rows run, and the batch is open until it runs dry.
    void start();
    // Runs the failed or cancelled ones among `ids` again (now, even when rows wait for Start).
    void retry(const QList<ItemId> &ids);
    // Asks again for the done ones among `ids` (If-None-Match/If-Modified-Since): unchanged,
    // they stay done; changed, the new version replaces the file while it is unchanged locally.
    void checkForUpdates(const QList<ItemId> &ids);
    void remove(const QList<ItemId> &ids);
    // Change URL: a failed, cancelled, waiting or paused row goes on at `url` (its part file
    // continued when the new URL serves the same entity); false with *error for a URL Fanout
    // does not fetch or a row that cannot change.
    bool changeUrl(ItemId id, const QString &url, QString *error);
    // Cancels and forgets every row and the saved session; the search is cleared and row
    // numbers start at 1 again.
    void clear();
    // Writes every row that did not end ok as a list line (FailedList, as --failed-list) to
    // `path`; *count says how many. False with *error when the file cannot be written.
    bool exportFailed(const QString &path, int *count, QString *error) const;

Q_SIGNALS:
    // Rows were added or started: what the commands may do has changed.
    void changed();
    // The list is empty now.
    void cleared();
    // A word for the status bar (timeout in ms).
    void message(const QString &text, int timeout);

private:
    Parts m_parts;
    QSet<QString> m_known;
    // The list lines of rows with fields or invalid, for Export Failed as List (a plain line
    // is its row's URL).
    QHash<ItemId, UrlList::Entry> m_entries;
};
