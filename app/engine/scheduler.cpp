#include "scheduler.h"

#include <QDateTime>
#include <QLocale>

#include "lane.h"
#include "nextstep.h"

Scheduler::Scheduler(const EngineOptions &options, CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_options(options),
      m_policy(std::make_unique<RetryPolicy>(options.retries, options.backoffBaseMs,
                                             options.backoffMaxMs)),
      m_environment(options, credentials),
      m_lanes(&m_names,
              [this](Lane *lane) {
                  connect(lane, &Lane::progress, this, &Scheduler::onLaneProgress,
                          Qt::QueuedConnection);
                  connect(lane, &Lane::attemptFinished, this, &Scheduler::onAttemptFinished,
                          Qt::QueuedConnection);
                  connect(lane, &Lane::segmentsWanted, this, &Scheduler::onSegmentsWanted,
                          Qt::QueuedConnection);
                  connect(lane, &Lane::segmentEnded, this, &Scheduler::onSegmentEnded,
                          Qt::QueuedConnection);
                  connect(lane, &Lane::rangeRefused, this, &Scheduler::onRangeRefused,
                          Qt::QueuedConnection);
              }),
      m_origins(
          &m_clock,
          [this](ItemId id, const OriginQueues::Origin *origin) {
              auto it = m_items.find(id);
              return it != m_items.end() && it->second.state == ItemState::Queued &&
                     it->second.origin == origin;
          },
          this),
      m_retries(&m_clock, this), m_deadlineTimer(this), m_batch(this)
{
    m_clock.start();
    m_lanes.setConfig(m_environment.config());
    connect(&m_retries, &RetryQueue::due, this, &Scheduler::onRetriesDue);
    m_origins.setRules(originRules(), options.maxInFlight);
    connect(&m_origins, &OriginQueues::woke, this, [this] {
        dispatch();
        m_batch.schedule();
    });
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        const QString detail = tr("batch deadline of %1 s passed")
                                   .arg(QLocale().toString(m_options.batchDeadlineMs / 1000.0));
        stopAll(detail);
        m_batch.schedule();
    });
    // Every waiting row learns its reason in the same delivery as the change behind it.
    connect(&m_batch, &UpdateBatcher::due, this, &Scheduler::publishReasons);
    connect(&m_batch, &UpdateBatcher::itemMoments, this, &Scheduler::itemMoments);
    connect(&m_batch, &UpdateBatcher::itemsChanged, this, &Scheduler::itemsChanged);
    connect(&m_batch, &UpdateBatcher::itemsFinished, this, &Scheduler::itemsFinished);
    connect(&m_batch, &UpdateBatcher::delivered, this, [this] {
        if (m_started && m_unfinished == 0 && !m_idleAnnounced) {
            m_idleAnnounced = true;
            Q_EMIT idle();
        }
    });
}

Scheduler::~Scheduler()
{
    shutdown();
}

void Scheduler::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_retries.stop();
    m_origins.stop();
    m_deadlineTimer.stop();
    m_batch.stop();
    m_lanes.shutdown();
}

void Scheduler::ensureLanes()
{
    m_lanes.ensure(LanePool::laneCountFor(m_options.maxInFlight), m_paused);
}

void Scheduler::setOptions(const EngineOptions &options)
{
    m_options = options;
    m_environment.setOptions(options);
    m_policy =
        std::make_unique<RetryPolicy>(options.retries, options.backoffBaseMs, options.backoffMaxMs);
    m_lanes.setConfig(m_environment.config());
    // Caps, rate and breaker apply at once to what is queued.
    m_origins.setRules(originRules(), options.maxInFlight);
    dispatch();
    m_batch.schedule();
}

OriginPolicy::Rules Scheduler::originRules() const
{
    OriginPolicy::Rules rules;
    rules.cap = m_options.perHostMax > 0 ? std::min(m_options.perHostMax, m_options.maxInFlight)
                                         : m_options.maxInFlight;
    rules.adaptive = m_options.adaptive;
    rules.rate = m_options.perHostRate;
    rules.breakerThreshold = m_options.breakerThreshold;
    rules.breakerCooldownMs = m_options.breakerCooldownMs;
    rules.retryAfterMaxMs = m_options.backoffMaxMs;
    return rules;
}

