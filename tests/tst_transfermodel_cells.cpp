#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "finishedbatch.h"
#include "transfermodelfixture.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// The progress model's contract with views (tester), what its cells say, and that changes
// reach the view coalesced: few dataChanged signals, only for the cells that changed; sorting
// by raw values, the export, and 100,000 rows in little time and memory.
class TestTransferModelCells final : public TransferModelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester()
    {
        QAbstractItemModelTester tester(m_model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(20, {QStringLiteral("ftp://nope/x")});
        QCOMPARE(m_model->rowCount(), 21);
        QCOMPARE(m_model->columnCount(), int(Column::Count));
        m_model->applyUpdates({update(1, ItemState::Active, 10, 100)});
        m_model->flush();
        Result r;
        r.id = 1;
        r.outcome = Outcome::Ok;
        r.bytes = 100;
        m_model->applyResults({r});
        m_model->removeItem(5);
        m_model->removeItem(1);
        m_model->flush();
        QCOMPARE(m_model->rowCount(), 19);
        QCOMPARE(m_model->rowOf(2), 0);
        QCOMPARE(m_model->rowOf(6), 3);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(TransferModel::RawRole);
        proxy.sort(int(Column::Size));
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
    }

    void statusTexts()
    {
        fill(6, {QStringLiteral("not a url")});
        QCOMPARE(cell(0, Column::Status), QStringLiteral("Queued — press Start"));
        QVERIFY(!m_model->index(0, 0).data(TransferModel::ProgressRole).isValid()); // no bar yet
        m_model->setRunState(TransferModel::RunState::Running);
        // Until the engine says which rule holds it, a row claims none.
        QCOMPARE(cell(0, Column::Status), QStringLiteral("Queued"));
        ItemUpdate slot = update(1, ItemState::Queued);
        slot.attempt = 0;
        slot.waitReason = QStringLiteral("waiting for a free slot (8 of 8 in flight)");
        m_model->applyUpdates({slot});
        QCOMPARE(cell(0, Column::Status),
                 QStringLiteral("Queued — waiting for a free slot (8 of 8 in flight)"));
        QVERIFY2(cell(6, Column::Status).startsWith(QStringLiteral("Invalid: ")),
                 qPrintable(cell(6, Column::Status)));
        QCOMPARE(m_model->index(6, 0).data(TransferModel::StateRole).toInt(),
                 int(RowState::Invalid));

        ItemUpdate wait = update(2, ItemState::RetryWait);
        wait.retryAtMs = m_now + 4000;
        wait.lastError = QStringLiteral("http: 503 Service Unavailable");
        m_model->applyUpdates({update(1, ItemState::Active, 50, 200), wait});
        QCOMPARE(cell(0, Column::Status), QStringLiteral("Downloading"));
        QCOMPARE(cell(0, Column::Progress), QStringLiteral("25%"));
        QCOMPARE(m_model->index(0, 0).data(TransferModel::ProgressRole).toDouble(), 0.25);
        QCOMPARE(cell(1, Column::Status), QStringLiteral("Retry in 4 s (attempt 2 of 4)"));
        // Read as people read it; the raw value (for export) keeps the kind word.
        QCOMPARE(cell(1, Column::Error), QStringLiteral("503 Service Unavailable"));
        QCOMPARE(cell(1, Column::Error, TransferModel::RawRole),
                 QStringLiteral("http: 503 Service Unavailable"));
        m_now += 1500; // counts down
        QCOMPARE(cell(1, Column::Status), QStringLiteral("Retry in 3 s (attempt 2 of 4)"));
        m_now += 3000;
        QCOMPARE(cell(1, Column::Status), QStringLiteral("Retrying (attempt 2 of 4)"));
        ItemUpdate cooldown = update(6, ItemState::Queued);
        cooldown.attempt = 0;
        cooldown.waitReason = QStringLiteral("example.test asked to slow down (Retry-After)");
        cooldown.waitUntilMs = m_now + 12000;
        m_model->applyUpdates({cooldown});
        QCOMPARE(cell(5, Column::Status),
                 QStringLiteral("Waiting 12 s — example.test asked to slow down (Retry-After)"));
        m_now += 2500; // counts down too
        QCOMPARE(cell(5, Column::Status),
                 QStringLiteral("Waiting 10 s — example.test asked to slow down (Retry-After)"));
        m_model->applyUpdates({update(6, ItemState::Active, 1, 10)}); // and clears when it runs
        QCOMPARE(cell(5, Column::Status), QStringLiteral("Downloading"));

        m_model->setRunState(TransferModel::RunState::Paused);
        QCOMPARE(cell(0, Column::Status), QStringLiteral("Paused"));

        const Outcome outcomes[] = {Outcome::Ok, Outcome::Failed, Outcome::Cancelled};
        const char *const words[] = {"Done", "Failed", "Cancelled"};
        for (int i = 0; i < 3; ++i) {
            Result r;
            r.id = ItemId(3 + i);
            r.outcome = outcomes[i];
            r.errorKind = i == 1 ? ErrorKind::Http : ErrorKind::None;
            r.errorDetail = i == 1 ? QStringLiteral("404 Not Found") : QString();
            r.httpStatus = i == 1 ? 404 : 200;
            m_model->applyResults({r});
            QCOMPARE(cell(2 + i, Column::Status), QString::fromLatin1(words[i]));
        }
        QCOMPARE(cell(3, Column::Error), QStringLiteral("404 Not Found"));
        QCOMPARE(cell(3, Column::Http), QStringLiteral("404"));
        QCOMPARE(cell(2, Column::Progress), QStringLiteral("100%"));
    }

    void verifiedMark()
    {
        fill(3);
        m_model->setRunState(TransferModel::RunState::Running);
        Result plain, verified, skipped;
        plain.id = 1;
        verified.id = 2;
        skipped.id = 3;
        for (Result *r : {&plain, &verified, &skipped})
            r->outcome = Outcome::Ok;
        verified.verified = true;
        skipped.verified = true;
        skipped.skipped = true;
        m_model->applyResults({plain, verified, skipped});
        QCOMPARE(cell(0, Column::Status), QStringLiteral("Done"));
        QCOMPARE(cell(1, Column::Status), QStringLiteral("Done — verified"));
        QCOMPARE(cell(2, Column::Status), QStringLiteral("Done — already complete, verified"));
    }
    void unknownSizeIsBusy()
    {
        fill(1);
        m_model->applyUpdates({update(1, ItemState::Active, 5000, -1)});
        QCOMPARE(m_model->index(0, 0).data(TransferModel::ProgressRole).toDouble(), -1.0);
        QCOMPARE(cell(0, Column::Progress), QString());
        QVERIFY(!cell(0, Column::Size).isEmpty()); // bytes so far
    }

    void coalescesIntoRanges()
    {
        fill(100);
        m_model->setRunState(TransferModel::RunState::Running);
        m_model->applyUpdates([] {
            QList<ItemUpdate> all;
            for (ItemId id = 1; id <= 100; ++id)
                all.append(update(id, ItemState::Active, 0, 1000));
            return all;
        }());
        m_model->flush();
        QSignalSpy spy(m_model.get(), &QAbstractItemModel::dataChanged);
        QList<ItemUpdate> batch;
        for (int round = 0; round < 5; ++round) { // several batches before one flush
            batch.clear();
            for (ItemId id = 11; id <= 20; ++id)
                batch.append(update(id, ItemState::Active, 100 * (round + 1), 1000));
            batch.append(update(51, ItemState::Active, 100 * (round + 1), 1000));
            m_model->applyUpdates(batch);
        }
        QCOMPARE(spy.count(), 0); // nothing until the timer
        m_model->flush();
        QCOMPARE(spy.count(), 2);
        const auto range = [&](int i) {
            const auto tl = spy.at(i).at(0).value<QModelIndex>();
            const auto br = spy.at(i).at(1).value<QModelIndex>();
            return QList<int>{tl.row(), tl.column(), br.row(), br.column()};
        };
        const int p = int(Column::Progress), e = int(Column::Eta);
        QCOMPARE(range(0), (QList<int>{10, p, 19, e}));
        QCOMPARE(range(1), (QList<int>{50, p, 50, e}));
        spy.clear();
        m_model->flush(); // nothing pending: nothing emitted
        QCOMPARE(spy.count(), 0);
    }

    void timerLimitsRepaintRate()
    {
        m_model->setClock([] { return QDateTime::currentMSecsSinceEpoch(); });
        fill(10);
        m_model->setUpdateInterval(10); // clamped to 50 ms
        QCOMPARE(m_model->updateInterval(), 50);
        int flushes = 0;
        bool sawChange = false;
        connect(m_model.get(), &QAbstractItemModel::dataChanged, this, [&] { sawChange = true; });
        connect(m_model.get(), &TransferModel::summaryChanged, this, [&] {
            if (sawChange)
                ++flushes;
            sawChange = false;
        });
        QElapsedTimer clock;
        clock.start();
        qint64 received = 0;
        while (clock.elapsed() < 1000) {
            received += 10;
            m_model->applyUpdates(
                {update(1 + ItemId(received / 10 % 10), ItemState::Active, received, 100000)});
            QTest::qWait(2);
        }
        QTRY_VERIFY(!sawChange);
        QVERIFY2(flushes >= 5 && flushes <= 21, qPrintable(QString::number(flushes)));
    }

    void sortsByRawValue()
    {
        fill(3);
        m_model->applyUpdates({update(1, ItemState::Active, 0, 2'000'000),
                               update(2, ItemState::Active, 0, 900),
                               update(3, ItemState::Active, 0, 30'000)});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(TransferModel::RawRole);
        proxy.sort(int(Column::Size));
        QCOMPARE(proxy.index(0, int(Column::Number)).data().toInt(), 2);
        QCOMPARE(proxy.index(1, int(Column::Number)).data().toInt(), 3);
        QCOMPARE(proxy.index(2, int(Column::Number)).data().toInt(), 1);
    }

    // TransferModel::lessThan is what the window's filter sorts with: it must order rows exactly
    // as QSortFilterProxyModel orders their RawRole values, for every column.
    void lessThanAgreesWithRawRole()
    {
        struct Proxy : QSortFilterProxyModel
        {
            using QSortFilterProxyModel::lessThan;
        } proxy;
        fill(6, {QStringLiteral("ftp://nope/x"), QStringLiteral("mailto:a@b")});
        m_model->applyUpdates({update(1, ItemState::Active, 500, 1000),
                               update(2, ItemState::Active, 10, -1),
                               update(3, ItemState::RetryWait, 0, 300)});
        m_now += 1500;
        m_model->applyUpdates({update(1, ItemState::Active, 900, 1000)});
        Result ok;
        ok.id = 4;
        ok.outcome = Outcome::Ok;
        ok.httpStatus = 200;
        ok.bytes = 77;
        ok.elapsedMs = 1234;
        ok.attempts = 2;
        ok.file = QStringLiteral("/out/b.bin");
        Result failed;
        failed.id = 5;
        failed.outcome = Outcome::Failed;
        failed.httpStatus = 503;
        failed.errorKind = ErrorKind::Http;
        failed.errorDetail = QStringLiteral("503 Service Unavailable");
        failed.file = QStringLiteral("/out/A.bin");
        m_model->applyResults({ok, failed});
        m_now += 2500;
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(TransferModel::RawRole);
        const int rows = m_model->rowCount();
        for (int c = 0; c < int(Column::Count); ++c) {
            for (int a = 0; a < rows; ++a) {
                for (int b = 0; b < rows; ++b) {
                    const bool expected =
                        proxy.lessThan(m_model->index(a, c), m_model->index(b, c));
                    QVERIFY2(m_model->lessThan(Column(c), a, b) == expected,
                             qPrintable(
                                 QStringLiteral("column %1, rows %2 and %3").arg(c).arg(a).arg(b)));
                }
            }
        }
    }

    void exportsEveryRowInOrder()
    {
        fill(3, {QStringLiteral("mailto:x@y")});
        Result ok;
        ok.id = 2;
        ok.outcome = Outcome::Ok;
        ok.url = QStringLiteral("http://example.test/f2.bin");
        ok.bytes = 42;
        ok.sha256 = QStringLiteral("ab");
        m_model->applyResults({ok});
        m_model->applyUpdates({update(1, ItemState::Active, 10, 100)});
        const QList<Result> results = m_model->results();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results[0].outcome, Outcome::Cancelled);
        QVERIFY(results[0].error().contains(QStringLiteral("not finished when exported")));
        QCOMPARE(results[0].url, QStringLiteral("http://example.test/f1.bin"));
        QCOMPARE(results[1].sha256, QStringLiteral("ab"));
        QCOMPARE(results[1].bytes, 42);
        QCOMPARE(results[3].outcome, Outcome::Invalid);
        QCOMPARE(results[3].errorKind, ErrorKind::Invalid);
    }

    void staleUpdateDoesNotReviveAndRetryDoes()
    {
        fill(1);
        Result failed;
        failed.id = 1;
        failed.outcome = Outcome::Failed;
        failed.errorKind = ErrorKind::Connect;
        m_model->applyResults({failed});
        m_model->applyUpdates({update(1, ItemState::Active, 5, 10)});
        QCOMPARE(m_model->summary().count(RowState::Failed), 1);
        m_model->resetForRetry(1);
        QCOMPARE(m_model->summary().count(RowState::Queued), 1);
        QCOMPARE(cell(0, Column::Error), QString());
        m_model->applyUpdates({update(1, ItemState::Active, 5, 10)});
        QCOMPARE(m_model->summary().count(RowState::Active), 1);
    }

    // A row sent to another URL before it ended (waiting to retry, paused) no longer shows why
    // the old URL failed: the error stayed while the new URL downloaded fine.
    void aNewUrlDropsTheOldError()
    {
        fill(1);
        ItemUpdate wait = update(1, ItemState::RetryWait);
        wait.retryAtMs = m_now + 4000;
        wait.lastError = QStringLiteral("stall: no data received for 5 s");
        m_model->applyUpdates({wait});
        QVERIFY(!cell(0, Column::Error).isEmpty());
        m_model->changeUrl(1, QStringLiteral("http://other.test/f1.bin"));
        QCOMPARE(cell(0, Column::Url, TransferModel::RawRole),
                 QStringLiteral("http://other.test/f1.bin"));
        QCOMPARE(cell(0, Column::Error), QString());
        m_model->applyUpdates({update(1, ItemState::Active, 5, 10)});
        QCOMPARE(cell(0, Column::Error), QString());
    }

    // A cleared list counts from 1 again.
    void clearRestartsNumbering()
    {
        fill(3);
        QCOMPARE(cell(2, Column::Number), QStringLiteral("3"));
        m_model->clear();
        fill(1);
        QCOMPARE(cell(0, Column::Number), QStringLiteral("1"));
    }

    void hundredThousandRows()
    {
        constexpr int n = 100'000;
        QString text;
        text.reserve(n * 48);
        for (int i = 1; i <= n; ++i)
            text += QStringLiteral("https://downloads.example.test/set/file-%1.bin\n").arg(i);
        const UrlList list = UrlList::parse(text);
        QCOMPARE(list.entries().size(), n);
        const QList<ItemId> ids = FinishedBatch::ids(list);
        m_model->setRunState(TransferModel::RunState::Running);
#if defined(__GLIBC__)
        const size_t before = mallinfo2().uordblks;
#endif
        QElapsedTimer timer;
        timer.start();
        m_model->addItems(ids, list.entries());
        const qint64 addMs = timer.elapsed();
        // One progress batch touching 1,000 rows costs little, whatever the row count.
        QList<ItemUpdate> batch;
        for (int i = 0; i < 1000; ++i)
            batch.append(update(ItemId(1 + i * 97), ItemState::Active, i, 1000));
        timer.restart();
        m_model->applyUpdates(batch);
        m_model->flush();
        const qint64 batchMs = timer.elapsed();
        QList<Result> results = FinishedBatch::okResults(list, 1000);
        timer.restart();
        m_model->applyResults(results);
        m_model->flush();
        const qint64 resultMs = timer.elapsed();
        results.clear();
        results.squeeze();
#if defined(__GLIBC__)
        const qint64 perRow = qint64(mallinfo2().uordblks - before) / n;
        qInfo("100k rows: add %lld ms, 1000 updates %lld ms, 100k results %lld ms, "
              "%lld heap bytes per finished row",
              addMs, batchMs, resultMs, perRow);
        QVERIFY2(perRow < 1024, qPrintable(QString::number(perRow)));
#endif
        QVERIFY2(batchMs < 200, qPrintable(QString::number(batchMs)));
        QVERIFY2(addMs < 2000, qPrintable(QString::number(addMs)));
        QVERIFY2(resultMs < 3000, qPrintable(QString::number(resultMs)));
        QCOMPARE(m_model->summary().count(RowState::Done), n);
    }
};

QTEST_GUILESS_MAIN(TestTransferModelCells)
#include "tst_transfermodel_cells.moc"
