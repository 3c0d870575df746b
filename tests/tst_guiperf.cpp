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

#include "finishedbatch.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "sessionkeeper.h"
#include "testserver.h"
#include "testsettings.h"
#include "transferview.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <time.h>
#endif

using S = TransferModel::RowState;

namespace {
constexpr int kItems = 10000;
constexpr int kInFlight = 8; // the headless default, set in both runs
constexpr int kPasted = 100000;

// One round each unless FANOUT_PERF_ROUNDS says more: a round takes minutes on a loaded 2-core
// machine, and more rounds (best of each) only help when the load comes and goes.
int rounds()
{
    return std::max(1, qEnvironmentVariableIntValue("FANOUT_PERF_ROUNDS"));
}

// What the calling thread has had of the CPU: its CPU time, and how often it was switched out,
// preempted or of its own accord. Zero where the platform does not say.
struct ThreadUsage
{
    qint64 cpuUs = 0;
    qint64 preempted = 0;
    qint64 waited = 0;      // voluntary switches: slept, or blocked on a lock or the disk
    qint64 majorFaults = 0; // pages read from disk (the process's)
};

ThreadUsage threadUsage()
{
    ThreadUsage usage;
#if defined(Q_OS_LINUX)
    timespec cpu{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu) == 0)
        usage.cpuUs = qint64(cpu.tv_sec) * 1000000 + cpu.tv_nsec / 1000;
    rusage self{};
    if (getrusage(RUSAGE_THREAD, &self) == 0) {
        usage.preempted = self.ru_nivcsw;
        usage.waited = self.ru_nvcsw;
    }
    rusage process{};
    if (getrusage(RUSAGE_SELF, &process) == 0)
        usage.majorFaults = process.ru_majflt;
#endif
    return usage;
}

// Heap bytes in use: small blocks and mmapped large ones (a 100,000-row vector is one of those,
// which mallinfo2().uordblks alone does not count). -1 where glibc's mallinfo2 is missing.
qint64 heapInUse()
{
#if defined(__GLIBC__)
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#else
    return -1;
#endif
}

QString pastedText()
{
    QString text;
    for (int i = 0; i < kPasted; ++i)
        text +=
            QStringLiteral("https://cdn%1.example.test/path/to/file-%2.bin\n").arg(i % 7).arg(i);
    return text;
}

// Records how late a 10 ms timer fires: the longest lateness is the longest the GUI thread was
// blocked, plus scheduling noise on a busy machine. To tell the two apart, the worst stall comes
// with how much of it the GUI thread spent running and how often it was preempted: a stall the
// thread mostly ran through is the window's own work; one it spent preempted is the machine's.
class StallMeter final
{
public:
    struct Stall
    {
        qint64 ms = 0;
        qint64 atMs = 0; // when it ended, since the meter started
        qint64 ranMs = 0;
        qint64 preempted = 0;
        qint64 waited = 0;
        qint64 majorFaults = 0;
        QString text() const
        {
            return QStringLiteral("%1 ms at %2 s (the GUI thread ran %3 ms of it; preempted %4 "
                                  "times, waited %5 times, %6 pages read from disk)")
                .arg(ms)
                .arg(double(atMs) / 1000, 0, 'f', 1)
                .arg(ranMs)
                .arg(preempted)
                .arg(waited)
                .arg(majorFaults);
        }
    };

    StallMeter()
    {
        m_beat.setInterval(10);
        QObject::connect(&m_beat, &QTimer::timeout, &m_beat, [this] {
            const qint64 now = m_clock.elapsed();
            const ThreadUsage usage = threadUsage();
            const qint64 late = now - m_last - 10;
            if (late > m_worst.ms)
                m_worst = {late,
                           now,
                           (usage.cpuUs - m_lastUsage.cpuUs) / 1000,
                           usage.preempted - m_lastUsage.preempted,
                           usage.waited - m_lastUsage.waited,
                           usage.majorFaults - m_lastUsage.majorFaults};
            m_last = now;
            m_lastUsage = usage;
        });
        m_clock.start();
        m_startUsage = m_lastUsage = threadUsage();
        m_beat.start();
    }
    Stall worst() const { return m_worst; }
    // CPU time the GUI thread has used since the meter started.
    qint64 ranMs() const { return (threadUsage().cpuUs - m_startUsage.cpuUs) / 1000; }

private:
    QTimer m_beat;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    ThreadUsage m_startUsage;
    ThreadUsage m_lastUsage;
    Stall m_worst;
};
} // namespace

