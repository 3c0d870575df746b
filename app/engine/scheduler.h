#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <unordered_map>

#include "engineoptions.h"
#include "itemupdate.h"
#include "lanepool.h"
#include "namereservations.h"
#include "originpolicy.h"
#include "originqueues.h"
#include "retrypolicy.h"
#include "retryqueue.h"
#include "scheduleditem.h"
#include "transfer.h"
#include "transferenvironment.h"
#include "updatebatcher.h"
#include "urllist.h"

class CredentialStore;

// The batch's brain, in its own thread: each item's lifecycle (queued, active, waiting to
// retry, finished), the global cap on requests in flight, dispatch from the origins that may
// send (OriginQueues) to the lanes (LanePool), retries with backoff, deadlines, fail-fast, cancel
// and pause. It turns lane reports into ItemUpdates and Results for the UpdateBatcher.
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
    // A finished item that is not ok runs again; with `update`, one that is ok asks whether
    // its file changed (conditional GET, KnownFile).
    void retry(ItemId id, bool update = false);
    // Change URL: a failed, cancelled, waiting or running (paused) item goes on at `url`.
    void changeUrl(ItemId id, const QUrl &url);
    void remove(ItemId id);
    void setItemRate(ItemId id, qint64 bytesPerSecond);
    // A new batch: every origin's politeness starts afresh (allowance, bucket, breaker,
    // cooldown).
    void newBatch();
    void shutdown();

Q_SIGNALS:
    void itemMoments(const QList<ItemUpdate> &moments); // EngineOptions::reportMoments
    void itemsChanged(const QList<ItemUpdate> &updates);
    void itemsFinished(const QList<Result> &results);
    void idle();

private:
    using Item = ScheduledItem;
    using Stop = ScheduledItem::Stop;

    void ensureLanes();
    OriginPolicy::Rules originRules() const;
    void enqueue(Item &item, bool front);
    void publishReasons();
    void dispatch();
    void launch(Item &item);
    void onLaneProgress(int lane, const QList<ItemUpdate> &updates);
    void onAttemptFinished(int lane, const AttemptResult &result);
    // Segmented downloads (schedulersegments.cpp): extra range requests only in slots that
    // would otherwise stay idle (SegmentGate), each counted in m_active and by its origin.
    void onSegmentsWanted(int lane, const QList<quint64> &ids);
    void onSegmentEnded(int lane, quint64 id, int attempt, bool ok, int httpStatus,
                        qint64 retryAfterMs);
    void onRangeRefused(int lane, quint64 id, int attempt, int httpStatus, qint64 retryAfterMs);
    // One more range request for that item if SegmentGate lets it open now.
    bool grantSegment(int laneIndex, quint64 id);
    void closeSegments(Item &item); // its attempt ended: the slots of its ranges are free
    // The item of that id, when that attempt of it is the one running; else null.
    Item *runningAttempt(quint64 id, int attempt);
    // A range request of the item ended: its origin hears of it, and the queues move.
    void tellOrigin(Item &item, const OriginPolicy::Attempt &ended, qint64 nowMs);
    void runAt(Item &item, const QUrl &url); // queued again, at attempt 1, at `url`
    void waitForRetry(Item &item, qint64 delayMs);
    void onRetriesDue(const QList<ItemId> &ids);
    void finish(Item &item, Outcome outcome, ErrorKind kind, const QString &detail);
    void cancelItem(Item &item, const QString &detail, Stop stop);
    void stopAll(const QString &detail); // the deadline, fail-fast: cancel every item
    // `moment`: an attempt's start or a wait for a retry, never coalesced when asked for.
    void post(const ItemUpdate &update, bool moment = false);
    void erase(std::unordered_map<ItemId, Item>::iterator it);
    void forgetRetired();
    ItemUpdate baseUpdate(const Item &item) const;
    int maxAttempts() const { return m_options.retries + 1; }

    EngineOptions m_options;
    std::unique_ptr<RetryPolicy> m_policy;
    NameReservations m_names;
    TransferEnvironment m_environment;
    LanePool m_lanes;
    std::unordered_map<ItemId, Item> m_items;
    // The QObject members are children, so moveToThread() takes their timers along.
    OriginQueues m_origins;
    QElapsedTimer m_clock;
    RetryQueue m_retries;
    QTimer m_deadlineTimer;
    UpdateBatcher m_batch;
    QString m_stopDetail;          // why the batch was stopped (deadline, fail-fast)
    std::vector<ItemId> m_retired; // streaming: finished, forgotten at the next delivery
    int m_active = 0;              // requests in flight, extra range requests included
    int m_segmentsOpen = 0;        // extra range requests in flight
    int m_unfinished = 0;
    bool m_started = false;
    bool m_paused = false;
    bool m_idleAnnounced = false;
    bool m_shutDown = false;
};

Q_DECLARE_METATYPE(Scheduler::NewItem)
