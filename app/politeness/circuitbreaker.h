#pragma once

#include <QtGlobal>

// Stops sending to a host that keeps failing: after `threshold` consecutive failures it opens
// for `cooldownMs`, then lets one probe through (half-open); the probe's success closes it, its
// failure opens it again. Time comes in from the caller, so tests drive it exactly.
class CircuitBreaker final
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen
    };

    CircuitBreaker() = default; // disabled: always closed
    CircuitBreaker(int threshold, qint64 cooldownMs);

    bool isEnabled() const { return m_threshold > 0; }
    State state(qint64 nowMs) const;
    // Whether a request may start now; a half-open breaker allows one probe at a time.
    bool allows(qint64 nowMs) const;
    qint64 reopensAtMs() const { return m_openUntilMs; }

    void onAttemptStarted(qint64 nowMs);
    void onSuccess();
    void onFailure(qint64 nowMs);
    // The attempt ended without telling anything about the host (cancelled, disk error).
    void onNeutral();

    int consecutiveFailures() const { return m_failures; }

private:
    int m_threshold = 0;
    qint64 m_cooldownMs = 0;
    int m_failures = 0;
    bool m_open = false;
    qint64 m_openUntilMs = 0;
    bool m_probeInFlight = false;
};
