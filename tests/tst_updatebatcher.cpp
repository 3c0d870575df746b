// UpdateBatcher: results wait for the 50 ms delivery, except after deliverSoon(), which delivers
// as soon as the event loop runs (the batch's last result: the run ends when its work does).
#include <QSignalSpy>
#include <QTest>

#include "updatebatcher.h"

class TestUpdateBatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
