#pragma once

#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <optional>

// The byte-rate limit of a whole batch (--limit-rate), shared by every transfer in every lane:
// a token bucket in bytes that refills at the rate and saves up at most 100 ms worth (the burst),
// so the average over a few seconds stays within a few percent of the rate.
//
// How a transfer uses it (fairness): on readyRead, ask take(min(bytesAvailable, sliceBytes()))
// and read what it grants; when it grants less than asked, stop reading (Qt's bounded read
// buffer then slows the server down, nothing is dropped) and retry after msUntilAvailable().
// take() never grants more than sliceBytes() at once (max(16 KiB, rate / 20), at most the burst)
// and grants nothing until a useful amount (20 ms worth) has built up, so one greedy caller cannot
// drain the bucket in one call or keep others at a trickle: waiting transfers wake when the same
// amount is there, and Qt's timers fire in deadline order, so they take turns.
//
// Time comes in as milliseconds from the caller's clock (a fake one in tests). Thread-safe: every
// function takes the limiter's mutex.
class BandwidthLimiter final
{
public:
    explicit BandwidthLimiter(qint64 bytesPerSecond = 0);

    // Takes effect at once: bytes saved at a higher rate beyond the new burst are dropped.
    // 0 (or less) = unlimited.
    void setRate(qint64 bytesPerSecond);
    qint64 rate() const;
    bool isLimited() const;

    // How many bytes the caller may read now, 0..wanted, and takes them.
    qint64 take(qint64 wanted, qint64 nowMs);
    // Milliseconds until take() grants something again (0 = now; 0 when unlimited).
    qint64 msUntilAvailable(qint64 nowMs);
    // The most one take() grants (wanted when unlimited: a very large number).
    qint64 sliceBytes() const;

    // "500k", "1.5M", "2m", "1000", "1g": bytes a second. k, M and G are binary (1024) and
    // case-insensitive, as in curl; an optional "B" or "/s" after them is allowed ("500kB/s").
    // "0" = unlimited. nullopt for garbage, negatives, fractions of a byte and overflow.
    static std::optional<qint64> parseRate(const QString &text);
    // Text parseRate() reads back as exactly bytesPerSecond: "1.5M", "500k", else plain "1000".
    static QString formatRate(qint64 bytesPerSecond);

private:
    void refill(qint64 nowMs);
    double burst() const;
    double grain() const;

    mutable QMutex m_mutex;
    // Atomic so that rate() and isLimited(), asked on every read of every transfer, take no lock;
    // it changes only under m_mutex.
    std::atomic<qint64> m_rate{0};
    double m_tokens = 0;
    qint64 m_lastMs = 0;
    bool m_started = false; // m_lastMs is meaningful
};
