// A list of 200,000 lines in bounded memory (issue 20, scaled down to run in CI): valid URLs to
// a local server, junk lines and repeats, run by the headless program with --check and a
// deadline that cancels what is left. Its peak RSS (getrusage of the child) stays under the
// bound however long the list is, the CSV has every entry once in list order, and the repeats
// are told with their line numbers.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

#include "testserver.h"

class TestLargeList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoHundredThousandItemsInBoundedMemory()
    {
        const QString binary = qEnvironmentVariable("FANOUT_BINARY");
        QVERIFY(QFileInfo(binary).isExecutable());
        TestServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("list.txt"));
        const QString csv = dir.filePath(QStringLiteral("r.csv"));

        constexpr int lines = 200000;
        QList<QByteArray> expected; // the url column of each entry, in order
        {
            QFile file(list);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray base = server.urlString(QStringLiteral("/miss/")).toUtf8();
            QByteArray block;
            for (int i = 0; i < lines; ++i) {
                QByteArray line;
                if (i % 1000 == 999)
                    line = base + QByteArray::number(i - 998); // repeats an earlier line
                else if (i % 4 == 3)
                    line = "junk line " + QByteArray::number(i);
                else
                    line = base + QByteArray::number(i);
                if (i % 1000 != 999)
                    expected << line;
                block += line + '\n';
                if (block.size() > (1 << 20)) {
                    file.write(block);
                    block.clear();
                }
            }
            file.write(block);
        }

        QProcess run;
#if defined(__SANITIZE_ADDRESS__)
        // ASan holds freed memory in quarantine (256 MB by default), which is not the list's:
        // a small quarantine keeps the bound about the list.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           environment.value(QStringLiteral("ASAN_OPTIONS")) +
                               QStringLiteral(":quarantine_size_mb=16"));
        run.setProcessEnvironment(environment);
#endif
        run.setWorkingDirectory(dir.path());
        QElapsedTimer clock;
        clock.start();
        run.start(binary,
                  {QStringLiteral("--headless"), QStringLiteral("--check"), QStringLiteral("-q"),
                   QStringLiteral("-j"), QStringLiteral("32"), QStringLiteral("--retries"),
                   QStringLiteral("0"), QStringLiteral("--deadline"), QStringLiteral("15"),
                   QStringLiteral("--csv"), csv, list});
        QVERIFY(run.waitForFinished(120000));
        QCOMPARE(run.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.exitCode(), 1);
        const QByteArray err = run.readAllStandardError();
        QVERIFY2(err.contains("fanout: line 1000 repeats line 2; fetched once"), err.left(500));
        QVERIFY(err.contains("more repeated lines"));
        QVERIFY(run.readAllStandardOutput().startsWith(
            "Total: " + QByteArray::number(expected.size()) +
            " | OK: 0 | Failed: " + QByteArray::number(expected.size()) + " |"));

        // The child's own peak (it was waited for, so it counts among the children).
        rusage usage = {};
        QCOMPARE(::getrusage(RUSAGE_CHILDREN, &usage), 0);
        const qint64 peakKiB = usage.ru_maxrss;
        qInfo("%d lines in %lld ms, peak RSS %lld KiB", lines, clock.elapsed(), peakKiB);
#if defined(__SANITIZE_ADDRESS__)
        constexpr qint64 boundKiB = 512 * 1024; // ASan's shadow memory and quarantine
#else
        constexpr qint64 boundKiB = 96 * 1024; // it was 504 MiB before the list streamed
#endif
        QVERIFY2(peakKiB <= boundKiB, qPrintable(QString::number(peakKiB)));

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readLine().startsWith("url,final_url,outcome"));
        int row = 0;
        int fetched = 0;
        int cancelled = 0;
        int invalid = 0;
        while (!csvFile.atEnd()) {
            const QByteArray line = csvFile.readLine();
            QVERIFY(row < expected.size());
            QCOMPARE(line.left(line.indexOf(',')), expected[row]);
            fetched += line.contains(",failed,404,");
            cancelled += line.contains(",cancelled,");
            invalid += line.contains(",invalid,");
            ++row;
        }
        QCOMPARE(row, expected.size());
        QVERIFY2(fetched > 1000, qPrintable(QString::number(fetched)));
        QCOMPARE(invalid, lines / 4 - lines / 1000); // every 1000th junk slot is a repeat
        QCOMPARE(fetched + cancelled + invalid, row);
    }

    // Stopped long before the end of its list (a signal or the deadline), the run still writes
    // a row for every entry: the ones never read from the list end cancelled like the rest.
    void stoppedMidListWritesEveryRow_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("detail");
        QTest::newRow("SIGTERM") << int(SIGTERM) << QStringLiteral("cancelled by user");
        QTest::newRow("SIGINT") << int(SIGINT) << QStringLiteral("cancelled by user");
        QTest::newRow("deadline") << 0 << QStringLiteral("batch deadline of 1 s passed");
    }
    void stoppedMidListWritesEveryRow()
    {
        QFETCH(int, signal);
        QFETCH(QString, detail);
        const QString binary = qEnvironmentVariable("FANOUT_BINARY");
        QVERIFY(QFileInfo(binary).isExecutable());
        TestServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("list.txt"));
        const QString csv = dir.filePath(QStringLiteral("r.csv"));
        constexpr int count = 30000;
        {
            QFile file(list);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < count; ++i)
                file.write(server.urlString(QStringLiteral("/slow?delay=300&size=10&n=%1").arg(i))
                               .toUtf8() +
                           '\n');
        }
        QStringList arguments{QStringLiteral("--headless"),
                              QStringLiteral("--check"),
                              QStringLiteral("-q"),
                              QStringLiteral("-j"),
                              QStringLiteral("4"),
                              QStringLiteral("--csv"),
                              csv,
                              list};
        if (signal == 0)
            arguments << QStringLiteral("--deadline") << QStringLiteral("1");
        QProcess run;
        run.setWorkingDirectory(dir.path());
        run.start(binary, arguments);
        QVERIFY(run.waitForStarted());
        if (signal != 0) {
            QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 8, 10000);
            ::kill(pid_t(run.processId()), signal);
        }
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.exitCode(), 1);

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), count + 1);
        int ok = 0;
        for (int i = 0; i < count; ++i) {
            const QByteArray &row = rows[i + 1];
            QVERIFY(row.startsWith(
                server.urlString(QStringLiteral("/slow?delay=300&size=10&n=%1,").arg(i)).toUtf8()));
            ok += row.contains(",ok,");
            if (!row.contains(",ok,"))
                QVERIFY2(row.contains(",cancelled,") && row.contains(detail.toUtf8()),
                         row.constData());
        }
        QVERIFY(ok < 1000);
        QVERIFY(rows.last().contains(",cancelled,"));
    }
};

QTEST_GUILESS_MAIN(TestLargeList)
#include "tst_largelist.moc"
