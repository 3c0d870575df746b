#include "bandwidthlimiter.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr double kBurstSeconds = 0.1;  // what the bucket saves up
constexpr double kGrainSeconds = 0.02; // the least worth waking up for
constexpr qint64 kMinSlice = 16 * 1024;
constexpr qint64 kUnlimitedSlice = std::numeric_limits<qint64>::max() / 2;
} // namespace

BandwidthLimiter::BandwidthLimiter(qint64 bytesPerSecond)
{
    setRate(bytesPerSecond);
}

double BandwidthLimiter::burst() const
{
    return std::max(1.0, double(m_rate) * kBurstSeconds);
}

double BandwidthLimiter::grain() const
{
    return std::max(1.0, std::floor(double(m_rate) * kGrainSeconds));
}

void BandwidthLimiter::refill(qint64 nowMs)
{
    if (!m_started) {
        m_started = true;
        m_lastMs = nowMs;
        return;
    }
    if (nowMs <= m_lastMs)
        return; // a clock that steps back must not mint tokens
    m_tokens = std::min(burst(), m_tokens + double(nowMs - m_lastMs) * double(m_rate) / 1000.0);
    m_lastMs = nowMs;
}

void BandwidthLimiter::setRate(qint64 bytesPerSecond)
{
    QMutexLocker lock(&m_mutex);
    const qint64 rate = std::max<qint64>(0, bytesPerSecond);
    if (rate == m_rate)
        return;
    // No clock here: the time since the last call is credited at the new rate on the next one,
    // and clipping to the new burst bounds what that can give.
    const bool wasUnlimited = m_rate == 0;
    m_rate = rate;
    if (m_rate == 0)
        return;
    m_tokens = wasUnlimited ? burst() : std::min(m_tokens, burst());
}

qint64 BandwidthLimiter::rate() const
{
    return m_rate.load(std::memory_order_relaxed);
}

bool BandwidthLimiter::isLimited() const
{
    return m_rate.load(std::memory_order_relaxed) > 0;
}

qint64 BandwidthLimiter::sliceBytes() const
{
    QMutexLocker lock(&m_mutex);
    if (m_rate == 0)
        return kUnlimitedSlice;
    return std::min(std::max(kMinSlice, m_rate / 20), qint64(burst()));
}

qint64 BandwidthLimiter::take(qint64 wanted, qint64 nowMs)
{
    if (wanted <= 0)
        return 0;
    const qint64 slice = sliceBytes();
    QMutexLocker lock(&m_mutex);
    if (m_rate == 0)
        return wanted;
    refill(nowMs);
    const qint64 asked = std::min(wanted, slice);
    // Nothing until a useful amount is there: dribbling a few bytes per call favours whoever
    // polls most often.
    if (m_tokens < std::min(double(asked), grain()))
        return 0;
    const qint64 granted = std::min(asked, qint64(m_tokens));
    m_tokens -= double(granted);
    return granted;
}

qint64 BandwidthLimiter::msUntilAvailable(qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    if (m_rate == 0)
        return 0;
    refill(nowMs);
    const double missing = grain() - m_tokens;
    if (missing <= 0)
        return 0;
    return std::max<qint64>(1, qint64(std::ceil(missing * 1000.0 / double(m_rate))));
}

std::optional<qint64> BandwidthLimiter::parseRate(const QString &text)
{
    QString t = text.trimmed().toLower();
    if (t.endsWith(QLatin1String("/s")))
        t.chop(2);
    if (t.endsWith(QLatin1Char('b')))
        t.chop(1);
    double unit = 1;
    if (t.endsWith(QLatin1Char('k')))
        unit = 1024.0;
    else if (t.endsWith(QLatin1Char('m')))
        unit = 1024.0 * 1024.0;
    else if (t.endsWith(QLatin1Char('g')))
        unit = 1024.0 * 1024.0 * 1024.0;
    if (unit > 1)
        t.chop(1);
    // Digits and at most one dot only: no signs, exponents, spaces, "inf" or "nan".
    if (t.isEmpty() || t == QLatin1String("."))
        return std::nullopt;
    int dots = 0;
    for (const QChar c : std::as_const(t)) {
        if (c == QLatin1Char('.'))
            ++dots;
        else if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    if (dots > 1)
        return std::nullopt;
    bool ok = false;
    const double number = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const double bytes = number * unit;
    if (bytes >= 9.0e15) // far beyond any link, and safely inside qint64
        return std::nullopt;
    const double rounded = std::round(bytes);
    if (number > 0 && rounded < 1)
        return std::nullopt; // "0.0001": a fraction of a byte is a typo, not "unlimited"
    return qint64(rounded);
}

QString BandwidthLimiter::formatRate(qint64 bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return QStringLiteral("0");
    static constexpr struct
    {
        qint64 unit;
        char suffix;
    } units[] = {{1024LL * 1024 * 1024, 'G'}, {1024LL * 1024, 'M'}, {1024, 'k'}};
    for (const auto &u : units) {
        if (bytesPerSecond < u.unit)
            continue;
        // Up to two decimals, and only when they are exact: "1205.632k" helps nobody.
        qint64 scale = 1;
        for (int decimals = 0; decimals <= 2; ++decimals, scale *= 10) {
            if (bytesPerSecond * scale % u.unit == 0)
                return QString::number(double(bytesPerSecond) / double(u.unit), 'f', decimals) +
                       QLatin1Char(u.suffix);
        }
    }
    return QString::number(bytesPerSecond);
}
