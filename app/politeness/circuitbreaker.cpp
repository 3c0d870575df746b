#include "circuitbreaker.h"

CircuitBreaker::CircuitBreaker(int threshold, qint64 cooldownMs)
    : m_threshold(threshold), m_cooldownMs(cooldownMs)
{}

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    if (!m_open)
        return State::Closed;
    return nowMs < m_openUntilMs ? State::Open : State::HalfOpen;
}

bool CircuitBreaker::allows(qint64 nowMs) const
{
    switch (state(nowMs)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        return !m_probeInFlight;
    }
    return true;
}

void CircuitBreaker::onAttemptStarted(qint64 nowMs)
{
    if (state(nowMs) == State::HalfOpen)
        m_probeInFlight = true;
}

void CircuitBreaker::onSuccess()
{
    m_failures = 0;
    m_open = false;
    m_probeInFlight = false;
}

void CircuitBreaker::onFailure(qint64 nowMs)
{
    if (!isEnabled())
        return;
    ++m_failures;
    // A failed probe, or the threshold reached: (re)open for a full cooldown.
    if (m_probeInFlight || (!m_open && m_failures >= m_threshold)) {
        m_open = true;
        m_openUntilMs = nowMs + m_cooldownMs;
    }
    m_probeInFlight = false;
}

void CircuitBreaker::onNeutral()
{
    m_probeInFlight = false;
}