void Scheduler::newBatch()
{
    m_origins.newBatch();
    dispatch();
    m_batch.schedule();
}

void Scheduler::enqueue(Item &item, bool front)
{
    item.state = ItemState::Queued;
    item.heldMark = m_origins.push(*item.origin, item.id, front);
}

void Scheduler::publishReasons()
{
    OriginQueues::Batch batch;
    batch.sending = m_started && !m_paused;
    batch.active = m_active;
    batch.cap = m_options.maxInFlight;
    forgetRetired();
    m_origins.publish(batch, [this](ItemId id) { post(baseUpdate(m_items.at(id))); });
    m_origins.dropReleased();
}

void Scheduler::forgetRetired()
{
    for (const ItemId id : m_retired) {
        auto it = m_items.find(id);
        if (it != m_items.end() && it->second.state == ItemState::Finished)
            erase(it);
    }
    m_retired.clear();
}

void Scheduler::erase(std::unordered_map<ItemId, Item>::iterator it)
{
    if (it->second.origin)
        m_origins.release(*it->second.origin);
    m_items.erase(it);
}

void Scheduler::add(const QList<Scheduler::NewItem> &items)
{
    for (const NewItem &newItem : items) {
        Item item = Item::fromEntry(newItem.id, newItem.entry, newItem.resumeName);
        const UrlList::Entry &entry = newItem.entry;
        if (!entry.valid) {
            auto [it, inserted] = m_items.emplace(item.id, std::move(item));
            ++m_unfinished;
            finish(it->second, Outcome::Invalid, ErrorKind::Invalid, entry.reason);
            continue;
        }
        item.origin = &m_origins.originFor(item.hostKey);
        ++item.origin->items;
        post(baseUpdate(item));
        auto [it, inserted] = m_items.emplace(item.id, std::move(item));
        enqueue(it->second, false);
        ++m_unfinished;
        m_idleAnnounced = false;
        if (m_options.streaming && !m_stopDetail.isEmpty())
            cancelItem(it->second, m_stopDetail, Stop::Cancel);
    }
    dispatch();
    m_batch.schedule();
}

void Scheduler::start()
{
    if (!m_started && m_options.batchDeadlineMs > 0)
        m_deadlineTimer.start(m_options.batchDeadlineMs);
    m_started = true;
    ensureLanes();
    m_origins.markAll(); // "press Start" gives way to the rule that holds each row
    dispatch();
    m_batch.schedule();
}

void Scheduler::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_lanes.setPaused(paused);
    m_origins.markAll();
    dispatch();
    m_batch.schedule(); // the rows learn their reasons again even if nothing starts
}

void Scheduler::dispatch()
{
    if (!m_started || m_paused || m_shutDown)
        return;
    ensureLanes();
    while (m_active < m_options.maxInFlight) {
        OriginQueues::Origin *origin = m_origins.nextReady();
        if (!origin)
            break;
        Item &item = m_items.at(origin->queue.front());
        item.politeWaitMs += m_origins.take(*origin, item.heldMark);
        launch(item);
    }
}

void Scheduler::launch(Item &item)
{
    ++m_active;
    ++item.attempts;
    item.state = ItemState::Active;
    item.last = AttemptResult();
    const qint64 now = m_clock.elapsed();
    item.attemptAtMs = now;
    if (item.startedAtMs < 0) {
        item.startedAtMs = now;
        if (m_options.itemDeadlineMs > 0)
            item.deadlineAtMs = now + m_options.itemDeadlineMs;
    }
    item.rotation.launched();
    const AttemptSpec spec = item.attemptSpec(maxAttempts(), now);
    item.lane = m_lanes.start(item.hostKey, spec, m_paused);
    ItemUpdate update = baseUpdate(item);
    update.url = spec.shownUrl;
    post(update, true);
}

void Scheduler::onLaneProgress(int, const QList<ItemUpdate> &updates)
{
    for (const ItemUpdate &update : updates) {
        auto it = m_items.find(update.id);
        if (it != m_items.end() && it->second.state == ItemState::Active &&
            it->second.attempts == update.attempt)
            post(update);
    }
}

