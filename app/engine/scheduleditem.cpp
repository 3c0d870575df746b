#include "scheduleditem.h"

#include "urllist.h"

ItemUpdate ScheduledItem::update(int maxAttempts) const
{
    ItemUpdate update;
    update.id = id;
    update.state = state;
    update.attempt = attempts;
    update.maxAttempts = maxAttempts;
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
    return result;
}
