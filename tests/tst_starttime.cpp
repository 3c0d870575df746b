// A scheduled start (`--start-at`, issue 18): the two forms StartTime takes, and the real binary
// waiting for a time a few seconds ahead (saying so), and ended cleanly by Ctrl+C meanwhile.
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

#include "fanoutprocess.h"
#include "serverfixture.h"
#include "starttime.h"
#include "testserver.h"
#include "testsupport.h"

class TestStartTime final : public ServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void clockTimeIsTheNextSuchMoment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("now");
        QTest::addColumn<int>("days");
        QTest::addColumn<QTime>("at");
        QTest::newRow("later today") << QStringLiteral("06:30") << QTime(5, 0) << 0 << QTime(6, 30);
        QTest::newRow("tomorrow") << QStringLiteral("06:30") << QTime(7, 0) << 1 << QTime(6, 30);
        QTest::newRow("now is tomorrow")
            << QStringLiteral("06:30") << QTime(6, 30) << 1 << QTime(6, 30);
        QTest::newRow("seconds") << QStringLiteral("23:59:30") << QTime(23, 59, 0) << 0
                                 << QTime(23, 59, 30);
        QTest::newRow("one digit hour")
            << QStringLiteral("7:05") << QTime(8, 0) << 1 << QTime(7, 5);
    }
    void clockTimeIsTheNextSuchMoment()
    {
        QFETCH(QString, text);
        QFETCH(QTime, now);
        QFETCH(int, days);
        QFETCH(QTime, at);
        const QDate today(2026, 6, 15);
        QString error;
        const auto parsed = StartTime::parse(text, QDateTime(today, now, Qt::LocalTime), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, QDateTime(today.addDays(days), at, Qt::LocalTime));
    }

    void rfc3339()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        auto at = StartTime::parse(QStringLiteral("2026-12-24T06:00:00Z"), now, &error);
        QVERIFY(at);
        QCOMPARE(at->toUTC(), QDateTime(QDate(2026, 12, 24), QTime(6, 0), Qt::UTC));
        at = StartTime::parse(QStringLiteral("2026-12-24T07:00:00.5+01:00"), now, &error);
        QVERIFY(at);
        QCOMPARE(at->toUTC(), QDateTime(QDate(2026, 12, 24), QTime(6, 0, 0, 500), Qt::UTC));
        at = StartTime::parse(QStringLiteral("2026-12-24 06:00:00z"), now, &error);
        QVERIFY(at);
        QCOMPARE(at->toUTC(), QDateTime(QDate(2026, 12, 24), QTime(6, 0), Qt::UTC));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("hour 25") << QStringLiteral("25:00");
        QTest::newRow("minute 60") << QStringLiteral("10:60");
        QTest::newRow("words") << QStringLiteral("tomorrow");
        QTest::newRow("no offset") << QStringLiteral("2026-12-24T06:00:00");
        QTest::newRow("bad date") << QStringLiteral("2026-13-24T06:00:00Z");
        QTest::newRow("empty") << QString();
    }
    void refused()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!StartTime::parse(text, QDateTime::currentDateTime(), &error));
        QVERIFY(error.contains(QLatin1String("--start-at")));
        const FanoutProcess::Run run = FanoutProcess::run(
            m_dir->path(), {QStringLiteral("--headless"), QStringLiteral("--start-at"), text,
                            QStringLiteral("-")});
        QCOMPARE(run.exitCode, 2);
    }

    void waitsForATimeAhead()
    {
        const QString list =
            FanoutProcess::writeFile(m_dir->filePath(QStringLiteral("l.txt")),
                                     {m_server.urlString(QStringLiteral("/file?size=10")),
                                      m_server.urlString(QStringLiteral("/file?size=20"))});
        const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(3000);
        const FanoutProcess::Run run = FanoutProcess::run(
            m_dir->path(), {QStringLiteral("--headless"), list, QStringLiteral("--check"),
                            QStringLiteral("--start-at"), at.toString(Qt::ISODateWithMs)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QLatin1String("waiting to start at")));
        const QList<RecordedRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), 2);
        for (const RecordedRequest &request : requests)
            QVERIFY(request.receivedAtMs >= at.toMSecsSinceEpoch());
        // The batch's time starts at the start, not at the launch.
        static const QRegularExpression time(QStringLiteral(R"(Time: (\d+) ms)"));
        QVERIFY(time.match(run.out).captured(1).toInt() < 2500);
    }

    void ctrlCEndsTheWait()
    {
        const QString list =
            FanoutProcess::writeFile(m_dir->filePath(QStringLiteral("l.txt")),
                                     {m_server.urlString(QStringLiteral("/file?size=10"))});
        const QString csv = m_dir->filePath(QStringLiteral("r.csv"));
        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        process.start(FanoutProcess::binary(),
                      {QStringLiteral("--headless"), list, QStringLiteral("--check"),
                       QStringLiteral("--csv"), csv, QStringLiteral("--start-at"),
                       QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)});
        QVERIFY(process.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("waiting"),
                                 10000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardOutput().contains("Total: 1 | OK: 0 | Failed: 1"));
        const QList<QStringList> rows = TestSupport::readCsvFile(csv);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].at(2), QStringLiteral("cancelled"));
        QCOMPARE(m_server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStartTime)
#include "tst_starttime.moc"
