#include "scheduler.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSslConfiguration>
#include <QThread>

#include "cookiefile.h"
#include "lane.h"
#include "proxyspec.h"

namespace {
constexpr int flushIntervalMs = 50;

QString hostKeyOf(const QUrl &url)
{
    return url.scheme() + QLatin1String("://") + url.host() + QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}
} // namespace

int Scheduler::laneCountFor(int maxInFlight)
{
    const int needed = (maxInFlight + qtConnectionsPerHost - 1) / qtConnectionsPerHost;
    // At least two lanes once two requests may run, so both cores get work. Four were a little
    // faster on M but cost 10-15 MiB more at peak (tests/bench/profile.md).
    return std::max({1, needed, std::min(maxInFlight, 2)});
}

Scheduler::Scheduler(const EngineOptions &options, CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_options(options), m_credentials(credentials),
      m_policy(std::make_unique<RetryPolicy>(options.retries, options.backoffBaseMs,
                                             options.backoffMaxMs)),
      m_retryTimer(this), m_wakeTimer(this), m_deadlineTimer(this), m_flushTimer(this)
{
    m_clock.start();
    m_completed = std::make_unique<CompletedIndex>(
        options.completedIndexPath.isEmpty() ? CompletedIndex::defaultPath()
                                             : options.completedIndexPath,
        options.outputDir.isEmpty() ? QDir::currentPath() : options.outputDir);
    m_cookies = std::make_unique<CookieStore>();
    m_bandwidth = std::make_unique<BandwidthLimiter>(options.limitRateBytes);
    m_ssl = TrustStore::configuration(options.extraCaCertificates);
    loadSiteFiles();
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &Scheduler::onRetryTimer);
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &Scheduler::onWakeTimer);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        const QString detail =
            QStringLiteral("batch deadline of %1 s passed").arg(m_options.batchDeadlineMs / 1000.0);
        for (auto &[id, item] : m_items)
            cancelItem(item, detail, Stop::Cancel);
        scheduleFlush();
    });
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &Scheduler::flush);
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
    m_retryTimer.stop();
    m_wakeTimer.stop();
    m_deadlineTimer.stop();
    m_flushTimer.stop();
    for (LaneSlot &slot : m_lanes) {
        QMetaObject::invokeMethod(slot.lane, &Lane::shutdown, Qt::BlockingQueuedConnection);
        slot.thread->quit();
        slot.thread->wait();
        delete slot.lane;
        delete slot.thread;
    }
    m_lanes.clear();
}

TransferConfig Scheduler::transferConfig() const
{
    TransferConfig config;
    config.outputDir =
        QFileInfo(m_options.outputDir.isEmpty() ? QDir::currentPath() : m_options.outputDir)
            .absoluteFilePath();
    config.checkOnly = m_options.checkOnly;
    config.connectTimeoutMs = m_options.connectTimeoutMs;
    config.stallTimeoutMs = m_options.stallTimeoutMs;
    config.attemptTimeoutMs = m_options.attemptTimeoutMs;
    config.readBufferBytes = m_options.readBufferBytes;
    config.completed = m_options.skipExisting ? m_completed.get() : nullptr;
    config.headers = m_options.headers;
    config.hostHeaders = m_options.hostHeaders;
    config.userAgent = m_options.userAgent;
    config.http1Only = m_options.http1Only;
    config.bandwidth = m_bandwidth.get();
    config.cookies = m_cookies.get();
    config.netrc = m_netrc.get();
    config.credentials = m_credentials;
    if (m_options.noProxy)
        config.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    else if (!m_options.proxy.isEmpty())
        config.proxy = ProxySpec::parse(m_options.proxy);
    config.ssl = m_ssl;
    return config;
}

void Scheduler::ensureLanes(int count)
{
    if (int(m_lanes.size()) >= count)
        return;
    const TransferConfig config = transferConfig();
    while (int(m_lanes.size()) < count) {
        LaneSlot slot;
        slot.thread = new QThread;
        slot.thread->setObjectName(QStringLiteral("fanout-lane-%1").arg(m_lanes.size()));
        slot.lane = new Lane(&m_names, config, int(m_lanes.size()));
        slot.lane->moveToThread(slot.thread);
        connect(slot.lane, &Lane::progress, this, &Scheduler::onLaneProgress);
        connect(slot.lane, &Lane::attemptFinished, this, &Scheduler::onAttemptFinished);
        slot.thread->start();
        if (m_paused)
            QMetaObject::invokeMethod(slot.lane, [lane = slot.lane] { lane->setPaused(true); });
        m_lanes.push_back(slot);
    }
}

