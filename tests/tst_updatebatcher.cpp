// UpdateBatcher: results wait for the 50 ms delivery, except after deliverSoon(), which delivers
// as soon as the event loop runs (the batch's last result: the run ends when its work does).
#include <QSignalSpy>
#include <QTest>

#include "updatebatcher.h"

class TestUpdateBatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 18: an attempt's start and a wait for a retry are never coalesced away. Each is
    // delivered on its own, in order, before the same delivery's coalesced updates.
    void momentsAreNotCoalesced()
    {
        UpdateBatcher batcher;
        QList<QString> order;
        QList<ItemUpdate> moments;
        QList<ItemUpdate> changed;
        connect(&batcher, &UpdateBatcher::itemMoments, this, [&](const QList<ItemUpdate> &m) {
            order.append(QStringLiteral("moments"));
            moments = m;
        });
        connect(&batcher, &UpdateBatcher::itemsChanged, this, [&](const QList<ItemUpdate> &u) {
            order.append(QStringLiteral("changed"));
            changed = u;
        });
        ItemUpdate started;
        started.id = 7;
        started.state = ItemState::Active;
        started.attempt = 1;
        started.url = QStringLiteral("http://h/a");
        ItemUpdate retry = started;
        retry.state = ItemState::RetryWait;
        ItemUpdate again = started;
        again.attempt = 2;
        ItemUpdate progress = again;
        progress.received = 100;
        batcher.postMoment(started);
        batcher.postMoment(retry);
        batcher.postMoment(again);
        batcher.post(progress);
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 2000);
        QCOMPARE(order, (QList<QString>{QStringLiteral("moments"), QStringLiteral("changed")}));
        QCOMPARE(moments.size(), 3);
        QCOMPARE(moments[0].attempt, 1);
        QCOMPARE(moments[1].state, ItemState::RetryWait);
        QCOMPARE(moments[2].attempt, 2);
        QCOMPARE(changed.size(), 1); // the coalesced view: only the newest
        QCOMPARE(changed[0].received, 100);

        // A removed item's moments go with it.
        batcher.postMoment(started);
        batcher.forget(7);
        QSignalSpy spy(&batcher, &UpdateBatcher::itemMoments);
        QSignalSpy delivered(&batcher, &UpdateBatcher::delivered);
        batcher.schedule();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 2000);
        QCOMPARE(spy.count(), 0);
    }

    void resultsWaitForTheInterval()
    {
        UpdateBatcher batcher;
        QSignalSpy finished(&batcher, &UpdateBatcher::itemsFinished);
        Result result;
        result.id = 1;
        batcher.post(result);
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
    }

    void deliverSoonDoesNotWait()
    {
        UpdateBatcher batcher;
        QSignalSpy finished(&batcher, &UpdateBatcher::itemsFinished);
        QSignalSpy delivered(&batcher, &UpdateBatcher::delivered);
        Result result;
        result.id = 7;
        batcher.post(result);
        batcher.deliverSoon();
        QCOMPARE(finished.count(), 0); // not from inside the caller
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<QList<Result>>().first().id, ItemId(7));
        QCOMPARE(delivered.count(), 1);
        // The interval's timer was stopped: nothing more arrives at its end.
        QTest::qWait(2 * UpdateBatcher::intervalMs);
        QCOMPARE(delivered.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUpdateBatcher)
#include "tst_updatebatcher.moc"
