#include <QTest>

#include "summarybuilder.h"

// The batch ETA rule of the summary bar: unknown rather than invented.
class TestSummaryBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eta_data()
    {
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<bool>("unknown");
        QTest::addColumn<int>("fileCount");
        QTest::addColumn<int>("finished");
        QTest::addColumn<int>("queued");
        QTest::addColumn<qint64>("slowest");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<qint64>("eta");
        QTest::newRow("not started")
            << false << false << false << 5 << 0 << 5 << 0LL << 0LL << -1LL;
        QTest::newRow("all finished")
            << false << false << false << 5 << 5 << 0 << 0LL << 9000LL << 0LL;
        QTest::newRow("empty list") << false << false << false << 0 << 0 << 0 << 0LL << 0LL << -1LL;
        QTest::newRow("stopped short")
            << false << false << false << 5 << 3 << 0 << 0LL << 9000LL << -1LL;
        QTest::newRow("paused") << true << true << false << 5 << 2 << 1 << 4000LL << 9000LL << -1LL;
        QTest::newRow("a row hangs")
            << true << false << true << 5 << 2 << 0 << 4000LL << 9000LL << -1LL;
        QTest::newRow("queue without a pace")
            << true << false << false << 5 << 0 << 3 << 4000LL << 9000LL << -1LL;
        QTest::newRow("last rows running")
            << true << false << false << 5 << 3 << 0 << 4000LL << 9000LL << 4000LL;
        QTest::newRow("queue drains at the pace")
            << true << false << false << 10 << 3 << 5 << 4000LL << 9000LL << 15000LL;
        QTest::newRow("slowest row longer than the queue")
            << true << false << false << 10 << 3 << 1 << 60000LL << 9000LL << 60000LL;
    }
    void eta()
    {
        QFETCH(bool, running);
        QFETCH(bool, paused);
        QFETCH(bool, unknown);
        QFETCH(int, fileCount);
        QFETCH(int, finished);
        QFETCH(int, queued);
        QFETCH(qint64, slowest);
        QFETCH(qint64, elapsed);
        QFETCH(qint64, eta);
        QCOMPARE(SummaryBuilder::etaMs(running, paused, unknown, fileCount, finished, queued,
                                       slowest, elapsed),
                 eta);
    }
};

QTEST_GUILESS_MAIN(TestSummaryBuilder)
#include "tst_summarybuilder.moc"
