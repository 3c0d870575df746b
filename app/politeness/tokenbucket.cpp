#include "tokenbucket.h"

#include <algorithm>
#include <cmath>

TokenBucket::TokenBucket(double rate, double burst, qint64 nowMs)
    : m_rate(rate), m_burst(std::max(1.0, burst)), m_tokens(m_burst), m_lastMs(nowMs)
{}

void TokenBucket::refill(qint64 nowMs)
{
    if (nowMs > m_lastMs) {
        m_tokens = std::min(m_burst, m_tokens + (nowMs - m_lastMs) * m_rate / 1000.0);
        m_lastMs = nowMs;
    }
}

bool TokenBucket::tryTake(qint64 nowMs)
{
    if (!isLimited())
        return true;
    refill(nowMs);
    // A hair of tolerance: a token due at nowMs must not be refused for rounding.
    if (m_tokens < 1.0 - 1e-9)
        return false;
    m_tokens -= 1.0;
    return true;
}

qint64 TokenBucket::nextTokenAtMs(qint64 nowMs)
{
    if (!isLimited())
        return nowMs;
    refill(nowMs);
    if (m_tokens >= 1.0 - 1e-9)
        return nowMs;
    return nowMs + qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}

bool TokenBucket::isFull(qint64 nowMs)
{
    if (!isLimited())
        return true;
    refill(nowMs);
    return m_tokens >= m_burst - 1e-9;
}
