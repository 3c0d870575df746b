#include "scheduleditem.h"

#include <QFileInfo>

#include <algorithm>

#include "retrypolicy.h"

AttemptSpec ScheduledItem::attemptSpec(int maxAttempts, qint64 nowMs) const
{
    AttemptSpec spec;
    spec.id = id;
    spec.url = urlAt(rotation.current());
    spec.shownUrl = displayUrl;
    spec.extras = extras;
    spec.wantedName = wantedName;
    spec.attempt = attempts;
    spec.maxAttempts = std::max(maxAttempts, rotation.count());
    if (deadlineAtMs >= 0)
        spec.budgetLeftMs = int(std::max<qint64>(1, deadlineAtMs - nowMs));
    spec.resumeName = resumeName;
    spec.itemRateBytes = itemRateBytes;
    spec.expectedSha256 = expectedSha256;
    spec.onlyItemOfOrigin = origin && origin->items <= 1;
    spec.update = checkUpdate;
    return spec;
}

ItemUpdate ScheduledItem::update(int maxAttempts) const
{
    ItemUpdate update;
    update.id = id;
    update.state = state;
    update.attempt = attempts;
    // Each of its URLs gets an attempt, retries or not: "attempt 3 of 4" stays true.
    update.maxAttempts = std::max(maxAttempts, rotation.count());
    update.httpStatus = last.httpStatus;
    if (state == ItemState::Queued && origin) {
        update.waitReason = origin->shownReason;
        update.waitUntilMs = origin->shownUntilMs;
    }
    return update;
}

Result ScheduledItem::result(Outcome outcome, ErrorKind kind, const QString &detail,
                             qint64 nowMs) const
{
    Result result;
    result.id = id;
    result.outcome = outcome;
    result.url = displayUrl;
    result.finalUrl = last.finalUrl.isEmpty() ? QString() : UrlList::redacted(last.finalUrl);
    result.httpStatus = last.httpStatus;
    result.bytes = last.bytes;
    result.elapsedMs = startedAtMs < 0 ? 0 : nowMs - startedAtMs;
    result.attempts = attempts;
    result.errorKind = kind;
    result.errorDetail = detail;
    result.file = last.file;
    result.sha256 = last.sha256;
    result.politeWaitMs = politeWaitMs;
    result.skipped = last.skipped;
    result.verified = last.verified;
    result.segments = last.ok ? last.segments : 1;
    return result;
}

ScheduledItem ScheduledItem::fromEntry(ItemId id, const UrlList::Entry &entry,
                                       const QString &resumeName)
{
    ScheduledItem item;
    item.id = id;
    if (!entry.valid) {
        item.displayUrl = UrlList::redactedText(entry.text);
        return item;
    }
    item.url = entry.url;
    item.displayUrl = UrlList::redacted(entry.url);
    item.extras = entry.extras;
    if (entry.extras && !entry.extras->mirrors.isEmpty())
        item.rotation = UrlRotation(int(entry.extras->mirrors.size()) + 1);
    item.wantedName = entry.wantedName;
    item.expectedSha256 = entry.expectedSha256;
    item.resumeName = resumeName;
    item.hostKey = originKeyOf(entry.url);
    return item;
}

QString ScheduledItem::originKeyOf(const QUrl &url)
{
    return url.scheme() + QLatin1String("://") + url.host() + QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

void ScheduledItem::aimAt(OriginQueues &origins)
{
    const QString key = originKeyOf(urlAt(rotation.current()));
    if (key != hostKey) {
        hostKey = key;
        origin = &origins.move(id, *origin, key);
    }
}

QUrl ScheduledItem::urlAt(int index) const
{
    return index == 0 || !extras ? url : extras->mirrors.value(index - 1, url);
}

bool ScheduledItem::retiresUrl(const AttemptResult &result)
{
    switch (result.errorKind) {
    case ErrorKind::None:
    case ErrorKind::Disk:
    case ErrorKind::Cancelled:
    case ErrorKind::Invalid:
        return false;
    default:
        return !RetryPolicy::isRetryable(result.errorKind, result.httpStatus);
    }
}

void ScheduledItem::changeUrl(const QUrl &newUrl)
{
    url = newUrl;
    displayUrl = UrlList::redacted(newUrl);
    pendingUrl.clear();
    startAgain();
}

void ScheduledItem::startAgain()
{
    rotation.reset();
    attempts = 0;
    startedAtMs = -1;
    deadlineAtMs = -1;
    politeWaitMs = 0;
    stop = Stop::None;
    stopDetail.clear();
    last = AttemptResult();
}

ItemUpdate ScheduledItem::finalUpdate(int maxAttempts, const Result &result) const
{
    ItemUpdate final = update(maxAttempts);
    final.received = last.bytes;
    final.total = last.ok ? last.bytes : -1;
    final.httpStatus = last.httpStatus;
    final.file = QFileInfo(last.file).fileName();
    if (result.errorKind != ErrorKind::None)
        final.lastError = result.error();
    return final;
}