// Issue 7's window targets, measured side by side on this machine: a 10,000-item batch in the
// window against the same batch through `fanout --headless`, the GUI thread's worst stall during
// it, the time to load 100,000 pasted URLs and the model's memory per row. Figures are printed
// with qInfo and the bounds are the issue's own. The machines are shared and noisy (2 cores,
// other builds and benchmarks beside): a failure here is worth a second run before a hunt, which
// is why all of it runs only on demand (FANOUT_PERF=1). FANOUT_PERF_ROUNDS=N takes the best of N
// interleaved rounds; ctest lifts Qt Test's five-minute limit per function for that, by hand set
// QTEST_FUNCTION_TIMEOUT (ms).
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

    struct WindowRun
    {
        qint64 ms = -1; // from Start to the batch-finished signal
        qint64 guiCpuMs = 0;
        StallMeter::Stall stall;
    };
    WindowRun runWindow(int round)
    {
        const QString out = m_dir.filePath(QStringLiteral("gui%1").arg(round));
        configure(out);
        MainWindow window;
        window.show();
        window.inputPanel()->submitText(listText(kItems, QStringLiteral("g%1").arg(round)),
                                        QStringLiteral("the test"));
        if (!QTest::qWaitFor([&] { return window.model()->rowCount() == kItems; }, 30000))
            return {};
        QSignalSpy finished(&window, &MainWindow::batchFinished);
        StallMeter meter;
        QElapsedTimer timer;
        timer.start();
        window.findChild<QAction *>(QStringLiteral("actionStart"))->trigger();
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 280000))
            return {};
        const WindowRun run{timer.elapsed(), meter.ranMs(), meter.worst()};
        window.model()->flush();
        if (window.model()->summary().count(S::Done) != kItems)
            return {};
        return run;
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
        isolateSettings(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_guiperf"));
        QVERIFY(m_server.start());
    }

    void windowBatchAgainstHeadless()
    {
        // Interleaved rounds, best of each: the machine is shared and noisy. Every other round
        // runs the window first, so that load arriving mid-round does not always fall on it.
        qint64 headless = std::numeric_limits<qint64>::max();
        qint64 gui = std::numeric_limits<qint64>::max();
        StallMeter::Stall worstStall;
        for (int round = 0; round < rounds(); ++round) {
            qint64 h = -1;
            WindowRun w;
            if (round % 2 == 0) {
                h = runHeadless(round);
                w = runWindow(round);
            } else {
                w = runWindow(round);
                h = runHeadless(round);
            }
            QVERIFY2(h > 0, "the headless run failed");
            QVERIFY2(w.ms > 0, "the window's batch did not finish every row ok");
            // The GUI thread's own CPU time is the window's cost, whatever the machine's load.
            qInfo("round %d: headless %lld ms, window %lld ms (GUI thread busy %lld ms), "
                  "GUI stall %s",
                  round, h, w.ms, w.guiCpuMs, qPrintable(w.stall.text()));
            headless = std::min(headless, h);
            gui = std::min(gui, w.ms);
            if (w.stall.ms >= worstStall.ms)
                worstStall = w.stall;
        }
        qInfo("10,000 x 1 KiB: headless %lld ms, window %lld ms (%.2fx), worst GUI stall %s",
              headless, gui, double(gui) / double(headless), qPrintable(worstStall.text()));
        // Issue 7's targets: at most 1.1x the headless time, no stall over 50 ms.
        QVERIFY2(gui * 10 <= headless * 11, "the window is more than 1.1x the headless time");
        QVERIFY2(worstStall.ms <= 50, qPrintable(QStringLiteral("stall ") + worstStall.text()));
    }

    void load100kPastedUrls()
    {
        configure(m_dir.filePath(QStringLiteral("load")));
        MainWindow window;
        window.show();
        const QString text = pastedText();
        const qint64 heapBefore = heapInUse();
        StallMeter meter;
        QElapsedTimer timer;
        timer.start();
        window.inputPanel()->submitText(text, QStringLiteral("the test"));
        QVERIFY(QTest::qWaitFor([&] { return window.model()->rowCount() == kPasted; }, 30000));
        const qint64 ms = timer.elapsed();
        qInfo("100,000 pasted URLs: in the table after %lld ms, longest GUI stall %s", ms,
              qPrintable(meter.worst().text()));
        // What the whole window holds per pasted row: the model and its view, the engine's queue,
        // the session journal's copy of the list, the set of known URLs. For the record only;
        // the model's own share is asserted in modelMemoryPerRow.
        window.sessionKeeper()->flush();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (heapBefore >= 0)
            qInfo("the window holds %lld heap bytes per pasted row",
                  (heapInUse() - heapBefore) / kPasted);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms))); // issue 7: under 1 s
    }

    // Issue 7: the model costs under 1 KiB per row. Measured around adding 100,000 rows to the
    // model with the window's view (proxy and table) on it, and again once every row has its
    // result, as a finished batch leaves them.
    void modelMemoryPerRow()
    {
        if (heapInUse() < 0)
            QSKIP("needs glibc's mallinfo2");
        const UrlList list = UrlList::parse(pastedText());
        QCOMPARE(list.entries().size(), kPasted);
        const QList<ItemId> ids = FinishedBatch::ids(list);
        const QList<Result> results = FinishedBatch::okResults(list, 1024);
        const qint64 before = heapInUse();
        TransferModel model;
        TransferView view(&model);
        view.resize(1000, 600);
        view.show();
        model.addItems(ids, list.entries());
        model.flush();
        QCoreApplication::processEvents();
        const qint64 added = (heapInUse() - before) / kPasted;
        model.setRunState(TransferModel::RunState::Running);
        model.applyResults(results);
        model.flush();
        QCoreApplication::processEvents();
        const qint64 finished = (heapInUse() - before) / kPasted;
        qInfo("the model with its view: %lld heap bytes per queued row, %lld per finished row",
              added, finished);
        QCOMPARE(model.summary().count(S::Done), kPasted);
        QVERIFY2(added < 1024, qPrintable(QString::number(added)));
        QVERIFY2(finished < 1024, qPrintable(QString::number(finished)));
    }
};

QTEST_MAIN(TestGuiPerf)
#include "tst_guiperf.moc"
