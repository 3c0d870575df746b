#pragma once

#include <QBasicTimer>
#include <QObject>

#include <memory>

class BandwidthLimiter;

// The speed caps on one transfer's reading: its item's own cap and the batch's --limit-rate.
// grant() says how much may be read now; when it grants nothing it arms a timer, and opened()
// says when to read again. Nothing is thrown away: what is not read waits in Qt's bounded read
// buffer, which slows the server down.
class RateGate final : public QObject
{
    Q_OBJECT

public:
    // `batch` may be null (no batch limit); `itemRate` 0 = no cap of the item's own.
    RateGate(BandwidthLimiter *batch, qint64 itemRate, QObject *parent = nullptr);
    ~RateGate() override;

    void setItemRate(qint64 bytesPerSecond); // at once
    // How many of `wanted` bytes may be read now (0..wanted), taken from both limiters.
    qint64 grant(qint64 wanted);

Q_SIGNALS:
    void opened();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    BandwidthLimiter *m_batch;
    std::unique_ptr<BandwidthLimiter> m_item;
    QBasicTimer m_timer; // precise, single shot: a QBasicTimer, not one more QObject a file
};
