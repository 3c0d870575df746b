#include <QAction>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "authprompter.h"
#include "csvwriter.h"
#include "mainwindowfixture.h"
#include "summarybar.h"

// The window running real batches against the local TestServer, end to end under the offscreen
// platform: a batch to its end and the exported CSV, pause/resume, cancel, Retry Failed, what
// Start and auto-start mean, a row's own speed cap, and the password prompt of a 401.
class TestMainWindowBatch final : public MainWindowFixture
{
    Q_OBJECT

public:
    TestMainWindowBatch() : MainWindowFixture(QStringLiteral("tst_mainwindow_batch")) {}

private Q_SLOTS:
    void batchRunsToTheEndAndExports()
    {
        QStringList lines;
        for (int i = 0; i < 10; ++i)
            lines << url(QStringLiteral("/file?size=%1&name=f%2.bin").arg(1000 * (i + 1)).arg(i));
        lines << url(QStringLiteral("/drip?size=20000&chunk=2000&interval=20&name=drip.bin"));
        lines << url(QStringLiteral("/chunked?size=5000"));
        lines << url(QStringLiteral("/status?code=404"));
        paste(lines.join(QLatin1Char('\n')));
        QCOMPARE(m_window->model()->rowCount(), 13);
        QSignalSpy finished(m_window.get(), &MainWindow::batchFinished);
        QVERIFY(action("actionStart")->isEnabled());
        action("actionStart")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        m_window->model()->flush();
        QCOMPARE(count(S::Done), 12);
        QCOMPARE(count(S::Failed), 1);
        for (int row = 0; row < 12; ++row) {
            QCOMPARE(state(row), S::Done);
            QCOMPARE(m_window->model()->index(row, 0).data(TransferModel::ProgressRole).toDouble(),
                     1.0);
            QCOMPARE(cell(row, Column::Progress), QStringLiteral("100%"));
            QCOMPARE(cell(row, Column::Http), QStringLiteral("200"));
            const QString file = m_window->model()
                                     ->index(row, int(Column::File))
                                     .data(TransferModel::RawRole)
                                     .toString();
            QVERIFY2(QFileInfo(file).isFile(), qPrintable(file));
        }
        QCOMPARE(QFileInfo(QDir(outDir()).filePath(QStringLiteral("f3.bin"))).size(), 4000);
        QCOMPARE(cell(12, Column::Status), QStringLiteral("Failed"));
        // Shown as people read it; the raw value (and the CSV) keep the kind word.
        QCOMPARE(cell(12, Column::Error), QStringLiteral("404 Not Found"));
        QVERIFY(m_window->model()
                    ->index(12, int(Column::Error))
                    .data(TransferModel::RawRole)
                    .toString()
                    .startsWith(QStringLiteral("http: ")));
        QVERIFY(finished.first().first().toString().contains(QStringLiteral("12 ok")));
        QVERIFY(m_window->summaryBar()->countsText().contains(QStringLiteral("Done 12")));

        const QString csv = m_dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(m_window->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList rows =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 14);
        QCOMPARE(rows.first(), CsvWriter::header().join(QLatin1Char(',')));
        for (int i = 0; i < 13; ++i) {
            const QStringList fields = rows[i + 1].split(QLatin1Char(','));
            QCOMPARE(fields.at(0), lines.at(i)); // table order
            QCOMPARE(fields.at(2), i < 12 ? QStringLiteral("ok") : QStringLiteral("failed"));
            if (i < 10) {
                QCOMPARE(fields.at(4), QString::number(1000 * (i + 1)));
                QCOMPARE(fields.at(9), TestServer::sha256Hex(1000 * (i + 1)));
            }
        }
    }