void Scheduler::onAttemptFinished(int laneIndex, const AttemptResult &result)
{
    if (m_shutDown)
        return; // the lanes are gone; nothing may start a timer in an ending thread
    --m_active;
    auto it = m_items.find(result.id);
    m_lanes.finished(laneIndex, it != m_items.end() ? it->second.hostKey : QString());
    if (it != m_items.end()) {
        Item &item = it->second;
        closeSegments(item);
        OriginQueues::Origin &origin = *item.origin;
        OriginPolicy::Attempt attempt;
        attempt.item = item.id;
        attempt.startedAtMs = item.attemptAtMs;
        attempt.ok = result.ok;
        attempt.kind = result.errorKind;
        attempt.httpStatus = result.httpStatus;
        attempt.retryAfterMs = result.retryAfterMs;
        origin.policy.onFinished(attempt, m_clock.elapsed());
        item.last = result;
        item.resumeName = result.keptPart;
        item.lane = -1;
        if (!result.ok && item.stop == Stop::None)
            item.rotation.failed(Item::retiresUrl(result));
        const NextStep next =
            NextStep::after(item, result, *m_policy, m_clock.elapsed(), m_options.itemDeadlineMs);
        switch (next.step) {
        case NextStep::Step::Forget:
            erase(it);
            break;
        case NextStep::Step::Done:
            finish(item, Outcome::Ok, ErrorKind::None, {});
            break;
        case NextStep::Step::Cancelled:
            if (!item.pendingUrl.isEmpty())
                runAt(item, item.pendingUrl); // stopped for Change URL: its part is kept
            else
                finish(item, Outcome::Cancelled, next.kind, next.detail);
            break;
        case NextStep::Step::Retry:
            item.aimAt(m_origins);
            waitForRetry(item, next.delayMs);
            break;
        case NextStep::Step::Fail:
            finish(item, Outcome::Failed, next.kind, next.detail);
            if (m_options.failFast)
                stopAll(tr("fail-fast: stopped after %1 failed").arg(item.displayUrl));
            break;
        }
        m_origins.refresh(origin);
    }
    dispatch();
    m_batch.schedule();
}

void Scheduler::waitForRetry(Item &item, qint64 delayMs)
{
    item.state = ItemState::RetryWait;
    item.dueMs = m_clock.elapsed() + delayMs;
    m_retries.add(item.id, item.dueMs);
    ItemUpdate update = baseUpdate(item);
    update.retryAtMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    update.lastError = formatError(item.last.errorKind, item.last.errorDetail);
    post(update, true);
}

void Scheduler::onRetriesDue(const QList<ItemId> &ids)
{
    // Retries go ahead of items that have not started yet: the batch finishes what it began.
    for (auto id = ids.rbegin(); id != ids.rend(); ++id) {
        auto it = m_items.find(*id);
        if (it == m_items.end() || it->second.state != ItemState::RetryWait)
            continue;
        enqueue(it->second, true);
        post(baseUpdate(it->second));
    }
    dispatch();
    m_batch.schedule();
}

void Scheduler::finish(Item &item, Outcome outcome, ErrorKind kind, const QString &detail)
{
    item.state = ItemState::Finished;
    --m_unfinished;
    if (item.origin)
        item.origin->policy.forget(item.id);

    const Result result = item.result(outcome, kind, detail, m_clock.elapsed());
    m_batch.post(result);
    if (m_options.streaming)
        m_retired.push_back(item.id);
    if (m_started && m_unfinished == 0)
        m_batch.deliverSoon(); // the last one: the batch ends now, not at the next delivery

    post(item.finalUpdate(maxAttempts(), result));
    m_batch.schedule();
}

ItemUpdate Scheduler::baseUpdate(const Item &item) const
{
    return item.update(maxAttempts());
}

void Scheduler::post(const ItemUpdate &update, bool moment)
{
    if (moment && m_options.reportMoments)
        m_batch.postMoment(update);
    else
        m_batch.post(update);
}
