#include "originpolicy.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace {
QString labelOf(const QString &origin)
{
    // "http://127.0.0.1:8080" -> "127.0.0.1:8080"; the scheme's own port is left out.
    const QUrl url(origin);
    const int port = url.port();
    const int usual = url.scheme() == QLatin1String("https") ? 443 : 80;
    const QString host = url.host().contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + url.host() + QLatin1Char(']')
                             : url.host();
    return port < 0 || port == usual ? host : host + QLatin1Char(':') + QString::number(port);
}

// The translation context of this file's texts (lupdate reads the macro; a free tr() it
// could not place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OriginPolicy)
};
} // namespace

OriginPolicy::OriginPolicy(const QString &origin, const Rules &rules, qint64 nowMs)
    : m_origin(origin), m_label(labelOf(origin)), m_rules(rules)
{
    configure(nowMs, true);
}

void OriginPolicy::setRules(const Rules &rules, qint64 nowMs)
{
    if (rules == m_rules)
        return;
    const Rules before = std::exchange(m_rules, rules);
    if (rules.cap != before.cap || !rules.adaptive)
        m_allowance = rules.cap; // the user asked for this many: it applies at once
    if (rules.rate != before.rate)
        m_bucket = TokenBucket();
    if (rules.breakerThreshold != before.breakerThreshold ||
        rules.breakerCooldownMs != before.breakerCooldownMs)
        m_breaker = CircuitBreaker();
    configure(nowMs, false);
}

void OriginPolicy::reset(qint64 nowMs)
{
    m_bucket = TokenBucket();
    m_breaker = CircuitBreaker();
    m_cooldownUntilMs = 0;
    m_lowered.clear();
    configure(nowMs, true);
}

void OriginPolicy::configure(qint64 nowMs, bool fresh)
{
    if (fresh || !m_rules.adaptive) {
        m_allowance = m_rules.cap;
        m_successRun = 0;
        m_causes = 0;
        m_lastLoweredAtMs = -1;
    }
    m_allowance = std::clamp(m_allowance, floor(), m_rules.cap);
    if (m_allowance >= m_rules.cap)
        m_causes = 0;
    m_lastChangeAtMs = nowMs;
    // A small burst (one second's worth, at least one request), then the rate exactly.
    if (m_rules.rate > 0 && !m_bucket.isLimited())
        m_bucket = TokenBucket(m_rules.rate, std::max(1.0, m_rules.rate), nowMs);
    if (m_rules.breakerThreshold > 0 && !m_breaker.isEnabled())
        m_breaker = CircuitBreaker(m_rules.breakerThreshold, m_rules.breakerCooldownMs);
}

void OriginPolicy::regrowByTime(qint64 nowMs)
{
    if (m_allowance >= m_rules.cap)
        return;
    const qint64 steps = (nowMs - m_lastChangeAtMs) / regrowIntervalMs;
    if (steps <= 0)
        return;
    m_allowance = int(std::min<qint64>(m_rules.cap, m_allowance + steps));
    m_lastChangeAtMs += steps * regrowIntervalMs;
    if (m_allowance >= m_rules.cap)
        m_causes = 0;
}

OriginPolicy::Hold OriginPolicy::hold(qint64 nowMs, qint64 *wakeAtMs)
{
    *wakeAtMs = -1;
    if (nowMs < m_cooldownUntilMs) {
        *wakeAtMs = m_cooldownUntilMs;
        return Hold::Cooldown;
    }
    if (!m_breaker.allows(nowMs)) {
        if (m_breaker.state(nowMs) == CircuitBreaker::State::Open)
            *wakeAtMs = m_breaker.reopensAtMs();
        return Hold::Breaker; // else: the probe is out; its result wakes the origin
    }
    regrowByTime(nowMs);
    if (m_inFlight >= m_rules.cap)
        return Hold::Cap;
    if (m_inFlight >= m_allowance) {
        *wakeAtMs = m_lastChangeAtMs + regrowIntervalMs;
        return Hold::Allowance;
    }
    const qint64 token = m_bucket.nextTokenAtMs(nowMs);
    if (token > nowMs) {
        *wakeAtMs = token;
        return Hold::Rate;
    }
    return Hold::None;
}

QString OriginPolicy::causeText() const
{
    QStringList causes;
    if (m_causes & Status429)
        causes << Text::tr("429s");
    if (m_causes & Status503)
        causes << Text::tr("503s");
    if (m_causes & Timeouts)
        causes << Text::tr("timeouts");
    if (m_causes & Stalls)
        causes << Text::tr("stalls");
    if (causes.size() > 1) {
        const QString last = causes.takeLast();
        return causes.join(QLatin1String(", ")) + Text::tr(" and ") + last;
    }
    return causes.value(0);
}

