#include <QTest>

#include "retrypolicy.h"

#include <limits>

using namespace Qt::StringLiterals;

// Checks which failures are retried, the capped full-jitter backoff with an injected random
// source, and Retry-After in all its forms against a fixed clock.
class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryable_data();
    void retryable();
    void mayRetry();
    void delay_data();
    void delay();
    void defaultRandomStaysInRange();
    void retryAfterDelay_data();
    void retryAfterDelay();
    void parseRetryAfter_data();
    void parseRetryAfter();
};

void TestRetryPolicy::retryable_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("expected");

    const auto row = [](const char *name, ErrorKind kind, int status, bool expected) {
        QTest::newRow(name) << int(kind) << status << expected;
    };
    row("timeout", ErrorKind::Timeout, 0, true);
    row("stall", ErrorKind::Stall, 0, true);
    row("connect", ErrorKind::Connect, 0, true);
    row("truncated", ErrorKind::Truncated, 0, true);
    for (const int s : {408, 425, 429, 500, 502, 503, 504})
        row(qPrintable(u"http %1"_s.arg(s)), ErrorKind::Http, s, true);
    for (const int s : {0, 200, 301, 400, 401, 403, 404, 410, 418, 451, 501, 505, 507, 599})
        row(qPrintable(u"http %1"_s.arg(s)), ErrorKind::Http, s, false);
    row("none", ErrorKind::None, 0, false);
    row("dns", ErrorKind::Dns, 0, false);
    row("tls", ErrorKind::Tls, 0, false);
    row("redirect", ErrorKind::Redirect, 0, false);
    row("disk", ErrorKind::Disk, 0, false);
    row("cancelled", ErrorKind::Cancelled, 0, false);
    row("invalid", ErrorKind::Invalid, 0, false);
    row("timeout ignores status", ErrorKind::Timeout, 404, true);
    row("dns ignores status", ErrorKind::Dns, 503, false);
}

void TestRetryPolicy::retryable()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, expected);
    QCOMPARE(RetryPolicy::isRetryable(static_cast<ErrorKind>(kind), status), expected);
}

void TestRetryPolicy::mayRetry()
{
    const RetryPolicy three(3, 100, 1000);
    QCOMPARE(three.retries(), 3);
    QVERIFY(three.mayRetry(1));
    QVERIFY(three.mayRetry(3));
    QVERIFY(!three.mayRetry(4));
    const RetryPolicy none(0, 100, 1000);
    QVERIFY(!none.mayRetry(1));
}

void TestRetryPolicy::delay_data()
{
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("first, full") << qint64(1000) << qint64(30000) << 1 << 0.999999 << qint64(999);
    QTest::newRow("first, half") << qint64(1000) << qint64(30000) << 1 << 0.5 << qint64(500);
    QTest::newRow("second doubles") << qint64(1000) << qint64(30000) << 2 << 0.5 << qint64(1000);
    QTest::newRow("third") << qint64(1000) << qint64(30000) << 3 << 0.5 << qint64(2000);
    QTest::newRow("capped") << qint64(1000) << qint64(30000) << 10 << 0.5 << qint64(15000);
    QTest::newRow("zero random") << qint64(1000) << qint64(30000) << 5 << 0.0 << qint64(0);
    QTest::newRow("huge attempts")
        << qint64(1000) << qint64(30000) << 1'000'000 << 0.5 << qint64(15000);
    QTest::newRow("int max attempts")
        << qint64(1000) << qint64(30000) << std::numeric_limits<int>::max() << 0.25 << qint64(7500);
    QTest::newRow("huge base") << std::numeric_limits<qint64>::max() / 2
                               << std::numeric_limits<qint64>::max() << 70 << 0.5
                               << std::numeric_limits<qint64>::max() / 2;
    QTest::newRow("base over max") << qint64(5000) << qint64(2000) << 1 << 0.5 << qint64(1000);
    QTest::newRow("zero attempts") << qint64(1000) << qint64(30000) << 0 << 0.5 << qint64(500);
    QTest::newRow("bad random") << qint64(1000) << qint64(30000) << 1 << 7.0 << qint64(1000);
    QTest::newRow("nan random") << qint64(1000) << qint64(30000) << 1
                                << std::numeric_limits<double>::quiet_NaN() << qint64(0);
}

