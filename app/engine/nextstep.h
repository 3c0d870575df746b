#pragma once

#include <QString>

#include "result.h"

struct AttemptResult;
struct ScheduledItem;
class RetryPolicy;

// What an item does once one of its attempts has ended: it is forgotten (removed while in
// flight), done, cancelled, waits for a retry (and how long), or fails with the error its row
// and the CSV show. Pure: the scheduler carries the step out.
struct NextStep final
{
    enum class Step
    {
        Forget,
        Done,
        Cancelled,
        Retry,
        Fail
    };

    Step step = Step::Fail;
    qint64 delayMs = -1; // Retry: how long to wait
    ErrorKind kind = ErrorKind::None;
    QString detail;

    // `item` holds the attempt count (this attempt included), its stop request, its budget
    // end (deadlineAtMs, -1 = none) on the same clock as nowMs, and its URL rotation, already
    // told how this attempt failed. An item with mirrors fails only once no URL is left, or
    // every URL was tried and its retries are spent.
    static NextStep after(const ScheduledItem &item, const AttemptResult &result,
                          const RetryPolicy &policy, qint64 nowMs, int itemDeadlineMs);
};
