// The window with a messy list, as a user brings it: on origin A a URL that hangs, a 503 with
// Retry-After and a 404 beside healthy files; on origin B only healthy files. Checked from the
// servers' side (B reaches its cap within a second, A's neighbours of the hanging URL keep their
// slots) and from the model (each waiting row says which rule holds it).
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include "inputpanel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "requestlog.h"
#include "sessionkeeper.h"
#include "testserver.h"
#include "testsettings.h"

using Column = TransferModel::Column;
using S = TransferModel::RowState;

class TestWindowScenario final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestServer m_a;
    TestServer m_b;
    std::unique_ptr<MainWindow> m_window;

    QString outDir() const { return m_dir.filePath(QStringLiteral("out")); }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QString status(int row) const
    {
        return m_window->model()->index(row, int(Column::Status)).data().toString();
    }
    S state(int row) const
    {
        return S(m_window->model()->index(row, 0).data(TransferModel::StateRole).toInt());
    }
    void add(const QStringList &lines)
    {
        m_window->inputPanel()->setText(lines.join(QLatin1Char('\n')));
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("addButton"));
        QVERIFY(button && button->isEnabled());
        button->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")),
                        QStringLiteral("tst_windowscenario"));
        QVERIFY(m_a.start() && m_b.start());
    }

    void init()
    {
        QFile::remove(SessionKeeper::defaultPath());
        QDir(outDir()).removeRecursively();
        QDir().mkpath(outDir());
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = outDir();
        settings.engine.maxInFlight = 12;
        settings.engine.perHostMax = 6;
        settings.engine.stallTimeoutMs = 1000;
        settings.engine.retries = 4;
        settings.engine.backoffBaseMs = 200;
        QSettings store;
        settings.save(store);
        store.sync();
        m_a.resetStats();
        m_b.resetStats();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void messyListOnTwoOrigins()
    {
        QStringList lines{m_a.urlString(QStringLiteral("/silent")),
                          m_a.urlString(QStringLiteral("/flaky?fail=1&retry-after=3&key=w1")),
                          m_a.urlString(QStringLiteral("/nothing-here"))};
        for (int i = 0; i < 20; ++i)
            lines << m_a.urlString(QStringLiteral("/slow?delay=400&size=2000&a=%1").arg(i));
        for (int i = 0; i < 30; ++i)
            lines << m_b.urlString(QStringLiteral("/slow?delay=400&size=2000&b=%1").arg(i));
        add(lines);
        QCOMPARE(m_window->model()->rowCount(), 53);
        QElapsedTimer clock;
        clock.start();
        action("actionStart")->trigger();

        // B reaches its cap of 6 within a second, whatever A does.
        QTRY_VERIFY_WITH_TIMEOUT(m_b.peakConcurrency() >= 6, 1000);
        QVERIFY(clock.elapsed() < 1000);

        // A's rows tell why they wait: first its cap, then the Retry-After with a countdown.
        const QString a = QStringLiteral("127.0.0.1:%1").arg(m_a.port());
        bool sawCap = false;
        bool sawCooldown = false;
        QStringList seen;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         for (int row = 3; row < 23; ++row) {
                             if (state(row) != S::Queued)
                                 continue;
                             const QString s = status(row);
                             if (!seen.contains(s))
                                 seen << s;
                             sawCap |=
                                 s.contains(a + QStringLiteral(" has 6 of 6 in flight (its cap)"));
                             sawCooldown |= s.contains(a + QStringLiteral(" asked to slow down"));
                         }
                         return sawCap && sawCooldown;
                     },
                     5000),
                 qPrintable(seen.join(QLatin1String(" | "))));
        // B's queued rows never claim a rule of A's.
        for (int row = 23; row < 53; ++row)
            QVERIFY2(!status(row).contains(a), qPrintable(status(row)));

        // Everything but the hanging URL finishes; the 404 fails at once, the 503 is retried.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 1; row < 53; ++row) {
                    if (state(row) == S::Queued || state(row) == S::Active ||
                        state(row) == S::RetryWait)
                        return false;
                }
                return true;
            }(),
            20000);
        QCOMPARE(state(1), S::Done);
        QCOMPARE(state(2), S::Failed);
        for (int row = 3; row < 53; ++row)
            QCOMPARE(state(row), S::Done);
        // The hanging URL's neighbours on A kept their slots: 5 of A's 6 ran beside it.
        const int peakA = RequestLog::maxOverlap(m_a.requests(), QStringLiteral("/slow"), 380);
        QVERIFY2(peakA >= 5, qPrintable(QString::number(peakA)));
        action("actionCancelAll")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(state(0), S::Cancelled, 5000);
    }

    // What one list taught about a server (a 30 s Retry-After, a halved allowance) does not
    // hold back the next list: Clear List starts a new batch with fresh per-origin state.
    void clearListStartsWithFreshOrigins()
    {
        add({m_a.urlString(QStringLiteral("/flaky?fail=9&retry-after=30&key=cl")),
             m_a.urlString(QStringLiteral("/file?size=100&first=1")),
             m_a.urlString(QStringLiteral("/file?size=100&first=2"))});
        action("actionStart")->trigger();
        const QString a = QStringLiteral("127.0.0.1:%1").arg(m_a.port());
        // The files went out with the 503 (cap 6); a second list now meets the cooldown.
        QTRY_COMPARE_WITH_TIMEOUT(state(1), S::Done, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(status(0).startsWith(QStringLiteral("Retry in")), 5000);
        add({m_a.urlString(QStringLiteral("/file?size=100&held=1"))});
        QTRY_VERIFY_WITH_TIMEOUT(status(3).contains(a + QStringLiteral(" asked to slow down")),
                                 5000);
        QCOMPARE(m_a.requestCount(QStringLiteral("/file")), 2);

        answerNextBox(this, QStringLiteral("clearListPrompt"), QMessageBox::Yes);
        action("actionClearList")->trigger();
        QCOMPARE(m_window->model()->rowCount(), 0);
        add({m_a.urlString(QStringLiteral("/file?size=100&fresh=1")),
             m_a.urlString(QStringLiteral("/file?size=100&fresh=2"))});
        QElapsedTimer clock;
        clock.start();
        action("actionStart")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(state(0), S::Done, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(state(1), S::Done, 3000);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        // The cleared list's held row never went out, the 503 was not tried again.
        for (const RecordedRequest &r : m_a.requests())
            QVERIFY(!r.query.hasQueryItem(QStringLiteral("held")));
        QCOMPARE(m_a.requestCount(QStringLiteral("/flaky")), 1);
    }

    // "Downloads at once" raised in the settings mid-batch applies at once to what is queued.
    void capRaisedMidBatchTakesEffect()
    {
        AppSettings settings = m_window->settings();
        settings.engine.maxInFlight = 2;
        settings.engine.perHostMax = 0;
        m_window->applySettings(settings);
        QStringList lines;
        for (int i = 0; i < 24; ++i)
            lines << m_b.urlString(QStringLiteral("/slow?delay=400&size=10&c=%1").arg(i));
        add(lines);
        action("actionStart")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_b.currentConcurrency(), 2, 5000);
        const QString slot = QStringLiteral("waiting for a free slot (2 of 2 in flight)");
        QTRY_VERIFY_WITH_TIMEOUT(status(20).contains(slot), 3000);
        QCOMPARE(m_b.peakConcurrency(), 2);
        settings.engine.maxInFlight = 8;
        m_window->applySettings(settings);
        QTRY_COMPARE_WITH_TIMEOUT(m_b.currentConcurrency(), 8, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(
            status(23).contains(QStringLiteral("waiting for a free slot (8 of 8 in flight)")),
            2000);
        QTRY_VERIFY_WITH_TIMEOUT(state(23) == S::Done, 10000);
        QCOMPARE(m_b.peakConcurrency(), 8);
    }

    // The table never shows more rows downloading than may be in flight, whatever the mix
    // (fast files, retries, a 503 with Retry-After, a 404), and so neither does the chart.
    void neverMoreActiveRowsThanTheCap()
    {
        AppSettings settings = m_window->settings();
        settings.engine.maxInFlight = 4;
        settings.engine.perHostMax = 0;
        m_window->applySettings(settings);
        QStringList lines;
        lines << m_b.urlString(QStringLiteral("/silent?n=hang"));
        for (int i = 0; i < 60; ++i) {
            lines << (i % 3
                          ? m_a.urlString(QStringLiteral("/file?size=%1&n=%2").arg(100 + i).arg(i))
                          : m_a.urlString(
                                QStringLiteral("/drip?size=20000&chunk=2000&interval=20&n=%1")
                                    .arg(i)));
            if (i % 10 == 0)
                lines << m_b.urlString(QStringLiteral("/flaky?fail=1&retry-after=1&key=k%1").arg(i))
                      << m_b.urlString(QStringLiteral("/nothing&n=%1").arg(i));
        }
        add(lines);
        int most = 0;
        const auto look = [&] {
            most = std::max(most, m_window->model()->summary().count(S::Active));
        };
        connect(m_window->model(), &TransferModel::summaryChanged, this, look);
        connect(m_window->model(), &QAbstractItemModel::dataChanged, this, look);
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, look);
        poll.start(1);
        action("actionStart")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->summary().count(TransferModel::Group::Done),
                                  66, 20000);
        QVERIFY2(most <= 4, qPrintable(QString::number(most)));
        int chart = 0;
        for (const TransferModel::Sample &sample : m_window->model()->history())
            chart = std::max(chart, sample.inFlight);
        QVERIFY2(chart <= 4, qPrintable(QString::number(chart)));
    }
};

QTEST_MAIN(TestWindowScenario)
#include "tst_windowscenario.moc"
