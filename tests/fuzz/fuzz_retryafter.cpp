// Fuzzes Retry-After parsing (delta-seconds and the three HTTP-date forms) and the delay that
// the retry policy derives from it.
#include <QDateTime>

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "fuzzcheck.h"
#include "retrypolicy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QDateTime nows[] = {
        QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC),
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2099, 12, 31), QTime(12, 0), Qt::UTC),
    };
    const QString shown = QString::fromLatin1(value);
    for (const QDateTime &now : nows) {
        const std::optional<qint64> ms = RetryPolicy::parseRetryAfter(value, now);
        fuzzCheck(ms == RetryPolicy::parseRetryAfter(value, now), "not deterministic", shown);
        const QByteArray trimmed = value.trimmed();
        const bool digitsOnly =
            !trimmed.isEmpty() && std::all_of(trimmed.begin(), trimmed.end(),
                                              [](char c) { return c >= '0' && c <= '9'; });
        if (digitsOnly)
            fuzzCheck(ms.has_value(), "delta-seconds rejected", shown);
        if (!ms)
            continue;
        fuzzCheck(*ms >= 0, "negative delay", shown);
        const RetryPolicy policy(3, 1000, 60000, [] { return 0.5; });
        const qint64 delay = policy.delayMs(1, ms);
        fuzzCheck(delay >= 0 && delay <= 60000, "delay beyond the cap", shown);
    }
    return 0;
}