void Scheduler::setOptions(const EngineOptions &options)
{
    const bool filesChanged =
        options.cookiesFile != m_options.cookiesFile || options.netrcFile != m_options.netrcFile;
    if (options.extraCaCertificates != m_options.extraCaCertificates)
        m_ssl = TrustStore::configuration(options.extraCaCertificates); // new transfers on
    m_options = options;
    m_bandwidth->setRate(options.limitRateBytes); // at once, for running transfers too
    if (filesChanged)
        loadSiteFiles();
    m_policy =
        std::make_unique<RetryPolicy>(options.retries, options.backoffBaseMs, options.backoffMaxMs);
    const TransferConfig config = transferConfig();
    for (const LaneSlot &slot : m_lanes)
        QMetaObject::invokeMethod(slot.lane,
                                  [lane = slot.lane, config] { lane->setConfig(config); });
    // Caps, rate and breaker apply at once to what is queued.
    const qint64 now = m_clock.elapsed();
    const OriginPolicy::Rules rules = originRules();
    for (auto &[origin, host] : m_hosts) {
        host.policy.setRules(rules, now);
        refreshHost(host);
    }
    dispatch();
    scheduleFlush();
}

void Scheduler::loadSiteFiles()
{
    // The headless mode and the settings dialog have checked these files already; here a file
    // that went bad since only costs its cookies or credentials.
    QString error;
    if (!m_options.cookiesFile.isEmpty()) {
        QList<QNetworkCookie> cookies;
        CookieFile::load(m_options.cookiesFile, &cookies, &error);
        m_cookies->insertCookies(cookies);
    }
    m_netrc.reset();
    if (!m_options.netrcFile.isEmpty()) {
        if (auto netrc = Netrc::load(m_options.netrcFile, &error))
            m_netrc = std::make_unique<Netrc>(std::move(*netrc));
    }
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

Scheduler::Host &Scheduler::hostFor(const QString &origin)
{
    auto it = m_hosts.find(origin);
    if (it == m_hosts.end())
        it = m_hosts.try_emplace(origin, OriginPolicy(origin, originRules(), m_clock.elapsed()))
                 .first;
    return it->second;
}

void Scheduler::newBatch()
{
    const qint64 now = m_clock.elapsed();
    for (auto &[origin, host] : m_hosts) {
        host.policy.reset(now);
        refreshHost(host);
    }
    dispatch();
    scheduleFlush();
}

void Scheduler::enqueue(Item &item, bool front)
{
    Host &host = *item.host;
    item.state = ItemState::Queued;
    item.heldMark = host.heldTotalAt(m_clock.elapsed());
    if (front)
        host.queue.push_front(item.id);
    else
        host.queue.push_back(item.id);
    refreshHost(host);
}

Scheduler::Hold Scheduler::holdOf(Host &host, qint64 now, qint64 *wakeAt)
{
    *wakeAt = -1;
    while (!host.queue.empty()) {
        auto it = m_items.find(host.queue.front());
        if (it != m_items.end() && it->second.state == ItemState::Queued &&
            it->second.host == &host)
            break;
        host.queue.pop_front(); // cancelled, removed or launched through another path
    }
    host.empty = host.queue.empty();
    return host.empty ? Hold::None : host.policy.hold(now, wakeAt);
}

void Scheduler::refreshHost(Host &host)
{
    const qint64 now = m_clock.elapsed();
    if (host.readyKey) {
        m_ready.erase({host.readyKey, &host});
        host.readyKey = 0;
    }
    if (host.wakeAtMs >= 0) {
        m_wakeups.erase({host.wakeAtMs, &host});
        host.wakeAtMs = -1;
    }
    qint64 wakeAt = -1;
    host.hold = holdOf(host, now, &wakeAt);

    // Waiting for a slot the global cap would have refused anyway is not politeness.
    const bool held = !host.empty && host.hold != Hold::None &&
                      (host.hold != Hold::Cap || host.policy.rules().cap < m_options.maxInFlight);
    if (held && host.heldSinceMs < 0) {
        host.heldSinceMs = now;
    } else if (!held && host.heldSinceMs >= 0) {
        host.heldTotalMs += now - host.heldSinceMs;
        host.heldSinceMs = -1;
    }

    if (!host.empty && host.hold == Hold::None) {
        host.readyKey = host.queue.front();
        m_ready.emplace(host.readyKey, &host);
    } else if (!host.empty && wakeAt > now) {
        host.wakeAtMs = wakeAt;
        m_wakeups.emplace(wakeAt, &host);
        armWakeTimer();
    }
    markDirty(host);
}

void Scheduler::markDirty(Host &host)
{
    if (!host.dirty) {
        host.dirty = true;
        m_dirty.push_back(&host);
    }
    scheduleFlush();
}

QString Scheduler::reasonOf(const Host &host, qint64 *untilMs) const
{
    *untilMs = 0;
    if (host.empty || !m_started || m_paused)
        return {}; // the window says "press Start" or "paused" itself
    const OriginPolicy &policy = host.policy;
    const bool ownCap = policy.rules().cap < m_options.maxInFlight;
    if (host.hold == Hold::Cap && !ownCap)
        return QStringLiteral("waiting for a free slot (%1 of %2 in flight)")
            .arg(m_active)
            .arg(m_options.maxInFlight);
    if (host.hold != Hold::None) {
        const qint64 until = policy.reasonUntilMs(host.hold);
        if (until > 0)
            *untilMs = QDateTime::currentMSecsSinceEpoch() + (until - m_clock.elapsed());
        return policy.reason(host.hold);
    }
    if (m_active >= m_options.maxInFlight)
        return QStringLiteral("waiting for a free slot (%1 of %2 in flight)")
            .arg(m_active)
            .arg(m_options.maxInFlight);
    return {}; // about to start
}

void Scheduler::publishReasons()
{
    // Every waiting row says which rule holds it. Rows are told only when their origin's words
    // change, so a host that flips between ready and held on every completion costs nothing.
    const bool full = m_active >= m_options.maxInFlight;
    if (full != m_shownFull) {
        m_shownFull = full;
        for (auto &[origin, host] : m_hosts) {
            if (!host.empty)
                markDirty(host);
        }
    }
    std::vector<Host *> dirty;
    dirty.swap(m_dirty);
    for (Host *host : dirty) {
        host->dirty = false;
        qint64 until = 0;
        const QString reason = reasonOf(*host, &until);
        // A countdown that moved by less than a second is the same words.
        if (reason == host->shownReason && std::abs(until - host->shownUntilMs) < 1000)
            continue;
        host->shownReason = reason;
        host->shownUntilMs = until;
        for (const ItemId id : host->queue) {
            auto it = m_items.find(id);
            if (it != m_items.end() && it->second.state == ItemState::Queued &&
                it->second.host == host)
                post(baseUpdate(it->second));
        }
    }
}

void Scheduler::armWakeTimer()
{
    if (m_wakeups.empty()) {
        m_wakeTimer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_wakeups.begin()->first - m_clock.elapsed());
    m_wakeTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void Scheduler::onWakeTimer()
{
    const qint64 now = m_clock.elapsed();
    std::vector<Host *> due;
    for (auto it = m_wakeups.begin(); it != m_wakeups.end() && it->first <= now; ++it)
        due.push_back(it->second);
    for (Host *host : due)
        refreshHost(*host);
    armWakeTimer();
    dispatch();
    scheduleFlush();
}

void Scheduler::add(const QList<Scheduler::NewItem> &items)
{
    for (const NewItem &newItem : items) {
        Item item;
        item.id = newItem.id;
        const UrlList::Entry &entry = newItem.entry;
        if (!entry.valid) {
            item.displayUrl = UrlList::redactedText(entry.text);
            auto [it, inserted] = m_items.emplace(item.id, std::move(item));
            ++m_unfinished;
            finish(it->second, Outcome::Invalid, ErrorKind::Invalid, entry.reason);
            continue;
        }
        item.url = entry.url;
        item.displayUrl = UrlList::redacted(entry.url);
        item.wantedName = entry.wantedName;
        item.expectedSha256 = entry.expectedSha256;
        item.resumeName = newItem.resumeName;
        item.hostKey = hostKeyOf(entry.url);
        item.host = &hostFor(item.hostKey);
        post(baseUpdate(item));
        auto [it, inserted] = m_items.emplace(item.id, std::move(item));
        enqueue(it->second, false);
        ++m_unfinished;
        m_idleAnnounced = false;
    }
    dispatch();
    scheduleFlush();
}

void Scheduler::start()
{
    if (!m_started && m_options.batchDeadlineMs > 0)
        m_deadlineTimer.start(m_options.batchDeadlineMs);
    m_started = true;
    ensureLanes(laneCountFor(m_options.maxInFlight));
    for (auto &[origin, host] : m_hosts)
        markDirty(host); // "press Start" becomes the rule that holds each row
    dispatch();
    scheduleFlush();
}

void Scheduler::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    for (const LaneSlot &slot : m_lanes)
        QMetaObject::invokeMethod(slot.lane,
                                  [lane = slot.lane, paused] { lane->setPaused(paused); });
    for (auto &[origin, host] : m_hosts)
        markDirty(host);
    dispatch();
}

void Scheduler::dispatch()
{
    if (!m_started || m_paused || m_shutDown)
        return;
    ensureLanes(laneCountFor(m_options.maxInFlight));
    while (m_active < m_options.maxInFlight && !m_ready.empty()) {
        Host &host = *m_ready.begin()->second;
        const qint64 now = m_clock.elapsed();
        qint64 wakeAt = -1;
        if (holdOf(host, now, &wakeAt) != Hold::None || host.empty) {
            refreshHost(host); // its next item went away, or a rule now holds it
            continue;
        }
        Item &item = m_items.at(host.queue.front());
        host.queue.pop_front();
        host.policy.onStarted(now);
        item.politeWaitMs += host.heldTotalAt(now) - item.heldMark;
        launch(item);
        refreshHost(host);
    }
}

int Scheduler::pickLane(const QString &hostKey) const
{
    int best = -1;
    for (int i = 0; i < int(m_lanes.size()); ++i) {
        const LaneSlot &slot = m_lanes[i];
        if (slot.perHost.value(hostKey) >= qtConnectionsPerHost)
            continue;
        if (best < 0 || slot.active < m_lanes[best].active)
            best = i;
    }
    return best;
}

void Scheduler::launch(Item &item)
{
    int laneIndex = pickLane(item.hostKey);
    if (laneIndex < 0) {
        // Only when maxInFlight grew past what the lanes allow: add one more.
        ensureLanes(int(m_lanes.size()) + 1);
        laneIndex = int(m_lanes.size()) - 1;
    }
    LaneSlot &slot = m_lanes[laneIndex];
    ++slot.active;
    ++slot.perHost[item.hostKey];
    ++m_active;
    ++item.attempts;
    item.lane = laneIndex;
    item.state = ItemState::Active;
    item.last = AttemptResult();
    const qint64 now = m_clock.elapsed();
    item.attemptAtMs = now;
    if (item.startedAtMs < 0) {
        item.startedAtMs = now;
        if (m_options.itemDeadlineMs > 0)
            item.deadlineAtMs = now + m_options.itemDeadlineMs;
    }

    AttemptSpec spec;
    spec.id = item.id;
    spec.url = item.url;
    spec.wantedName = item.wantedName;
    spec.attempt = item.attempts;
    spec.maxAttempts = maxAttempts();
    if (item.deadlineAtMs >= 0)
        spec.budgetLeftMs = int(std::max<qint64>(1, item.deadlineAtMs - now));
    spec.resumeName = item.resumeName;
    spec.itemRateBytes = item.itemRateBytes;
    spec.expectedSha256 = item.expectedSha256;
    QMetaObject::invokeMethod(slot.lane, [lane = slot.lane, spec] { lane->startAttempt(spec); });
    post(baseUpdate(item));
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
    LaneSlot &slot = m_lanes[laneIndex];
    --slot.active;
    --m_active;
    auto it = m_items.find(result.id);
    if (it != m_items.end()) {
        Item &item = it->second;
        auto pool = slot.perHost.find(item.hostKey);
        if (pool != slot.perHost.end() && --pool.value() <= 0)
            slot.perHost.erase(pool);
        Host &host = *item.host;
        OriginPolicy::Attempt attempt;
        attempt.item = item.id;
        attempt.startedAtMs = item.attemptAtMs;
        attempt.ok = result.ok;
        attempt.kind = result.errorKind;
        attempt.httpStatus = result.httpStatus;
        attempt.retryAfterMs = result.retryAfterMs;
        host.policy.onFinished(attempt, m_clock.elapsed());
        item.last = result;
        item.resumeName = result.keptPart;
        item.lane = -1;
        const qint64 delay = RetryPolicy::isRetryable(result.errorKind, result.httpStatus) &&
                                     m_policy->mayRetry(item.attempts)
                                 ? m_policy->delayMs(item.attempts, result.retryAfterMs)
                                 : -1;
        const bool budgetLeft =
            item.deadlineAtMs < 0 || m_clock.elapsed() + delay < item.deadlineAtMs;
        if (item.stop == Stop::Remove) {
            m_items.erase(it);
        } else if (result.ok) {
            finish(item, Outcome::Ok, ErrorKind::None, {});
        } else if (item.stop == Stop::Cancel) {
            finish(item, Outcome::Cancelled, ErrorKind::Cancelled, item.stopDetail);
        } else if (delay >= 0 && budgetLeft) {
            waitForRetry(item, delay);
        } else if (delay >= 0) {
            finish(item, Outcome::Failed, ErrorKind::Timeout,
                   QStringLiteral("item budget of %1 s used up after %2 attempts (last: %3)")
                       .arg(m_options.itemDeadlineMs / 1000.0)
                       .arg(item.attempts)
                       .arg(formatError(result.errorKind, result.errorDetail)));
        } else {
            const QString failedUrl = item.displayUrl;
            finish(item, Outcome::Failed, result.errorKind, result.errorDetail);
            if (m_options.failFast) {
                const QString detail =
                    QStringLiteral("fail-fast: stopped after %1 failed").arg(failedUrl);
                for (auto &[id, other] : m_items)
                    cancelItem(other, detail, Stop::Cancel);
            }
        }
        refreshHost(host);
    }
    dispatch();
    scheduleFlush();
}

void Scheduler::waitForRetry(Item &item, qint64 delayMs)
{
    item.state = ItemState::RetryWait;
    item.dueMs = m_clock.elapsed() + delayMs;
    m_waiting.emplace(item.dueMs, item.id);
    ItemUpdate update = baseUpdate(item);
    update.retryAtMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    update.lastError = formatError(item.last.errorKind, item.last.errorDetail);
    post(update);
    armRetryTimer();
}

void Scheduler::armRetryTimer()
{
    if (m_waiting.empty()) {
        m_retryTimer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_waiting.begin()->first - m_clock.elapsed());
    m_retryTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void Scheduler::onRetryTimer()
{
    const qint64 now = m_clock.elapsed();
    std::vector<ItemId> due;
    while (!m_waiting.empty() && m_waiting.begin()->first <= now) {
        due.push_back(m_waiting.begin()->second);
        m_waiting.erase(m_waiting.begin());
    }
    // Retries go ahead of items that have not started yet: the batch finishes what it began.
    for (auto id = due.rbegin(); id != due.rend(); ++id) {
        auto it = m_items.find(*id);
        if (it == m_items.end() || it->second.state != ItemState::RetryWait)
            continue;
        enqueue(it->second, true);
        post(baseUpdate(it->second));
    }
    armRetryTimer();
    dispatch();
    scheduleFlush();
}

void Scheduler::cancelItem(Item &item, const QString &detail, Stop stop)
{
    switch (item.state) {
    case ItemState::Finished:
        return;
    case ItemState::Active:
        if (item.stop == Stop::None || stop == Stop::Remove) {
            item.stop = stop;
            item.stopDetail = detail;
            Lane *lane = m_lanes[item.lane].lane;
            QMetaObject::invokeMethod(lane, [lane, id = item.id, detail] {
                lane->abortAttempt(id, ErrorKind::Cancelled, detail);
            });
        }
        return;
    case ItemState::RetryWait:
        unlinkWaiting(item);
        [[fallthrough]];
    case ItemState::Queued:
        // Stale queue entries are skipped by dispatch(); nothing to unlink here.
        finish(item, Outcome::Cancelled, ErrorKind::Cancelled, detail);
        return;
    }
}

void Scheduler::cancelAll()
{
    for (auto &[id, item] : m_items)
        cancelItem(item, QStringLiteral("cancelled by user"), Stop::Cancel);
    scheduleFlush();
}

void Scheduler::cancel(ItemId id)
{
    auto it = m_items.find(id);
    if (it != m_items.end())
        cancelItem(it->second, QStringLiteral("cancelled by user"), Stop::Cancel);
    scheduleFlush();
}

void Scheduler::remove(ItemId id)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    Item &item = it->second;
    m_pendingUpdates.remove(id);
    m_pendingResults.removeIf([id](const Result &r) { return r.id == id; });
    if (item.state != ItemState::Finished)
        --m_unfinished;
    if (item.host)
        item.host->policy.forget(id);
    if (item.state == ItemState::Active) {
        // Forgotten when its lane reports the aborted attempt.
        cancelItem(item, QStringLiteral("removed"), Stop::Remove);
    } else {
        if (item.state == ItemState::RetryWait)
            unlinkWaiting(item);
        m_items.erase(it);
    }
    scheduleFlush();
}

void Scheduler::unlinkWaiting(const Item &item)
{
    for (auto [it, end] = m_waiting.equal_range(item.dueMs); it != end; ++it) {
        if (it->second == item.id) {
            m_waiting.erase(it);
            return;
        }
    }
}

void Scheduler::setItemRate(ItemId id, qint64 bytesPerSecond)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    Item &item = it->second;
    item.itemRateBytes = std::max<qint64>(0, bytesPerSecond);
    if (item.state == ItemState::Active) {
        Lane *lane = m_lanes[item.lane].lane;
        QMetaObject::invokeMethod(
            lane, [lane, id, bytesPerSecond] { lane->setItemRate(id, bytesPerSecond); });
    }
}

