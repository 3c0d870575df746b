#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "englishplurals.h"
#include "finishedbatch.h"
#include "transfermodel.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using Column = TransferModel::Column;
using RowState = TransferModel::RowState;

// The progress model: its contract with views (tester), what its cells say, and that changes
// reach the view coalesced: few dataChanged signals, only for the cells that changed.
class TestTransferModel final : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'700'000'000'000;
    std::unique_ptr<TransferModel> m_model;

    // Adds n valid items with ids 1..n (plus `invalid` invalid lines) through UrlList::parse.
    void fill(int n, const QStringList &invalid = {})
    {
        QString text;
        for (int i = 1; i <= n; ++i)
            text += QStringLiteral("http://example.test/f%1.bin\n").arg(i);
        for (const QString &line : invalid)
            text += line + QLatin1Char('\n');
        const UrlList list = UrlList::parse(text);
        QList<ItemId> ids;
        for (qsizetype i = 0; i < list.entries().size(); ++i)
            ids.append(ItemId(i + 1));
        m_model->addItems(ids, list.entries());
    }
    static ItemUpdate update(ItemId id, ItemState state, qint64 received = 0, qint64 total = -1)
    {
        ItemUpdate u;
        u.id = id;
        u.state = state;
        u.attempt = 1;
        u.maxAttempts = 4;
        u.received = received;
        u.total = total;
        return u;
    }
    QString cell(int row, Column c, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, int(c)).data(role).toString();
    }

    EnglishPlurals m_plurals;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }
    void init()
    {
        m_model = std::make_unique<TransferModel>();
        m_model->setClock([this] { return m_now; });
    }
    void cleanup() { m_model.reset(); }

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

QTEST_GUILESS_MAIN(TestTransferModel)
#include "tst_transfermodel.moc"