QString OriginPolicy::reason(Hold hold) const
{
    switch (hold) {
    case Hold::None:
        return {};
    case Hold::Cooldown:
        return Text::tr("%1 asked to slow down (Retry-After)").arg(m_label);
    case Hold::Breaker:
        return Text::tr("%1 keeps failing: resting, then one probe").arg(m_label);
    case Hold::Allowance:
        return Text::tr("%1 allows %2 of %3 now (after %4)")
            .arg(m_label)
            .arg(m_allowance)
            .arg(m_rules.cap)
            .arg(causeText());
    case Hold::Cap:
        return Text::tr("%1 has %2 of %3 in flight (its cap)")
            .arg(m_label)
            .arg(m_inFlight)
            .arg(m_rules.cap);
    case Hold::Rate:
        return Text::tr("%1 is limited to %2 requests a second").arg(m_label).arg(m_rules.rate);
    }
    return {};
}

qint64 OriginPolicy::reasonUntilMs(Hold hold) const
{
    if (hold == Hold::Cooldown)
        return m_cooldownUntilMs;
    if (hold == Hold::Breaker && m_breaker.reopensAtMs() > 0)
        return m_breaker.reopensAtMs();
    return 0;
}

void OriginPolicy::onStarted(qint64 nowMs)
{
    m_bucket.tryTake(nowMs);
    m_breaker.onAttemptStarted(nowMs);
    ++m_inFlight;
}

void OriginPolicy::lower(const Attempt &attempt, unsigned cause, qint64 nowMs)
{
    // One item lowers it once; an attempt sent before the last lowering saw the old load.
    if (m_lowered.contains(attempt.item) || attempt.startedAtMs < m_lastLoweredAtMs)
        return;
    m_successRun = 0;
    m_lowered.insert(attempt.item);
    m_causes |= cause;
    const int lowered = std::max(floor(), m_allowance / 2);
    if (lowered < m_allowance) {
        m_allowance = lowered;
        m_lastLoweredAtMs = nowMs;
        m_lastChangeAtMs = nowMs;
    }
}

void OriginPolicy::onFinished(const Attempt &attempt, qint64 nowMs)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    const int status = attempt.httpStatus;
    const bool http = attempt.kind == ErrorKind::Http;
    unsigned cause = 0;
    if (attempt.kind == ErrorKind::Timeout)
        cause = Timeouts;
    else if (attempt.kind == ErrorKind::Stall)
        cause = Stalls;
    else if (http && status == 429)
        cause = Status429;
    else if (http && status == 503)
        cause = Status503;

    if (m_rules.adaptive) {
        regrowByTime(nowMs);
        if (cause) {
            lower(attempt, cause, nowMs);
        } else if (attempt.ok && m_allowance < m_rules.cap && ++m_successRun >= regrowRun) {
            ++m_allowance;
            m_successRun = 0;
            m_lastChangeAtMs = nowMs;
            if (m_allowance >= m_rules.cap)
                m_causes = 0;
        }
    }

    // One item's Retry-After holds back every request to this origin.
    if ((cause == Status429 || cause == Status503) && attempt.retryAfterMs) {
        const qint64 delay = std::min<qint64>(*attempt.retryAfterMs, m_rules.retryAfterMaxMs);
        m_cooldownUntilMs = std::max(m_cooldownUntilMs, nowMs + delay);
        // The clock that grows the allowance back starts when the origin may send again.
        m_lastChangeAtMs = std::max(m_lastChangeAtMs, m_cooldownUntilMs);
    }

    const bool failure = attempt.kind == ErrorKind::Connect || attempt.kind == ErrorKind::Timeout ||
                         (http && status >= 500);
    if (failure)
        m_breaker.onFailure(nowMs);
    else if (attempt.ok || http)
        m_breaker.onSuccess();
    else
        m_breaker.onNeutral();
}

bool OriginPolicy::isPristine(qint64 nowMs)
{
    if (m_inFlight > 0 || !m_lowered.isEmpty() || m_cooldownUntilMs > nowMs)
        return false;
    regrowByTime(nowMs);
    return m_allowance >= m_rules.cap && m_breaker.consecutiveFailures() == 0 &&
           m_breaker.state(nowMs) == CircuitBreaker::State::Closed && m_bucket.isFull(nowMs);
}
