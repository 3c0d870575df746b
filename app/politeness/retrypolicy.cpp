#include "retrypolicy.h"

#include <QByteArrayList>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>
#include <utility>

namespace {

constexpr qint64 MaxRetryAfterSeconds = std::numeric_limits<qint64>::max() / 1000;

int monthFromName(const QByteArray &name)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name == months[i])
            return i + 1;
    }
    return 0;
}

bool isDayName(const QByteArray &name, bool longForm)
{
    static const char *const shortNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const longNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                            "Friday", "Saturday", "Sunday"};
    const char *const *names = longForm ? longNames : shortNames;
    return std::any_of(names, names + 7, [&name](const char *n) { return name == n; });
}

// A fixed number of ASCII digits, or -1.
int digits(const QByteArray &s, qsizetype count)
{
    if (s.size() != count)
        return -1;
    int value = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

QTime timeOfDay(const QByteArray &s)
{
    const QByteArrayList parts = s.split(':');
    if (parts.size() != 3)
        return {};
    const int h = digits(parts[0], 2);
    const int m = digits(parts[1], 2);
    const int sec = digits(parts[2], 2);
    if (h < 0 || m < 0 || sec < 0)
        return {};
    return QTime(h, m, sec); // invalid (and so rejected) for 25:00:00 or leap second 60
}

QDateTime utc(int year, int month, int day, const QTime &time)
{
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid() || month == 0)
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// The three HTTP-date forms of RFC 9110 section 5.6.7, parsed by hand with English names so
// that neither the system locale nor its time zone can change the answer.
QDateTime parseHttpDate(const QByteArray &value, const QDateTime &now)
{
    QByteArrayList f;
    for (const QByteArray &part : value.split(' ')) {
        if (!part.isEmpty())
            f.append(part);
    }
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    if (f.size() == 6 && f[0].endsWith(',') && isDayName(f[0].chopped(1), false) && f[5] == "GMT") {
        return utc(digits(f[3], 4), monthFromName(f[2]), digits(f[1], 2), timeOfDay(f[4]));
    }
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    if (f.size() == 4 && f[0].endsWith(',') && isDayName(f[0].chopped(1), true) && f[3] == "GMT") {
        const QByteArrayList d = f[1].split('-');
        if (d.size() != 3)
            return {};
        const int yy = digits(d[2], 2);
        if (yy < 0)
            return {};
        // A two-digit year more than 50 years ahead is in the past century (RFC 9110).
        int year = (now.date().year() / 100) * 100 + yy;
        if (year > now.date().year() + 50)
            year -= 100;
        return utc(year, monthFromName(d[1]), digits(d[0], 2), timeOfDay(f[2]));
    }
    // asctime: Sun Nov  6 08:49:37 1994
    if (f.size() == 5 && isDayName(f[0], false)) {
        const int day = f[2].size() == 1 ? digits(f[2], 1) : digits(f[2], 2);
        return utc(digits(f[4], 4), monthFromName(f[1]), day, timeOfDay(f[3]));
    }
    return {};
}

} // namespace

RetryPolicy::RetryPolicy(int retries, qint64 baseMs, qint64 maxMs, Random random)
    : m_retries(std::max(retries, 0)), m_baseMs(std::max<qint64>(baseMs, 0)),
      m_maxMs(std::max<qint64>(maxMs, 0)),
      m_random(random ? std::move(random)
                      : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{}

bool RetryPolicy::isRetryable(ErrorKind kind, int httpStatus)
{
    switch (kind) {
    case ErrorKind::Timeout:
    case ErrorKind::Stall:
    case ErrorKind::Connect:
    case ErrorKind::Truncated:
        return true;
    case ErrorKind::Http:
        switch (httpStatus) {
        case 408:
        case 425:
        case 429:
        case 500:
        case 502:
        case 503:
        case 504:
            return true;
        default:
            return false;
        }
    case ErrorKind::None:
    case ErrorKind::Dns:
    case ErrorKind::Tls:
    case ErrorKind::Redirect:
    case ErrorKind::Disk:
    case ErrorKind::Cancelled:
    case ErrorKind::Invalid:
    case ErrorKind::Checksum:
        return false;
    }
    return false;
}

qint64 RetryPolicy::delayMs(int attemptsMade, std::optional<qint64> retryAfterMs) const
{
    if (retryAfterMs)
        return std::clamp<qint64>(*retryAfterMs, 0, m_maxMs);
    // base * 2^(attemptsMade-1), doubling step by step so a large count saturates at max
    // instead of overflowing.
    qint64 cap = std::min(m_baseMs, m_maxMs);
    for (int i = 1; i < attemptsMade && cap < m_maxMs; ++i)
        cap = cap > m_maxMs / 2 ? m_maxMs : cap * 2;
    double r = m_random();
    if (!(r >= 0.0)) // also catches NaN
        r = 0.0;
    r = std::min(r, 1.0);
    return std::clamp<qint64>(static_cast<qint64>(r * static_cast<double>(cap)), 0, cap);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    if (std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Absurdly long numbers saturate rather than overflow; delayMs() caps them anyway.
        qint64 seconds = 0;
        for (const char c : v) {
            if (seconds > (MaxRetryAfterSeconds - 9) / 10) {
                seconds = MaxRetryAfterSeconds;
                break;
            }
            seconds = seconds * 10 + (c - '0');
        }
        return seconds * 1000;
    }
    const QDateTime when = parseHttpDate(v, now.toUTC());
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(now.msecsTo(when), 0);
}
