#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include "itemupdate.h"
#include "result.h"

// Collects what the engine reports between two deliveries, the newest ItemUpdate of each item
// and the Results in the order they came, and delivers them at most every 50 ms, so the window
// and the headless runner apply changes in batches instead of once per packet.
class UpdateBatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int intervalMs = 50;

    explicit UpdateBatcher(QObject *parent = nullptr);

    void post(const ItemUpdate &update); // replaces what is pending for that item
    void post(const Result &result);
    // A moment that must not be lost by coalescing (an attempt's start, a wait for a retry):
    // delivered on its own, in order, and posted as the item's update too.
    void postMoment(const ItemUpdate &update);
    // A removed item: nothing pending of it is delivered.
    void forget(ItemId id);
    // A delivery within the interval, even when nothing is pending yet.
    void schedule();
    // A delivery as soon as the event loop runs again, not at the end of the interval: for the
    // batch's last result, so a run ends when its work does (up to 50 ms sooner).
    void deliverSoon();
    void stop() { m_timer.stop(); }

Q_SIGNALS:
    // The interval is over: the last moment to post before this delivery.
    void due();
    void itemMoments(const QList<ItemUpdate> &moments); // before itemsChanged
    void itemsChanged(const QList<ItemUpdate> &updates);
    void itemsFinished(const QList<Result> &results);
    // After each delivery, pending or not.
    void delivered();

private:
    void deliver();

    QTimer m_timer;
    QHash<ItemId, ItemUpdate> m_updates;
    QList<ItemUpdate> m_moments;
    QList<Result> m_results;
};
