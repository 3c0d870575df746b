// The window with a messy list, as a user brings it: on origin A a URL that hangs, a 503 with
// Retry-After and a 404 beside healthy files; on origin B only healthy files. Checked from the
// servers' side (B reaches its cap within a second, A's neighbours of the hanging URL keep their
// slots) and from the model (each waiting row says which rule holds it).
#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "inputpanel.h"
#include "mainwindow.h"
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
        int peakA = 0;
        QList<qint64> starts;
        for (const RecordedRequest &r : m_a.requests()) {
            if (r.path == QLatin1String("/slow"))
                starts << r.receivedAtMs;
        }
        std::sort(starts.begin(), starts.end());
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const auto n = std::count_if(starts.cbegin() + i, starts.cend(),
                                         [&](qint64 t) { return t < starts[i] + 380; });
            peakA = std::max(peakA, int(n));
        }
        QVERIFY2(peakA >= 5, qPrintable(QString::number(peakA)));
        action("actionCancelAll")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(state(0), S::Cancelled, 5000);
    }
};

QTEST_MAIN(TestWindowScenario)
#include "tst_windowscenario.moc"
