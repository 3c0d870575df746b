#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QtGlobal>

#include <functional>
#include <optional>

#include "result.h"

// Decides which failures are worth another attempt and how long to wait before it:
// exponential backoff with full jitter, capped, and the server's Retry-After when it sent one.
class RetryPolicy final
{
public:
    // A number in [0, 1) — injectable so tests are exact.
    using Random = std::function<double()>;

    RetryPolicy(int retries, qint64 baseMs, qint64 maxMs, Random random = {});

    // Whether a failed attempt of this kind (and HTTP status, for ErrorKind::Http) can
    // succeed later: timeout, stall, connect, truncated; HTTP 408, 425, 429, 500, 502, 503, 504.
    static bool isRetryable(ErrorKind kind, int httpStatus);

    // Whether another attempt is allowed after `attemptsMade` attempts (1 = first done).
    bool mayRetry(int attemptsMade) const { return attemptsMade <= m_retries; }

    // Delay before the attempt after `attemptsMade` attempts: uniformly random in
    // [0, min(max, base * 2^(attemptsMade-1))]; or retryAfterMs when given, capped by max.
    qint64 delayMs(int attemptsMade, std::optional<qint64> retryAfterMs = std::nullopt) const;

    // Retry-After as seconds ("120") or an HTTP-date (IMF-fixdate, RFC 850, asctime),
    // relative to `now`. A date in the past gives 0. nullopt when the value is neither.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    int retries() const { return m_retries; }

private:
    int m_retries;
    qint64 m_baseMs;
    qint64 m_maxMs;
    Random m_random;
};
