#include "nextstep.h"

#include "retrypolicy.h"
#include "scheduleditem.h"

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
    const qint64 delay = RetryPolicy::isRetryable(result.errorKind, result.httpStatus) &&
                                 policy.mayRetry(item.attempts)
                             ? policy.delayMs(item.attempts, result.retryAfterMs)
                             : -1;
    if (delay >= 0 && (item.deadlineAtMs < 0 || nowMs + delay < item.deadlineAtMs)) {
        next.step = Step::Retry;
        next.delayMs = delay;
        return next;
    }
    next.step = Step::Fail;
    if (delay >= 0) {
        next.kind = ErrorKind::Timeout;
        next.detail = QStringLiteral("item budget of %1 s used up after %2 attempts (last: %3)")
                          .arg(itemDeadlineMs / 1000.0)
                          .arg(item.attempts)
                          .arg(formatError(result.errorKind, result.errorDetail));
    } else {
        next.kind = result.errorKind;
        next.detail = result.errorDetail;
    }
    return next;
}