void Scheduler::retry(ItemId id)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    Item &item = it->second;
    if (item.state != ItemState::Finished || item.url.isEmpty() || item.last.ok)
        return;
    item.attempts = 0;
    item.startedAtMs = -1;
    item.deadlineAtMs = -1;
    item.politeWaitMs = 0;
    item.stop = Stop::None;
    item.stopDetail.clear();
    item.last = AttemptResult();
    ++m_unfinished;
    m_idleAnnounced = false;
    enqueue(item, true);
    post(baseUpdate(item));
    dispatch();
    scheduleFlush();
}

void Scheduler::finish(Item &item, Outcome outcome, ErrorKind kind, const QString &detail)
{
    item.state = ItemState::Finished;
    --m_unfinished;
    if (item.host)
        item.host->policy.forget(item.id);

    Result result;
    result.id = item.id;
    result.outcome = outcome;
    result.url = item.displayUrl;
    result.finalUrl =
        item.last.finalUrl.isEmpty() ? QString() : UrlList::redacted(item.last.finalUrl);
    result.httpStatus = item.last.httpStatus;
    result.bytes = item.last.bytes;
    result.elapsedMs = item.startedAtMs < 0 ? 0 : m_clock.elapsed() - item.startedAtMs;
    result.attempts = item.attempts;
    result.errorKind = kind;
    result.errorDetail = detail;
    result.file = item.last.file;
    result.sha256 = item.last.sha256;
    result.politeWaitMs = item.politeWaitMs;
    result.skipped = item.last.skipped;
    m_pendingResults.append(result);

    ItemUpdate update = baseUpdate(item);
    update.received = item.last.bytes;
    update.total = item.last.ok ? item.last.bytes : -1;
    update.httpStatus = item.last.httpStatus;
    update.file = QFileInfo(item.last.file).fileName();
    if (kind != ErrorKind::None)
        update.lastError = result.error();
    post(update);
    scheduleFlush();
}

ItemUpdate Scheduler::baseUpdate(const Item &item) const
{
    ItemUpdate update;
    update.id = item.id;
    update.state = item.state;
    update.attempt = item.attempts;
    update.maxAttempts = maxAttempts();
    update.httpStatus = item.last.httpStatus;
    if (item.state == ItemState::Queued && item.host) {
        update.waitReason = item.host->shownReason;
        update.waitUntilMs = item.host->shownUntilMs;
    }
    return update;
}

void Scheduler::post(const ItemUpdate &update)
{
    m_pendingUpdates.insert(update.id, update);
    scheduleFlush();
}

void Scheduler::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void Scheduler::flush()
{
    publishReasons();
    if (!m_pendingUpdates.isEmpty()) {
        Q_EMIT itemsChanged(m_pendingUpdates.values());
        m_pendingUpdates.clear();
    }
    if (!m_pendingResults.isEmpty()) {
        Q_EMIT itemsFinished(m_pendingResults);
        m_pendingResults.clear();
    }
    if (m_started && m_unfinished == 0 && !m_idleAnnounced) {
        m_idleAnnounced = true;
        Q_EMIT idle();
    }
}
