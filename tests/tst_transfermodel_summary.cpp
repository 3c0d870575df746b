#include <QTest>

#include "transfermodelfixture.h"

// The progress model's batch summary and its clock: counts by state and group, the throughput
// history, speed and ETA (decaying to unknown, none while paused, bytes carried from disk not
// counted), and elapsed time across Retry Failed.
class TestTransferModelSummary final : public TransferModelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void summaryAndHistory()
    {
        fill(4, {QStringLiteral("nope")});
        m_model->setRunState(TransferModel::RunState::Running);
        m_model->applyUpdates(
            {update(1, ItemState::Active, 50, 100), update(2, ItemState::Active, 0, 100)});
        Result ok;
        ok.id = 3;
        ok.outcome = Outcome::Ok;
        ok.bytes = 100;
        m_model->applyResults({ok});
        auto s = m_model->summary();
        QCOMPARE(s.total, 5);
        QCOMPARE(s.fileCount, 4);
        QCOMPARE(s.count(RowState::Active), 2);
        QCOMPARE(s.count(RowState::Done), 1);
        QCOMPARE(s.count(RowState::Invalid), 1);
        QCOMPARE(s.currentFile, 3);
        QCOMPARE(s.fraction, 1.5 / 4);
        QCOMPARE(s.receivedBytes, 150);
        QVERIFY(s.running);
        m_now += 1000;
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->history().isEmpty(), 5000);
        QCOMPARE(m_model->history().last().inFlight, 2);
        // A body in ranges is as many requests as it has ranges being filled (the chart's line
        // said 2 in flight for 8 requests).
        ItemUpdate ranged = update(1, ItemState::Active, 60, 100);
        ranged.segments = {{0, 40, 30, true}, {40, 70, 30, false}, {70, 100, 0, true}};
        m_model->applyUpdates({ranged});
        const qsizetype samples = m_model->history().size();
        m_now += 1000;
        QTRY_VERIFY_WITH_TIMEOUT(m_model->history().size() > samples, 5000);
        QCOMPARE(m_model->history().last().inFlight, 3);
        for (ItemId id : {1, 2, 4}) {
            Result r;
            r.id = id;
            r.outcome = Outcome::Failed;
            m_model->applyResults({r});
        }
        s = m_model->summary();
        QVERIFY(!s.running);
        QCOMPARE(s.count(RowState::Failed), 3);
        QCOMPARE(s.fraction, 1.0);
    }

    // A part continued from disk (900 of its 1000 bytes were there before): the throughput
    // counts the 100 fetched, not a burst of 1000 (the chart read "peak 139.9 MiB/s" after a
    // resume of two bodies in ranges).
    void carriedBytesAreNoThroughput()
    {
        fill(1);
        m_model->setRunState(TransferModel::RunState::Running);
        m_model->applyUpdates({update(1, ItemState::Active, 0, 2000)});
        m_now += 1000;
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->history().isEmpty(), 5000);
        const qsizetype samples = m_model->history().size();
        ItemUpdate resumed = update(1, ItemState::Active, 1000, 2000);
        resumed.carried = 900;
        m_model->applyUpdates({resumed});
        m_now += 1000;
        QTRY_VERIFY_WITH_TIMEOUT(m_model->history().size() > samples, 5000);
        const double rate = m_model->history().last().bytesPerSecond;
        QVERIFY2(rate > 50 && rate < 150, qPrintable(QString::number(rate)));
        QCOMPARE(m_model->summary().receivedBytes, 1000); // the progress counts them all
    }

    // No bytes for a while: the speed falls to 0 and the ETA is unknown, in the row and in the
    // summary (a hanging row showed an invented 824 bytes/s; the batch ETA said 0:02).
    void speedDecaysAndEtaTurnsUnknown()
    {
        fill(2);
        m_model->setRunState(TransferModel::RunState::Running);
        m_model->applyUpdates(
            {update(1, ItemState::Active, 0, 100'000), update(2, ItemState::Active, 0, 1'000'000)});
        m_now += 500;
        m_model->applyUpdates({update(1, ItemState::Active, 50'000, 100'000),
                               update(2, ItemState::Active, 824, 1'000'000)});
        QVERIFY2(cell(0, Column::Speed).endsWith(QStringLiteral("KiB/s")),
                 qPrintable(cell(0, Column::Speed)));
        QCOMPARE(cell(0, Column::Eta), QStringLiteral("0:00"));
        // Row 2 got 824 bytes, then nothing: once the tick sees it stale it says so.
        m_now += 3000;
        QTRY_COMPARE_WITH_TIMEOUT(cell(1, Column::Speed), QStringLiteral("0 bytes/s"), 3000);
        QCOMPARE(cell(1, Column::Eta), QStringLiteral("unknown"));
        QCOMPARE(cell(0, Column::Speed), QStringLiteral("0 bytes/s"));
        const auto s = m_model->summary();
        QCOMPARE(s.bytesPerSecond, 0.0);
        QCOMPARE(s.etaMs, -1); // a row that hangs: the batch's end is unknown too
        // An unknown size is an unknown ETA even while bytes come.
        m_model->addItems({3}, UrlList::parse(QStringLiteral("http://example.test/u")).entries());
        m_model->applyUpdates({update(3, ItemState::Active, 0, -1)});
        m_now += 500;
        m_model->applyUpdates({update(3, ItemState::Active, 9000, -1)});
        QCOMPARE(cell(2, Column::Eta), QStringLiteral("unknown"));
    }

    // Paused rows keep no speed and no ETA, and count as paused, not as downloading.
    void pausedRowsShowNoSpeed()
    {
        fill(2);
        m_model->setRunState(TransferModel::RunState::Running);
        m_model->applyUpdates({update(1, ItemState::Active, 0, 100'000)});
        m_now += 500;
        m_model->applyUpdates({update(1, ItemState::Active, 50'000, 100'000)});
        QVERIFY(!cell(0, Column::Speed).isEmpty());
        m_model->setRunState(TransferModel::RunState::Paused);
        QCOMPARE(cell(0, Column::Status), QStringLiteral("Paused"));
        QCOMPARE(cell(0, Column::Speed), QString());
        QCOMPARE(cell(0, Column::Eta), QString());
        QCOMPARE(cell(1, Column::Status), QStringLiteral("Queued — paused"));
        const auto s = m_model->summary();
        QCOMPARE(s.pausedRows(), 1);
        QCOMPARE(s.downloading(), 0);
        QCOMPARE(s.bytesPerSecond, 0.0);
        QCOMPARE(s.etaMs, -1);
        QCOMPARE(s.count(TransferModel::Group::Unfinished), 2);
    }

    // Retry Failed continues the batch's clock: elapsed time is the batch's, from its first
    // start; the quiet time between the end and the retry is not counted.
    void elapsedSurvivesRetry()
    {
        fill(1);
        m_model->setRunState(TransferModel::RunState::Running);
        m_model->applyUpdates({update(1, ItemState::Active, 0, 100)});
        m_now += 7000;
        Result failed;
        failed.id = 1;
        failed.outcome = Outcome::Failed;
        failed.errorKind = ErrorKind::Http;
        failed.errorDetail = QStringLiteral("HTTP 404");
        m_model->applyResults({failed});
        QCOMPARE(m_model->summary().elapsedMs, 7000);
        QVERIFY(!m_model->summary().running);
        m_now += 60'000; // the user looks at the failure for a minute
        QCOMPARE(m_model->summary().elapsedMs, 7000);
        m_model->resetForRetry(1);
        // The retried attempt failed within one batch of updates: the batch runs again all the
        // same (it was left not running, with no speed or ETA shown).
        ItemUpdate again = update(1, ItemState::RetryWait);
        again.retryAtMs = m_now + 1000;
        m_model->applyUpdates({again});
        QVERIFY(m_model->summary().running);
        m_model->applyUpdates({update(1, ItemState::Active, 0, 100)});
        m_now += 2000;
        const auto s = m_model->summary();
        QVERIFY(s.running);
        QCOMPARE(s.elapsedMs, 9000);
        QVERIFY(m_model->history().isEmpty() || m_model->history().last().ms <= 9000);
    }

    // One definition of each state: the groups partition the rows, and each state is in
    // exactly one group besides All.
    void groupsPartitionTheRows()
    {
        using G = TransferModel::Group;
        for (int state = 0; state < TransferModel::StateCount; ++state) {
            int groups = 0;
            for (int g = 1; g < TransferModel::GroupCount; ++g)
                groups += TransferModel::inGroup(RowState(state), G(g)) ? 1 : 0;
            QCOMPARE(groups, 1);
            QVERIFY(TransferModel::inGroup(RowState(state), G::All));
        }
        fill(3, {QStringLiteral("nope"), QStringLiteral("ftp://x/y")});
        const auto s = m_model->summary();
        QCOMPARE(s.count(G::Invalid), 2);
        QCOMPARE(s.count(G::Failed), 0); // invalid lines are not failures
        QCOMPARE(s.count(G::Unfinished), 3);
    }
};

QTEST_GUILESS_MAIN(TestTransferModelSummary)
#include "tst_transfermodel_summary.moc"
