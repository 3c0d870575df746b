#pragma once

#include <QSet>
#include <QString>

#include <optional>

#include "circuitbreaker.h"
#include "result.h"
#include "tokenbucket.h"

// The politeness of one origin (scheme, host and port): its cap on requests in flight, the
// adaptive allowance under that cap, the request rate, the cooldown a Retry-After asks for and
// the circuit breaker, and which of them holds the origin's queue back, in words a row can show.
// Time comes in as milliseconds from the caller's clock, so tests drive it exactly.
//
// The allowance reacts to the origin, not to one URL: an item lowers it at most once, however
// often it times out; an attempt that started before the last lowering reflects the load of
// then and does not lower it again; it never falls below two while the cap allows two; and it
// grows back with successes and with time, so an origin whose only running request hangs
// recovers too. A request that hangs holds one slot, never the origin.
class OriginPolicy final
{
public:
    struct Rules
    {
        int cap = 8;              // requests in flight to this origin (per-host cap or global)
        bool adaptive = true;     // lower the allowance on 429, 503, timeouts and stalls
        double rate = 0;          // requests a second; 0 = no limit
        int breakerThreshold = 0; // consecutive connection failures or 5xx; 0 = off
        qint64 breakerCooldownMs = 30000;
        qint64 retryAfterMaxMs = 60000; // the longest cooldown a Retry-After may ask for
        bool operator==(const Rules &) const = default;
    };

    // What holds the queue back, most binding first.
    enum class Hold
    {
        None,
        Cooldown,  // a Retry-After asked this origin's clients to wait
        Breaker,   // failing: resting, or its one probe is out
        Allowance, // the adaptive allowance, lowered below the cap, is used up
        Cap,       // the cap itself is used up
        Rate,      // the next request token is not there yet
    };

    // How one attempt ended, as far as politeness cares.
    struct Attempt
    {
        ItemId item = 0;
        qint64 startedAtMs = 0;
        bool ok = false;
        ErrorKind kind = ErrorKind::None;
        int httpStatus = 0;
        std::optional<qint64> retryAfterMs;
    };

    // Successes after which a lowered allowance grows by one.
    static constexpr int regrowRun = 2;
    // Time without a slow-down signal after which a lowered allowance grows by one.
    static constexpr qint64 regrowIntervalMs = 2000;

    OriginPolicy(const QString &origin, const Rules &rules, qint64 nowMs);

    const QString &origin() const { return m_origin; }
    const Rules &rules() const { return m_rules; }
    // New rules apply at once; a changed cap resets the allowance to it.
    void setRules(const Rules &rules, qint64 nowMs);
    // A new batch: full allowance, fresh bucket and breaker, no cooldown. In-flight counts stay.
    void reset(qint64 nowMs);

    // What holds the next request back now; *wakeAtMs is when that may change by itself
    // (-1: only an event changes it).
    Hold hold(qint64 nowMs, qint64 *wakeAtMs);
    // The words a waiting row shows for a hold (empty for None), and until when (0: no end).
    QString reason(Hold hold) const;
    qint64 reasonUntilMs(Hold hold) const;

    void onStarted(qint64 nowMs);
    void onFinished(const Attempt &attempt, qint64 nowMs);
    // The item has its result or was removed: it may lower the allowance again if it comes back.
    void forget(ItemId item) { m_lowered.remove(item); }

    // Nothing in flight and nothing any rule remembers (allowance whole, no cooldown, breaker
    // closed without failures, bucket full): a new policy would behave the same, so the
    // origin's state may be dropped.
    bool isPristine(qint64 nowMs);

    int inFlight() const { return m_inFlight; }
    int allowance() const { return m_allowance; }
    int limit() const { return std::min(m_rules.cap, m_allowance); }
    qint64 cooldownUntilMs() const { return m_cooldownUntilMs; }

private:
    enum Cause : unsigned
    {
        Status429 = 1,
        Status503 = 2,
        Timeouts = 4,
        Stalls = 8,
    };
    int floor() const { return std::min(2, m_rules.cap); }
    void configure(qint64 nowMs, bool fresh);
    void regrowByTime(qint64 nowMs);
    void lower(const Attempt &attempt, unsigned cause, qint64 nowMs);
    QString causeText() const;

    QString m_origin; // "http://127.0.0.1:8080"
    QString m_label;  // "127.0.0.1:8080", for the words rows show
    Rules m_rules;
    int m_inFlight = 0;
    int m_allowance = 0;
    int m_successRun = 0;
    qint64 m_lastLoweredAtMs = -1;
    qint64 m_lastChangeAtMs = 0; // the allowance's last change, for the time-based regrowth
    unsigned m_causes = 0;       // what lowered it since it was last whole
    QSet<ItemId> m_lowered;      // items that lowered it already
    TokenBucket m_bucket;
    CircuitBreaker m_breaker;
    qint64 m_cooldownUntilMs = 0;
};
