#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

#include "engineoptions.h"
#include "itemupdate.h"
#include "namereservations.h"
#include "retrypolicy.h"
#include "transfer.h"
#include "urllist.h"

class Lane;
class QThread;

// The batch's brain, in its own thread: the queue, the global cap on requests in flight, the
// choice of lane (so no lane holds more than Qt's six connections to one host), retries with
// backoff, fail-fast, cancel and pause. It turns lane reports into ItemUpdates and Results and
// hands them out in batches every 50 ms.
class Scheduler final : public QObject
{
    Q_OBJECT

public:
    struct NewItem
    {
        ItemId id = 0;
        UrlList::Entry entry;
    };

    // Qt 6 opens at most this many HTTP/1.1 connections per host per QNetworkAccessManager.
    static constexpr int qtConnectionsPerHost = 6;
    static int laneCountFor(int maxInFlight);

    explicit Scheduler(const EngineOptions &options, QObject *parent = nullptr);
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
    void shutdown();

Q_SIGNALS:
    void itemsChanged(const QList<ItemUpdate> &updates);
    void itemsFinished(const QList<Result> &results);
    void idle();

private:
    enum class Stop { None, Cancel, Remove };

    struct Item
    {
        ItemId id = 0;
        QUrl url;
        QString displayUrl;
        QString wantedName;
        QString hostKey;
        ItemState state = ItemState::Queued;
        int attempts = 0;
        int lane = -1;
        qint64 startedAtMs = -1; // on m_clock, at the first attempt
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

    void ensureLanes(int count);
    TransferConfig transferConfig() const;
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
    std::unique_ptr<RetryPolicy> m_policy;
    NameReservations m_names;
    std::vector<LaneSlot> m_lanes;
    std::unordered_map<ItemId, Item> m_items;
    std::deque<ItemId> m_queue;
    std::multimap<qint64, ItemId> m_waiting; // due time on m_clock -> item
    QElapsedTimer m_clock;
    QTimer m_retryTimer;
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
