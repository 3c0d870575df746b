#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

// Waits for a batch's start time (`--start-at`, the window's "Start at…"): tells what is left
// every second, checked against the wall clock each time (a suspend or a clock change is seen),
// the last stretch timed exactly, then says the time has come. Cancellable.
class StartWait final : public QObject
{
    Q_OBJECT

public:
    explicit StartWait(QObject *parent = nullptr);

    // Waits until `at` (due() on the next pass of the event loop when it has passed already).
    void start(const QDateTime &at);
    void cancel();
    bool isWaiting() const { return m_waiting; }
    QDateTime at() const { return m_at; }
    qint64 msLeft() const;

Q_SIGNALS:
    void tick(qint64 msLeft); // at start() and every second
    void due();

private:
    void check(bool second);

    QDateTime m_at;
    QTimer m_seconds;
    QTimer m_last;
    bool m_waiting = false;
};
