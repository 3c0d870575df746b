#pragma once

#include <QtGlobal>

// A request-rate limit: `rate` tokens a second, at most `burst` saved up. Time comes in as
// milliseconds from the caller's clock, so tests drive it exactly.
class TokenBucket final
{
public:
    TokenBucket() = default; // unlimited
    TokenBucket(double rate, double burst, qint64 nowMs);

    bool isLimited() const { return m_rate > 0; }
    // Takes one token when one is there.
    bool tryTake(qint64 nowMs);
    // As a new bucket would be: every token of the burst there.
    bool isFull(qint64 nowMs);
    // When the next token will be there (nowMs when one is there already).
    qint64 nextTokenAtMs(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    double m_rate = 0; // tokens per second; 0 = unlimited
    double m_burst = 1;
    double m_tokens = 0;
    qint64 m_lastMs = 0;
};
