#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "inputpanel.h"
#include "mainwindow.h"
#include "sessionkeeper.h"
#include "testserver.h"

using S = TransferModel::RowState;

namespace {
constexpr int kItems = 10000;
constexpr int kInFlight = 8; // the headless default, set in both runs
constexpr int kRounds = 1;   // one each: a round takes minutes on a loaded 2-core machine

// Records how late a 10 ms timer fires: the longest lateness is the longest the GUI thread was
// blocked (plus scheduling noise on a busy machine).
class StallMeter final
{
public:
    StallMeter()
    {
        m_beat.setInterval(10);
        QObject::connect(&m_beat, &QTimer::timeout, &m_beat, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last - 10);
            m_last = now;
        });
        m_clock.start();
        m_beat.start();
    }
    qint64 worst() const { return m_worst; }

private:
    QTimer m_beat;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};
} // namespace

// Issue 7's window targets, measured side by side on this machine: a 10,000-item batch in the
// window against the same batch through `fanout --headless`, the GUI thread's worst stall during
// it, and the time to load 100,000 pasted URLs. Figures are printed with qInfo; the bounds are
// loose because the machines are shared.
class TestGuiPerf final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestServer m_server;

    QString listText(int n, const QString &tag) const
    {
        QString text;
        for (int i = 0; i < n; ++i)
            text += m_server.urlString(QStringLiteral("/file?size=1024&%1=%2\n").arg(tag).arg(i));
        return text;
    }
    void configure(const QString &outDir)
    {
        QDir(outDir).removeRecursively();
        QDir().mkpath(outDir);
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = outDir;
        settings.engine.maxInFlight = kInFlight;
        QSettings store;
        settings.save(store);
        store.sync();
        QFile::remove(SessionKeeper::defaultPath());
    }

    qint64 runHeadless(int round)
    {
        const QString binary = qEnvironmentVariable("FANOUT_BINARY");
        const QString list = m_dir.filePath(QStringLiteral("list%1.txt").arg(round));
        QFile file(list);
        if (!file.open(QIODevice::WriteOnly))
            return -1;
        file.write(listText(kItems, QStringLiteral("h%1").arg(round)).toUtf8());
        file.close();
        const QString out = m_dir.filePath(QStringLiteral("headless%1").arg(round));
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        process.start(binary,
                      {QStringLiteral("--headless"), QStringLiteral("-q"), QStringLiteral("-j"),
                       QString::number(kInFlight), QStringLiteral("-o"), out, list});
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 280000))
            return -1;
        const qint64 ms = timer.elapsed();
        return process.exitCode() == 0 ? ms : -1;
    }

    // Returns the batch's wall time (from Start to the batch-finished signal) and the stall.
    std::pair<qint64, qint64> runWindow(int round)
    {
        const QString out = m_dir.filePath(QStringLiteral("gui%1").arg(round));
        configure(out);
        MainWindow window;
        window.show();
        window.inputPanel()->submitText(listText(kItems, QStringLiteral("g%1").arg(round)),
                                        QStringLiteral("the test"));
        if (!QTest::qWaitFor([&] { return window.model()->rowCount() == kItems; }, 30000))
            return {-1, -1};
        QSignalSpy finished(&window, &MainWindow::batchFinished);
        StallMeter meter;
        QElapsedTimer timer;
        timer.start();
        window.findChild<QAction *>(QStringLiteral("actionStart"))->trigger();
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 280000))
            return {-1, -1};
        const qint64 ms = timer.elapsed();
        const qint64 stall = meter.worst();
        window.model()->flush();
        if (window.model()->summary().count(S::Done) != kItems)
            return {-1, -1};
        return {ms, stall};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A measurement (two 10,000-item batches, minutes on a shared 2-core box), not a check
        // of behaviour: run on demand, like tests/bench/run.
        if (qEnvironmentVariable("FANOUT_PERF") != QLatin1String("1"))
            QSKIP("set FANOUT_PERF=1 to measure the window against the headless mode");
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("FANOUT_BINARY"), "set FANOUT_BINARY");
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("FanoutTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_guiperf"));
        QVERIFY(m_server.start());
    }

    void windowBatchAgainstHeadless()
    {
        // Interleaved rounds (kRounds), best of each: the machine is shared and noisy.
        qint64 headless = std::numeric_limits<qint64>::max();
        qint64 gui = std::numeric_limits<qint64>::max();
        qint64 worstStall = 0;
        for (int round = 0; round < kRounds; ++round) {
            const qint64 h = runHeadless(round);
            QVERIFY2(h > 0, "the headless run failed");
            const auto [g, stall] = runWindow(round);
            QVERIFY2(g > 0, "the window's batch did not finish every row ok");
            qInfo("round %d: headless %lld ms, window %lld ms, GUI stall %lld ms", round, h, g,
                  stall);
            headless = std::min(headless, h);
            gui = std::min(gui, g);
            worstStall = std::max(worstStall, stall);
        }
        qInfo("10,000 x 1 KiB: headless %lld ms, window %lld ms (%.2fx), worst GUI stall %lld ms",
              headless, gui, double(gui) / double(headless), worstStall);
        // Issue 7's targets: at most 1.1x the headless time, no stall over 50 ms.
        QVERIFY2(gui * 10 <= headless * 11, "the window is more than 1.1x the headless time");
        QVERIFY2(worstStall <= 50, qPrintable(QStringLiteral("stall %1 ms").arg(worstStall)));
    }

    void load100kPastedUrls()
    {
        configure(m_dir.filePath(QStringLiteral("load")));
        MainWindow window;
        window.show();
        QString text;
        for (int i = 0; i < 100000; ++i)
            text += QStringLiteral("https://cdn%1.example.test/path/to/file-%2.bin\n")
                        .arg(i % 7)
                        .arg(i);
        StallMeter meter;
        QElapsedTimer timer;
        timer.start();
        window.inputPanel()->submitText(text, QStringLiteral("the test"));
        QVERIFY(QTest::qWaitFor([&] { return window.model()->rowCount() == 100000; }, 30000));
        const qint64 ms = timer.elapsed();
        qInfo("100,000 pasted URLs: in the table after %lld ms, longest GUI stall %lld ms", ms,
              meter.worst());
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms))); // issue 7: under 1 s
    }
};

QTEST_MAIN(TestGuiPerf)
#include "tst_guiperf.moc"
