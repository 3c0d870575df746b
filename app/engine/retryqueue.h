#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <map>

#include "result.h"

// The items waiting to retry, by when their next attempt is due, with one precise timer for
// the earliest: hands the due ones out in the order they fell due. Lives in the scheduler's
// thread, on its clock.
class RetryQueue final : public QObject
{
    Q_OBJECT

public:
    explicit RetryQueue(const QElapsedTimer *clock, QObject *parent = nullptr);

    void add(ItemId id, qint64 dueMs);
    void remove(ItemId id, qint64 dueMs);
    void stop() { m_timer.stop(); }

Q_SIGNALS:
    // Due now, earliest first.
    void due(const QList<ItemId> &ids);

private:
    void arm();
    void onTimer();

    const QElapsedTimer *m_clock;
    std::multimap<qint64, ItemId> m_waiting; // due time on the clock -> item
    QTimer m_timer;
};