    void pauseHoldsAndResumeFinishes()
    {
        QStringList lines;
        for (int i = 0; i < 3; ++i)
            // 300 kB at 100 kB/s: still sending after the pause checks below; a reply that ends
            // while paused is completed from Qt's buffer by the engine.
            lines << url(QStringLiteral("/drip?size=300000&chunk=2000&interval=20&p=%1").arg(i));
        paste(lines.join(QLatin1Char('\n')));
        action("actionStart")->trigger();
        const auto received = [this] { return m_window->model()->summary().receivedBytes; };
        QTRY_VERIFY_WITH_TIMEOUT(received() > 5000, 10000);
        action("actionPause")->trigger();
        QVERIFY(action("actionPause")->isChecked());
        QCOMPARE(action("actionPause")->text(), QStringLiteral("&Resume"));
        QTRY_COMPARE(cell(0, Column::Status), QStringLiteral("Paused"));
        // The pause reaches the engine's thread a moment later, and bytes already read are still
        // reported: wait until the count settles (no change for 300 ms)...
        qint64 last = -1;
        QElapsedTimer still;
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_window->model()->flush();
                if (received() != last) {
                    last = received();
                    still.start();
                }
                return still.elapsed() >= 300;
            },
            10000));
        // ...then it must stand still (unpaused, these drips deliver about 300 kB a second).
        const qint64 held = received();
        QVERIFY(!QTest::qWaitFor(
            [&] {
                m_window->model()->flush();
                return received() > held + 10000;
            },
            1000));
        QVERIFY(count(S::Done) == 0);
        action("actionPause")->trigger();
        QVERIFY(!action("actionPause")->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Done), 3, 30000);
    }

    void cancelAllEndsEverything()
    {
        QStringList lines;
        for (int i = 0; i < 6; ++i)
            lines << url(
                QStringLiteral("/drip?size=500000&chunk=1000&interval=50&name=c%1").arg(i));
        paste(lines.join(QLatin1Char('\n')));
        action("actionStart")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(count(S::Active) > 0, 10000);
        QTRY_COMPARE(cell(5, Column::Status),
                     QStringLiteral("Queued — waiting for a free slot (4 of 4 in flight)"));
        QVERIFY(action("actionCancelAll")->isEnabled());
        action("actionCancelAll")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Cancelled), 6, 10000);
        QCOMPARE(cell(0, Column::Status), QStringLiteral("Cancelled"));
        QVERIFY(!action("actionCancelAll")->isEnabled());
        QVERIFY(QDir(outDir()).entryList(QDir::Files).isEmpty()); // no half files left behind
    }

    void retryFailedRunsAgain()
    {
        paste(url(QStringLiteral("/flaky?fail=2&code=404&key=w%1")
                      .arg(QDateTime::currentMSecsSinceEpoch())));
        action("actionStart")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Failed), 1, 10000);
        QVERIFY(action("actionRetryFailed")->isEnabled());
        action("actionRetryFailed")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Failed), 1, 10000); // the second 404
        action("actionRetryFailed")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Done), 1, 10000);
        QCOMPARE(cell(0, Column::Error), QString());
    }

    // Start means the same thing every time: the first batch waits for it, and so does a row
    // added after a batch has finished. Checked from the server's side: no request before Start.
    void rowsWaitForStartAlsoAfterABatch()
    {
        m_server.resetStats();
        const auto requests = [this] { return m_server.requestCount(QStringLiteral("/file")); };
        QVERIFY(!action("actionPause")->isEnabled()); // nothing to pause in an empty list
        QVERIFY(!action("actionAutoStart")->isChecked());
        paste(url(QStringLiteral("/file?size=1000&name=w1.bin")));
        QVERIFY(!QTest::qWaitFor([&] { return requests() > 0; }, 600));
        QCOMPARE(cell(0, Column::Status), QStringLiteral("Queued — press Start"));
        QVERIFY(action("actionStart")->isEnabled());
        QVERIFY(!action("actionPause")->isEnabled());
        action("actionStart")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Done), 1, 10000);
        QTRY_VERIFY(!action("actionPause")->isEnabled()); // nothing runs any more
        QVERIFY(!action("actionStart")->isEnabled());

        paste(url(QStringLiteral("/file?size=1000&name=w2.bin")));
        QVERIFY(!QTest::qWaitFor([&] { return requests() > 1; }, 800));
        QCOMPARE(state(1), S::Queued);
        QCOMPARE(cell(1, Column::Status), QStringLiteral("Queued — press Start"));
        QVERIFY(action("actionStart")->isEnabled());
        QVERIFY(!action("actionPause")->isEnabled());
        action("actionStart")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Done), 2, 10000);
        QCOMPARE(requests(), 2);
    }

    // With "Start downloads as soon as they are added" on, adding starts at once, the first
    // time and after a finished batch; the choice is remembered.
    void autoStartRunsAddedRowsAtOnce()
    {
        m_server.resetStats();
        const auto requests = [this] { return m_server.requestCount(QStringLiteral("/file")); };
        action("actionAutoStart")->setChecked(true);
        QVERIFY(QSettings().value(QStringLiteral("window/autoStart")).toBool());
        paste(url(QStringLiteral("/file?size=1000&name=a1.bin")));
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Done), 1, 10000);
        QVERIFY(!action("actionStart")->isEnabled());
        paste(url(QStringLiteral("/file?size=1000&name=a2.bin")));
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Done), 2, 10000);
        QCOMPARE(requests(), 2);
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        QVERIFY(action("actionAutoStart")->isChecked());
    }

    // A pause with nothing left to hold ends with the batch: new rows are not left "paused"
    // with Start greyed out.
    void pauseEndsWithTheBatch()
    {
        paste(url(QStringLiteral("/drip?size=200000&chunk=2000&interval=20&name=p.bin")));
        action("actionStart")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(count(S::Active) == 1, 10000);
        QVERIFY(action("actionPause")->isEnabled());
        action("actionPause")->trigger();
        QTRY_VERIFY(m_window->summaryBar()->countsText().contains(QStringLiteral("1 paused")));
        action("actionCancelAll")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Cancelled), 1, 10000);
        QTRY_VERIFY(!action("actionPause")->isChecked());
        QVERIFY(!action("actionPause")->isEnabled());
        QCOMPARE(action("actionPause")->text(), QStringLiteral("&Pause"));
        paste(QStringLiteral("http://a.test/after"));
        QCOMPARE(cell(1, Column::Status), QStringLiteral("Queued — press Start"));
        QVERIFY(action("actionStart")->isEnabled());
    }

    // A row's own speed cap holds it back while the others run at full speed.
    void rowSpeedCap()
    {
        paste(url(QStringLiteral("/file?size=300000&name=capped.bin")) + QLatin1Char('\n') +
              url(QStringLiteral("/file?size=300000&name=free.bin")));
        QTRY_COMPARE(m_window->model()->rowCount(), 2);
        m_window->transferView()->table()->selectRow(0);
        m_window->limitSelectedSpeed(100 * 1024);
        QElapsedTimer clock;
        clock.start();
        action("actionStart")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(state(1), S::Done, 10000);
        QCOMPARE(state(0), S::Active); // still crawling at 100 KiB/s
        QTRY_COMPARE_WITH_TIMEOUT(state(0), S::Done, 10000);
        QVERIFY2(clock.elapsed() >= 2000, qPrintable(QString::number(clock.elapsed())));
    }

    // A 401 asks once per host; the answer retries every row of that host that failed, and the
    // password appears nowhere: not in the table, not in the CSV.
    void authPromptRetriesWithCredentials()
    {
        const QString secret = QStringLiteral("pw-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QStringList lines;
        for (int i = 0; i < 3; ++i)
            lines << url(QStringLiteral("/auth?user=ann&pass=%1&size=%2&name=a%3.bin")
                             .arg(secret)
                             .arg(3000 + i)
                             .arg(i));
        lines << url(QStringLiteral("/file?size=100&name=plain.bin"));
        paste(lines.join(QLatin1Char('\n')));
        action("actionStart")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->authPrompter()->dialog() != nullptr, 10000);
        QDialog *dialog = m_window->authPrompter()->dialog();
        QVERIFY(dialog->isVisible());
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("credentialUser"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("credentialPassword"));
        QVERIFY(user && password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Failed), 3, 10000); // the batch ran on meanwhile
        QCOMPARE(count(S::Done), 1);
        QCOMPARE(m_window->findChildren<QDialog *>(QStringLiteral("credentialDialog")).size(), 1);
        user->setText(QStringLiteral("ann"));
        password->setText(secret);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Done), 4, 10000);
        QVERIFY(m_window->authPrompter()->dialog() == nullptr);
        for (int i = 0; i < 3; ++i) {
            const QString file = m_window->model()
                                     ->index(i, int(Column::File))
                                     .data(TransferModel::RawRole)
                                     .toString();
            QCOMPARE(QFileInfo(file).size(), 3000 + i);
        }
        // The password is in the URL the test gave; the typed one must not add another trace.
        for (int row = 0; row < m_window->model()->rowCount(); ++row) {
            for (int c = int(Column::File); c < int(Column::Count); ++c)
                QVERIFY(!cell(row, Column(c)).contains(QStringLiteral("ann:")));
        }
        const QString csv = m_dir.filePath(QStringLiteral("auth.csv"));
        QVERIFY(m_window->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Basic "));
    }
};

QTEST_MAIN(TestMainWindowBatch)
#include "tst_mainwindow_batch.moc"
