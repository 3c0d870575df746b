#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

#include "bandwidthlimiter.h"
#include "completedindex.h"
#include "credentialstore.h"
#include "engineoptions.h"
#include "itemupdate.h"
#include "namereservations.h"
#include "netrc.h"
#include "originpolicy.h"
#include "retrypolicy.h"
#include "sharedcookiejar.h"
#include "transfer.h"
#include "truststore.h"
#include "urllist.h"

class Lane;
class QThread;

// The batch's brain, in its own thread: a queue per origin (scheme, host and port), the global
// cap on requests in flight, dispatch to the origins their OriginPolicy lets send, the choice of
// lane (so no lane holds more than Qt's six connections to one origin), retries with backoff,
// deadlines, fail-fast, cancel and pause. It turns lane reports into ItemUpdates and Results,
// with the reason each waiting row waits, and hands them out every 50 ms.
class Scheduler final : public QObject
{
    Q_OBJECT

public:
    struct NewItem
    {
        ItemId id = 0;
        UrlList::Entry entry;
        QString resumeName; // a part file a previous run left for this item
    };

    // Qt 6 opens at most this many HTTP/1.1 connections per host per QNetworkAccessManager.
    static constexpr int qtConnectionsPerHost = 6;
    static int laneCountFor(int maxInFlight);

    Scheduler(const EngineOptions &options, CredentialStore *credentials,
              QObject *parent = nullptr);
    ~Scheduler() override;

    // All of these run in the scheduler's thread; the Engine invokes them queued.
    void setOptions(const EngineOptions &options);
    void add(const QList<Scheduler::NewItem> &items);
    void start();
    void setPaused(bool paused);
    void cancelAll();
    void cancel(ItemId id);
    void retry(ItemId id);
    void remove(ItemId id);
    void setItemRate(ItemId id, qint64 bytesPerSecond);
    // A new batch: every origin's politeness starts afresh (allowance, bucket, breaker,
    // cooldown).
    void newBatch();
    void shutdown();

Q_SIGNALS:
    void itemsChanged(const QList<ItemUpdate> &updates);
    void itemsFinished(const QList<Result> &results);
    void idle();

private:
    enum class Stop
    {
        None,
        Cancel,
        Remove
    };
    using Hold = OriginPolicy::Hold;

    // One origin's queue and its place in dispatch; its rules are its OriginPolicy's.
    struct Host
    {
        explicit Host(OriginPolicy p) : policy(std::move(p)) {}
        OriginPolicy policy;
        std::deque<ItemId> queue; // its Queued items, next first (may hold stale ids)
        bool empty = true;        // no live item queued (as of the last refresh)
        Hold hold = Hold::None;
        qint64 heldSinceMs = -1; // politeness hold with items queued, on m_clock
        qint64 heldTotalMs = 0;
        ItemId readyKey = 0;  // its entry in m_ready, 0 when none
        qint64 wakeAtMs = -1; // its entry in m_wakeups, -1 when none
        QString shownReason;  // what its waiting rows were last told
        qint64 shownUntilMs = 0;
        bool dirty = false; // in m_dirty: its waiting rows' reason may have changed
        qint64 heldTotalAt(qint64 nowMs) const
        {
            return heldTotalMs + (heldSinceMs >= 0 ? nowMs - heldSinceMs : 0);
        }
    };

    struct Item
    {
        ItemId id = 0;
        QUrl url;
        QString displayUrl;
        QString wantedName;
        QByteArray expectedSha256;
        QString resumeName; // a part file the last attempt kept
        qint64 itemRateBytes = 0;
        QString hostKey; // scheme://host:port: the origin, and Qt's connection pool
        Host *host = nullptr;
        qint64 heldMark = 0; // host->heldTotalAt() when it joined the host's queue
        qint64 politeWaitMs = 0;
        qint64 deadlineAtMs = -1; // item budget end on m_clock
        ItemState state = ItemState::Queued;
        int attempts = 0;
        int lane = -1;
        qint64 startedAtMs = -1; // on m_clock, at the first attempt
        qint64 attemptAtMs = 0;  // on m_clock, the current attempt's start
        qint64 dueMs = 0;        // RetryWait: on m_clock
        Stop stop = Stop::None;
        QString stopDetail;
        AttemptResult last;
    };

    struct LaneSlot
    {
        QThread *thread = nullptr;
        Lane *lane = nullptr;
        int active = 0;
        QHash<QString, int> perHost;
    };

    void loadSiteFiles();
    void ensureLanes(int count);
    TransferConfig transferConfig() const;
    Host &hostFor(const QString &origin);
    OriginPolicy::Rules originRules() const;
    void enqueue(Item &item, bool front);
    Hold holdOf(Host &host, qint64 now, qint64 *wakeAt);
    void refreshHost(Host &host);
    void markDirty(Host &host);
    void publishReasons();
    QString reasonOf(const Host &host, qint64 *untilMs) const;
    void armWakeTimer();
    void onWakeTimer();
    void dispatch();
    void launch(Item &item);
    int pickLane(const QString &hostKey) const;
    void onLaneProgress(int lane, const QList<ItemUpdate> &updates);
    void onAttemptFinished(int lane, const AttemptResult &result);
    void waitForRetry(Item &item, qint64 delayMs);
    void onRetryTimer();
    void unlinkWaiting(const Item &item);
    void armRetryTimer();
    void finish(Item &item, Outcome outcome, ErrorKind kind, const QString &detail);
    void cancelItem(Item &item, const QString &detail, Stop stop);
    void post(const ItemUpdate &update);
    ItemUpdate baseUpdate(const Item &item) const;
    void scheduleFlush();
    void flush();
    int maxAttempts() const { return m_options.retries + 1; }

    EngineOptions m_options;
    CredentialStore *m_credentials; // the Engine's
    std::unique_ptr<RetryPolicy> m_policy;
    NameReservations m_names;
    std::unique_ptr<CompletedIndex> m_completed;
    std::unique_ptr<CookieStore> m_cookies;
    std::unique_ptr<Netrc> m_netrc;
    std::unique_ptr<BandwidthLimiter> m_bandwidth;
    QSslConfiguration m_ssl; // TrustStore::configuration() of the options' extra CAs
    std::vector<LaneSlot> m_lanes;
    std::unordered_map<ItemId, Item> m_items;
    std::unordered_map<QString, Host> m_hosts;     // by origin; node-based: pointers stay valid
    std::set<std::pair<ItemId, Host *>> m_ready;   // hosts that may send now, by next item
    std::set<std::pair<qint64, Host *>> m_wakeups; // hosts held until a known time
    std::multimap<qint64, ItemId> m_waiting;       // RetryWait: due time on m_clock -> item
    std::vector<Host *> m_dirty;                   // hosts whose reasons to publish at flush
    bool m_shownFull = false; // the global cap was full when reasons were last published
    QElapsedTimer m_clock;
    QTimer m_retryTimer;
    QTimer m_wakeTimer;
    QTimer m_deadlineTimer;
    QTimer m_flushTimer;
    QHash<ItemId, ItemUpdate> m_pendingUpdates;
    QList<Result> m_pendingResults;
    int m_active = 0;
    int m_unfinished = 0;
    bool m_started = false;
    bool m_paused = false;
    bool m_idleAnnounced = false;
    bool m_shutDown = false;
};

Q_DECLARE_METATYPE(Scheduler::NewItem)
