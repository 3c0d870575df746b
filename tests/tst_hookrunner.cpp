// Hooks (`--on-item-done`, `--on-batch-done`, `--hook-timeout`; issue 18): HookRunner on its own,
// and the real binary running them: facts only in the environment (URLs that would run code if
// spliced into a command never do), a failing hook, a hanging one killed with its children at
// the timeout, the trailing `hook` CSV column, the batch hook after the CSV.
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

#include "csvwriter.h"
#include "fanoutprocess.h"
#include "hookrunner.h"
#include "testserver.h"
#include "testsupport.h"

namespace {

// Processes of that group that are not zombies (a killed child may wait a moment to be reaped).
int liveInGroup(int group)
{
    int live = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // pid (comm) state ppid pgrp ...: comm may hold spaces, so read after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields[2].toInt() == group && fields[0] != "Z")
            ++live;
    }
    return live;
}

// The hook column of a CSV row: the one before segments, the last.
QString hookOf(const QStringList &row)
{
    return row.value(row.size() - 2);
}

} // namespace

class TestHookRunner final : public QObject
{
    Q_OBJECT

private:
    QString url(const QString &pathAndQuery) const { return m_server.urlString(pathAndQuery); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    FanoutProcess::Run fanout(const QStringList &items, const QStringList &flags,
                              int timeoutMs = 60000)
    {
        const QString list = FanoutProcess::writeFile(path(QStringLiteral("list.txt")), items);
        return FanoutProcess::run(m_dir->path(),
                                  QStringList{QStringLiteral("--headless"), list,
                                              QStringLiteral("-o"), path(QStringLiteral("out")),
                                              QStringLiteral("--csv"),
                                              path(QStringLiteral("r.csv"))} +
                                      flags,
                                  timeoutMs);
    }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void runnerReportsOutcomes_data()
    {
        using Kind = HookOutcome::Kind;
        QTest::addColumn<QString>("command");
        QTest::addColumn<HookOutcome>("outcome");
        QTest::newRow("ok") << QStringLiteral("true") << HookOutcome::of(Kind::Ok);
        QTest::newRow("exit 3") << QStringLiteral("exit 3") << HookOutcome::exited(3);
        QTest::newRow("timeout") << QStringLiteral("sleep 20; true")
                                 << HookOutcome::of(Kind::TimedOut);
        QTest::newRow("killed") << QStringLiteral("kill -9 $$") << HookOutcome::of(Kind::Signalled);
    }
    // The runner tells what happened as facts (the window words them), not as text to parse.
    void runnerReportsOutcomes()
    {
        QFETCH(QString, command);
        QFETCH(HookOutcome, outcome);
        HookRunner runner(2, 500);
        std::optional<HookOutcome> got;
        QSignalSpy idle(&runner, &HookRunner::idle);
        runner.run(command, m_dir->path(), {}, [&got](const HookOutcome &o) { got = o; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QCOMPARE(int(got->kind), int(outcome.kind));
        QCOMPARE(got->exitCode, outcome.exitCode);
        QVERIFY(got->startError.isEmpty());
        QTRY_VERIFY(idle.count() >= 1);
        QCOMPARE(runner.pending(), 0);
    }

    // The headless mode's words for each outcome: a contract with scripts (the CSV's `hook`
    // column, the event stream, standard error, the README).
    void outcomeWords_data()
    {
        using Kind = HookOutcome::Kind;
        QTest::addColumn<HookOutcome>("outcome");
        QTest::addColumn<QString>("text");
        QTest::newRow("ok") << HookOutcome::exited(0) << QStringLiteral("ok");
        QTest::newRow("exit 3") << HookOutcome::exited(3) << QStringLiteral("failed: exit 3");
        QTest::newRow("exit 255") << HookOutcome::exited(255) << QStringLiteral("failed: exit 255");
        QTest::newRow("signal") << HookOutcome::of(Kind::Signalled)
                                << QStringLiteral("failed: killed by a signal");
        QTest::newRow("timeout") << HookOutcome::of(Kind::TimedOut) << QStringLiteral("timeout");
        QTest::newRow("start") << HookOutcome::notStarted(QStringLiteral("No such file"))
                               << QStringLiteral("failed: cannot start: No such file");
        QTest::newRow("cancelled")
            << HookOutcome::of(Kind::Cancelled) << QStringLiteral("cancelled");
    }
    void outcomeWords()
    {
        QFETCH(HookOutcome, outcome);
        QFETCH(QString, text);
        QCOMPARE(outcome.text(), text);
        QCOMPARE(outcome.isOk(), text == QLatin1String("ok"));
    }

    // Stopped: the hook that waited its turn is told Cancelled, the running one is killed.
    void stopAllCancelsTheQueued()
    {
        HookRunner runner(1, 10000);
        QList<HookOutcome> got;
        for (int i = 0; i < 2; ++i)
            runner.run(QStringLiteral("sleep 10"), m_dir->path(), {},
                       [&got](const HookOutcome &o) { got.append(o); });
        QCOMPARE(runner.pending(), 2);
        runner.stopAll();
        QTRY_COMPARE(got.size(), 2);
        QCOMPARE(int(got.at(0).kind), int(HookOutcome::Kind::Cancelled));
        QCOMPARE(int(got.at(1).kind), int(HookOutcome::Kind::Signalled));
        QTRY_COMPARE(runner.pending(), 0);
    }

    void runnerBoundsParallelism()
    {
        HookRunner runner(2, 10000);
        const QString log = path(QStringLiteral("par.log"));
        // Each hook notes how many were running when it started.
        const QString command =
            QStringLiteral("n=$(ls %1 | wc -l); echo $n >> %2; touch %1/$$; sleep 0.3; rm %1/$$")
                .arg(path(QStringLiteral("running")), log);
        QDir().mkpath(path(QStringLiteral("running")));
        int done = 0;
        for (int i = 0; i < 6; ++i)
            runner.run(command, m_dir->path(), {}, [&done](const HookOutcome &) { ++done; });
        QCOMPARE(runner.pending(), 6);
        QTRY_COMPARE_WITH_TIMEOUT(done, 6, 10000);
        const QStringList seen = FanoutProcess::readText(log).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(seen.size(), 6);
        for (const QString &n : seen)
            QVERIFY2(n.trimmed().toInt() <= 1, qPrintable(n)); // itself not yet counted
    }

    // A URL built to run code if it were ever spliced into the command text: it never runs,
    // and the hook sees every fact, from the output folder, without the credentials.
    void factsOnlyInTheEnvironment()
    {
        const QString canary = path(QStringLiteral("PWNED"));
        const QStringList items{
            url(QStringLiteral("/file?size=100&name=a.bin&x=$(touch${IFS}%1)").arg(canary)),
            url(QStringLiteral("/file?size=50&name=b.bin&x=`touch${IFS}%1`").arg(canary)),
            url(QStringLiteral("/file?size=70&name=c.bin&x='\";touch${IFS}%1;'").arg(canary)),
            url(QStringLiteral("/status?code=404")),
            url(QStringLiteral("/file?size=30&name=d.bin"))
                .replace(QLatin1String("http://"), QLatin1String("http://me:pa55word@")),
        };
        const QString log = path(QStringLiteral("hook.log"));
        // One write per hook: hooks run side by side.
        const QString hook =
            QStringLiteral(
                "o=$(pwd; env | grep '^FANOUT_' | sort); printf '%s\\n--\\n' \"$o\" >> '%1'")
                .arg(log);
        const FanoutProcess::Run run =
            fanout(items, {QStringLiteral("--on-item-done"), hook, QStringLiteral("--retries"),
                           QStringLiteral("0")});
        QCOMPARE(run.exitCode, 1); // the 404; the hooks change nothing
        QVERIFY(!QFileInfo::exists(canary));
        const QString text = FanoutProcess::readText(log);
        QVERIFY(!text.contains(QLatin1String("pa55word")));
        const QStringList blocks = text.split(QStringLiteral("--\n"), Qt::SkipEmptyParts);
        QCOMPARE(blocks.size(), 5);
        const QList<QStringList> rows = TestSupport::readCsvFile(path(QStringLiteral("r.csv")));
        QCOMPARE(rows.first(), CsvWriter::header(true));
        QCOMPARE(rows.first().last(), QStringLiteral("segments")); // the last, after hook
        QCOMPARE(hookOf(rows.first()), QStringLiteral("hook"));
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows[i];
            QCOMPARE(hookOf(row), QStringLiteral("ok"));
            const auto block = std::find_if(blocks.begin(), blocks.end(), [&](const QString &b) {
                return b.contains(QStringLiteral("FANOUT_URL=%1\n").arg(row.at(0)));
            });
            QVERIFY2(block != blocks.end(), qPrintable(row.at(0)));
            QVERIFY(block->startsWith(QFileInfo(path(QStringLiteral("out"))).absoluteFilePath()));
            QVERIFY(block->contains(QStringLiteral("FANOUT_OUTCOME=%1\n").arg(row.at(2))));
            QVERIFY(block->contains(QStringLiteral("FANOUT_FINAL_URL=%1\n").arg(row.at(1))));
            QVERIFY(block->contains(QStringLiteral("FANOUT_HTTP_STATUS=%1\n").arg(row.at(3))));
            QVERIFY(block->contains(QStringLiteral("FANOUT_BYTES=%1\n").arg(row.at(4))));
            QVERIFY(block->contains(QStringLiteral("FANOUT_ATTEMPTS=%1\n").arg(row.at(6))));
            QVERIFY(block->contains(QStringLiteral("FANOUT_ERROR=%1\n").arg(row.at(7))));
            QVERIFY(block->contains(QStringLiteral("FANOUT_FILE=%1\n").arg(row.at(8))));
            QVERIFY(block->contains(QStringLiteral("FANOUT_SHA256=%1\n").arg(row.at(9))));
            if (row.at(2) == QLatin1String("ok"))
                QVERIFY(QFileInfo(row.at(8)).isAbsolute());
        }
    }

    void failingHookChangesNothing()
    {
        const FanoutProcess::Run run =
            fanout({url(QStringLiteral("/file?size=10")), url(QStringLiteral("/file?size=20"))},
                   {QStringLiteral("--on-item-done"), QStringLiteral("exit 3")});
        QCOMPARE(run.exitCode, 0); // every item ok: a hook's exit status never counts
        QVERIFY(run.out.contains(QLatin1String("OK: 2 | Failed: 0")));
        QVERIFY(run.err.contains(QLatin1String("failed: exit 3")));
        const QList<QStringList> rows = TestSupport::readCsvFile(path(QStringLiteral("r.csv")));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(hookOf(rows[1]), QStringLiteral("failed: exit 3"));
        QCOMPARE(rows[1].at(2), QStringLiteral("ok"));
        QCOMPARE(hookOf(rows[2]), QStringLiteral("failed: exit 3"));
    }

    // `sleep` is a child of sh: killing sh alone would leave it running. The whole group goes.
    void hangingHookIsKilledAtTheTimeout()
    {
        const QString pids = path(QStringLiteral("pids"));
        const FanoutProcess::Run run =
            fanout({url(QStringLiteral("/file?size=10")), url(QStringLiteral("/file?size=11"))},
                   {QStringLiteral("--on-item-done"),
                    QStringLiteral("echo $$ >> '%1'; sleep 30; true").arg(pids),
                    QStringLiteral("--hook-timeout"), QStringLiteral("1")},
                   30000);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.elapsedMs < 15000, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY(run.err.contains(QLatin1String("timeout")));
        const QList<QStringList> rows = TestSupport::readCsvFile(path(QStringLiteral("r.csv")));
        QCOMPARE(hookOf(rows[1]), QStringLiteral("timeout"));
        QCOMPARE(hookOf(rows[2]), QStringLiteral("timeout"));
        const QStringList groups = FanoutProcess::readText(pids).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(groups.size(), 2);
        for (const QString &group : groups) // no process is left alive in the hook's group
            QTRY_VERIFY2_WITH_TIMEOUT(liveInGroup(group.toInt()) == 0, qPrintable(group), 5000);
    }

    void batchHookRunsAfterTheCsv()
    {
        const QString log = path(QStringLiteral("batch.log"));
        const FanoutProcess::Run run = fanout(
            {url(QStringLiteral("/file?size=10")), url(QStringLiteral("/status?code=404")),
             QStringLiteral("junk")},
            {QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("--on-batch-done"),
             QStringLiteral("{ pwd; echo \"$FANOUT_CSV|$FANOUT_TOTAL|$FANOUT_OK|$FANOUT_FAILED|"
                            "$FANOUT_ELAPSED_MS\"; wc -l < \"$FANOUT_CSV\"; } > '%1'; exit 4")
                 .arg(log)});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = FanoutProcess::readText(log).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QStringList facts = lines[1].split(u'|');
        QCOMPARE(facts.value(0), QFileInfo(path(QStringLiteral("r.csv"))).absoluteFilePath());
        QCOMPARE(facts.value(1), QStringLiteral("3"));
        QCOMPARE(facts.value(2), QStringLiteral("1"));
        QCOMPARE(facts.value(3), QStringLiteral("2"));
        QVERIFY(facts.value(4).toLongLong() >= 0);
        QCOMPARE(lines[2].trimmed(), QStringLiteral("4")); // header + 3 rows: written before
        QVERIFY(run.err.contains(QLatin1String("--on-batch-done: failed: exit 4")));
        // Without an item hook the CSV keeps its columns.
        QCOMPARE(TestSupport::readCsvFile(path(QStringLiteral("r.csv"))).first(),
                 CsvWriter::header());
    }

    void batchHookWithoutCsv()
    {
        const QString log = path(QStringLiteral("batch.log"));
        const QString list = FanoutProcess::writeFile(path(QStringLiteral("list.txt")),
                                                      {url(QStringLiteral("/file?size=5"))});
        const FanoutProcess::Run run = FanoutProcess::run(
            m_dir->path(), {QStringLiteral("--headless"), list, QStringLiteral("--check"),
                            QStringLiteral("--on-batch-done"),
                            QStringLiteral("echo \"[${FANOUT_CSV-unset}]\" > '%1'").arg(log)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(FanoutProcess::readText(log), QStringLiteral("[]\n"));
    }
};

QTEST_GUILESS_MAIN(TestHookRunner)
#include "tst_hookrunner.moc"
