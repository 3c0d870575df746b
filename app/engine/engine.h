#pragma once

#include <QList>
#include <QObject>
#include <QThread>

#include "credentialstore.h"
#include "engineoptions.h"
#include "itemupdate.h"
#include "result.h"
#include "urllist.h"

class Scheduler;

// The engine's face to the window and to the headless runner. It lives in the caller's thread;
// the Scheduler and its network lanes live in worker threads. Every call only posts work and
// returns at once; everything that happens comes back as batched, queued signals.
class Engine final : public QObject
{
    Q_OBJECT

public:
    explicit Engine(const EngineOptions &options, QObject *parent = nullptr);
    ~Engine() override;

    // Applies to attempts started from now on.
    void setOptions(const EngineOptions &options);
    const EngineOptions &options() const { return m_options; }

    // Adds items in order and returns their ids. Invalid entries finish at once with outcome
    // `invalid`; valid ones queue and run once start() has been called.
    QList<ItemId> add(const QList<UrlList::Entry> &entries);
    // The same, each entry with the name of a part file to continue (empty: none).
    QList<ItemId> add(const QList<UrlList::Entry> &entries, const QStringList &resumeNames);

    void start();                // begin dispatching; later add()s run as they come
    void setPaused(bool paused); // paused: no new attempts, active ones stop reading
    void cancelAll();            // everything not finished ends `cancelled`
    void cancel(ItemId id);
    void retry(ItemId id); // a finished, not-ok item runs again from attempt 1
    // A failed, cancelled, waiting or running item goes on at `url` from attempt 1, continuing
    // its part file when `url` serves the same entity.
    void changeUrl(ItemId id, const QUrl &url);
    // A finished, ok item asks the server whether its file changed (If-None-Match, else
    // If-Modified-Since): 304 keeps it, a new version replaces it while it is unchanged locally.
    void checkForUpdate(ItemId id);
    void remove(ItemId id); // cancel quietly and forget: no Result is delivered
    // This item's own speed cap (bytes a second, 0 = none), at once if it is running.
    void setItemRate(ItemId id, qint64 bytesPerSecond);

    // A new batch (the window's Clear List): every origin's politeness starts afresh, so what
    // one list taught about a server (a lowered allowance, a cooldown, an open breaker) does not
    // hold back the next.
    void newBatch();

    // Credentials for a host (or CredentialStore::proxyKey for a proxy), for this engine's life:
    // the answer to a 401/407. Retry the items that failed for want of them.
    void setCredentials(const QString &key, const QString &user, const QString &password);

    bool isStarted() const { return m_started; }

Q_SIGNALS:
    // With EngineOptions::reportMoments: every attempt's start (its url set) and every wait for
    // a retry, one by one, in order, before the same delivery's itemsChanged.
    void itemMoments(const QList<ItemUpdate> &moments);
    void itemsChanged(const QList<ItemUpdate> &updates);
    void itemsFinished(const QList<Result> &results);
    // Every item added so far has delivered its Result (emitted after that batch).
    void idle();

private:
    EngineOptions m_options;
    CredentialStore m_credentials;
    QThread m_thread;
    Scheduler *m_scheduler = nullptr; // lives in m_thread, deleted when it finishes
    ItemId m_nextId = 1;
    bool m_started = false;
};
