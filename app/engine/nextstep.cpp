#include "nextstep.h"

#include <QCoreApplication>
#include <QLocale>

#include "retrypolicy.h"
#include "scheduleditem.h"

namespace {
// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window (QCoreApplication::translate is thread-safe).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NextStep)
};
} // namespace

NextStep NextStep::after(const ScheduledItem &item, const AttemptResult &result,
                         const RetryPolicy &policy, qint64 nowMs, int itemDeadlineMs)
{
    NextStep next;
    if (item.stop == ScheduledItem::Stop::Remove) {
        next.step = Step::Forget;
        return next;
    }
    if (result.ok) {
        next.step = Step::Done;
        return next;
    }
    if (item.stop == ScheduledItem::Stop::Cancel) {
        next.step = Step::Cancelled;
        next.kind = ErrorKind::Cancelled;
        next.detail = item.stopDetail;
        return next;
    }
    // Mirrors: a URL never tried is tried before the item gives up, right away (it is another
    // place); past that, the retries go round the URLs left. The item's budget still holds.
    const UrlRotation &urls = item.rotation;
    const bool retryable = RetryPolicy::isRetryable(result.errorKind, result.httpStatus);
    const bool placeFailed = retryable || ScheduledItem::retiresUrl(result);
    qint64 delay = -1;
    if (urls.count() > 1 && urls.anyLeft() && placeFailed) {
        if (urls.untriedLeft())
            delay = 0;
        else if (policy.mayRetry(item.attempts))
            delay = retryable ? policy.delayMs(item.attempts, result.retryAfterMs) : 0;
    } else if (retryable && urls.anyLeft() && policy.mayRetry(item.attempts)) {
        delay = policy.delayMs(item.attempts, result.retryAfterMs);
    }
    if (delay >= 0 && (item.deadlineAtMs < 0 || nowMs + delay < item.deadlineAtMs)) {
        next.step = Step::Retry;
        next.delayMs = delay;
        return next;
    }
    next.step = Step::Fail;
    if (delay >= 0) {
        next.kind = ErrorKind::Timeout;
        next.detail = Text::tr("item budget of %1 s used up after %n attempts (last: %2)", nullptr,
                               item.attempts)
                          .arg(QLocale().toString(itemDeadlineMs / 1000.0))
                          .arg(formatError(result.errorKind, result.errorDetail));
    } else {
        next.kind = result.errorKind;
        next.detail = result.errorDetail;
        if (urls.count() > 1)
            next.detail +=
                Text::tr(" (the last of %1 URLs tried in %n attempts)", nullptr, item.attempts)
                    .arg(urls.count());
    }
    return next;
}