void TestRetryPolicy::delay()
{
    QFETCH(qint64, base);
    QFETCH(qint64, max);
    QFETCH(int, attempts);
    QFETCH(double, random);
    QFETCH(qint64, expected);

    const RetryPolicy policy(3, base, max, [random] { return random; });
    const qint64 d = policy.delayMs(attempts);
    // The huge-base row goes through double, which cannot hold every qint64 exactly.
    if (expected > (qint64(1) << 52))
        QVERIFY(qAbs(d - expected) < (expected >> 40));
    else
        QCOMPARE(d, expected);
}

void TestRetryPolicy::defaultRandomStaysInRange()
{
    const RetryPolicy policy(3, 1000, 30000);
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = -1;
    for (int i = 0; i < 2000; ++i) {
        const qint64 d = policy.delayMs(3);
        QVERIFY(d >= 0 && d <= 4000);
        low = qMin(low, d);
        high = qMax(high, d);
    }
    // Full jitter spreads over the whole window, not a fixed value.
    QVERIFY(low < 400);
    QVERIFY(high > 3600);
}

void TestRetryPolicy::retryAfterDelay_data()
{
    QTest::addColumn<qint64>("retryAfter");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("below max") << qint64(5000) << qint64(5000);
    QTest::newRow("capped") << qint64(120000) << qint64(30000);
    QTest::newRow("zero") << qint64(0) << qint64(0);
    QTest::newRow("negative") << qint64(-5) << qint64(0);
}

void TestRetryPolicy::retryAfterDelay()
{
    QFETCH(qint64, retryAfter);
    QFETCH(qint64, expected);
    const RetryPolicy policy(3, 1000, 30000, [] { return 0.5; });
    QCOMPARE(policy.delayMs(1, retryAfter), expected);
    QCOMPARE(policy.delayMs(7, retryAfter), expected);
}

void TestRetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    // The clock: 1994-11-06 08:49:00 UTC, 37 s before the RFC example date.
    QTest::newRow("seconds") << "120"_ba << true << qint64(120000);
    QTest::newRow("zero") << "0"_ba << true << qint64(0);
    QTest::newRow("spaces") << "  7 "_ba << true << qint64(7000);
    QTest::newRow("huge saturates") << "99999999999999999999999"_ba << true
                                    << (std::numeric_limits<qint64>::max() / 1000) * 1000;
    QTest::newRow("negative") << "-5"_ba << false << qint64(0);
    QTest::newRow("plus") << "+5"_ba << false << qint64(0);
    QTest::newRow("fraction") << "1.5"_ba << false << qint64(0);
    QTest::newRow("garbage") << "soon"_ba << false << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("imf") << "Sun, 06 Nov 1994 08:49:37 GMT"_ba << true << qint64(37000);
    QTest::newRow("rfc850") << "Sunday, 06-Nov-94 08:49:37 GMT"_ba << true << qint64(37000);
    QTest::newRow("asctime") << "Sun Nov  6 08:49:37 1994"_ba << true << qint64(37000);
    QTest::newRow("asctime 2-digit day")
        << "Thu Nov 10 08:49:00 1994"_ba << true << qint64(4 * 86400 * 1000LL);
    QTest::newRow("past date") << "Sat, 05 Nov 1994 08:49:37 GMT"_ba << true << qint64(0);
    QTest::newRow("bad month") << "Sun, 06 Foo 1994 08:49:37 GMT"_ba << false << qint64(0);
    QTest::newRow("bad time") << "Sun, 06 Nov 1994 25:49:37 GMT"_ba << false << qint64(0);
    QTest::newRow("not GMT") << "Sun, 06 Nov 1994 08:49:37 PST"_ba << false << qint64(0);
    QTest::newRow("bad day") << "Sun, 31 Nov 1994 08:49:37 GMT"_ba << false << qint64(0);
    QTest::newRow("localized") << "So, 06 Nov 1994 08:49:37 GMT"_ba << false << qint64(0);
    QTest::newRow("lowercase month") << "Sun, 06 nov 1994 08:49:37 GMT"_ba << false << qint64(0);
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 0), Qt::UTC);
    const std::optional<qint64> got = RetryPolicy::parseRetryAfter(value, now);
    QCOMPARE(got.has_value(), valid);
    if (valid)
        QCOMPARE(*got, expected);
    // The same instant expressed in another zone must give the same answer.
    if (valid && value.contains("GMT")) {
        const QDateTime shifted = now.toOffsetFromUtc(-8 * 3600);
        QCOMPARE(RetryPolicy::parseRetryAfter(value, shifted), got);
    }
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
