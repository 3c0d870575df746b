#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include "itemupdate.h"
#include "transfer.h"

class QNetworkAccessManager;
class NameReservations;

// One worker thread's share of the downloads: its own QNetworkAccessManager (so Qt's limit of
// six connections per host applies per lane, not to the whole batch) and the Transfers running
// on it. Progress goes back to the scheduler in batches, about every 50 ms.
class Lane final : public QObject
{
    Q_OBJECT

public:
    Lane(NameReservations *names, const TransferConfig &config, int index);
    ~Lane() override;

    // Each of these runs in the lane's thread (the scheduler invokes them queued).
    void setConfig(const TransferConfig &config);
    void startAttempt(const AttemptSpec &spec);
    void abortAttempt(ItemId id, ErrorKind kind, const QString &detail);
    void setPaused(bool paused);
    void setItemRate(ItemId id, qint64 bytesPerSecond);
    // The scheduler granted the item one more range request (segmentEnded() when it ends).
    void openSegment(ItemId id);
    void shutdown(); // aborts everything, quietly

    int index() const { return m_index; }

Q_SIGNALS:
    void progress(int lane, const QList<ItemUpdate> &updates);
    void attemptFinished(int lane, const AttemptResult &result);
    // With the progress: the items whose bodies would take more range requests now, each id
    // once per request it could use.
    void segmentsWanted(int lane, const QList<quint64> &ids);
    // A granted range request ended (retryAfterMs < 0: none).
    void segmentEnded(int lane, quint64 id, int attempt, bool ok, int httpStatus,
                      qint64 retryAfterMs);
    // A range request in the item's own slot was refused (retryAfterMs < 0: none).
    void rangeRefused(int lane, quint64 id, int attempt, int httpStatus, qint64 retryAfterMs);

private:
    void reportProgress();
    void applyProxy();
    ItemUpdate updateFor(const Transfer &transfer) const;

    NameReservations *m_names;
    TransferConfig m_config;
    int m_index;
    QNetworkAccessManager *m_nam = nullptr; // created in the lane's thread on first use
    QHash<ItemId, Transfer *> m_transfers;
    QByteArray m_readBuffer;
    QTimer m_progressTimer;
    bool m_paused = false;
};
