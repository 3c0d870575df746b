// The `fanout --headless` contract, from outside: the real binary in a child process against the
// TestServer. Flags, exit status, the summary line, the CSV columns and what lands on disk.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "fanoutprocess.h"
#include "testserver.h"
#include "testsupport.h"

namespace {

using Run = FanoutProcess::Run;

QList<QStringList> readCsv(const QString &path)
{
    return TestSupport::readCsvFile(path);
}

const QStringList contractColumns{QStringLiteral("url"),      QStringLiteral("final_url"),
                                  QStringLiteral("outcome"),  QStringLiteral("http_status"),
                                  QStringLiteral("bytes"),    QStringLiteral("elapsed_ms"),
                                  QStringLiteral("attempts"), QStringLiteral("error"),
                                  QStringLiteral("file"),     QStringLiteral("sha256")};

} // namespace

class TestHeadless final : public QObject
{
    Q_OBJECT

private:
    Run fanout(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000)
    {
        // The TestServer runs in its own thread, so blocking here is fine.
        return FanoutProcess::run(m_dir->path(), arguments, timeoutMs, input);
    }

    QString writeList(const QStringList &lines)
    {
        const QString path = m_dir->filePath(QStringLiteral("list.txt"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(lines.join(QLatin1Char('\n')).toUtf8());
        return path;
    }

    QString url(const QString &pathAndQuery) const { return m_server.urlString(pathAndQuery); }
    QString out() const { return m_dir->filePath(QStringLiteral("out")); }
    QString csv() const { return m_dir->filePath(QStringLiteral("r.csv")); }

    static QRegularExpressionMatch summary(const Run &run)
    {
        static const QRegularExpression re(
            QStringLiteral(R"(^Total: (\d+) \| OK: (\d+) \| Failed: (\d+) \| Time: (\d+) ms$)"),
            QRegularExpression::MultilineOption);
        return re.match(run.out);
    }

    QString m_binary;
    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("FANOUT_BINARY");
        QVERIFY2(QFileInfo(m_binary).isExecutable(), "FANOUT_BINARY must name the program");
        QVERIFY(m_server.start());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server.resetStats();
    }

    void helpDocumentsEveryOption()
    {
        const Run run = fanout({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *flag :
             {"--headless", "-o, --output", "--csv", "-j, --max-in-flight", "--connect-timeout",
              "--stall-timeout", "--timeout", "--retries", "--backoff", "--backoff-max",
              "--fail-fast", "--check", "--ca-cert"})
            QVERIFY2(run.out.contains(QLatin1String(flag)), flag);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("j zero") << QStringList{QStringLiteral("-j"), QStringLiteral("0")};
        QTest::newRow("j text") << QStringList{QStringLiteral("-j"), QStringLiteral("many")};
        QTest::newRow("negative timeout")
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("-1")};
        QTest::newRow("timeout text")
            << QStringList{QStringLiteral("--connect-timeout"), QStringLiteral("soon")};
        QTest::newRow("retries negative")
            << QStringList{QStringLiteral("--retries"), QStringLiteral("-2")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("--csv")};
        QTest::newRow("missing list") << QStringList{QStringLiteral("/no/such/list.txt")};
        QTest::newRow("two lists") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("bad ca") << QStringList{QStringLiteral("--ca-cert"),
                                               QStringLiteral("/no/such.pem")};
        QTest::newRow("csv folder missing")
            << QStringList{QStringLiteral("--csv"), QStringLiteral("/no/such/dir/r.csv")};
        QTest::newRow("http1 and prior knowledge")
            << QStringList{QStringLiteral("--http1"), QStringLiteral("--http2-prior-knowledge")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = fanout(QStringList{QStringLiteral("--headless")} + arguments, "");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QLatin1String("fanout: ")), qPrintable(run.err));
    }

    void allOkExitsZeroWithSummaryAndCsv()
    {
        const QString list = writeList(
            {QStringLiteral("# a comment"), QString(),
             QStringLiteral("  ") + url(QStringLiteral("/file?size=1000&name=a.bin")),
             url(QStringLiteral("/chunked?size=2048&seed=0")), url(QStringLiteral("/chain?n=2"))});
        const Run run =
            fanout({QStringLiteral("--headless"), list, QStringLiteral("-o"), out(),
                    QStringLiteral("--csv"), csv(), QStringLiteral("-j"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 0);
        const auto match = summary(run);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        QCOMPARE(match.captured(1), QStringLiteral("3"));
        QCOMPARE(match.captured(2), QStringLiteral("3"));
        QCOMPARE(match.captured(3), QStringLiteral("0"));
        QVERIFY(!run.err.isEmpty()); // the progress line

        const QList<QStringList> rows = readCsv(csv());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first().mid(0, contractColumns.size()), contractColumns);
        const QStringList first = rows.at(1);
        QCOMPARE(first.at(0), url(QStringLiteral("/file?size=1000&name=a.bin")));
        QCOMPARE(first.at(2), QStringLiteral("ok"));
        QCOMPARE(first.at(3), QStringLiteral("200"));
        QCOMPARE(first.at(4), QStringLiteral("1000"));
        QCOMPARE(first.at(6), QStringLiteral("1"));
        QCOMPARE(first.at(7), QString());
        QCOMPARE(QFileInfo(first.at(8)).fileName(), QStringLiteral("a.bin"));
        QVERIFY(QFileInfo::exists(first.at(8)));
        QCOMPARE(first.at(9), TestServer::sha256Hex(1000));
        QCOMPARE(rows.at(3).at(1), url(QStringLiteral("/chain?n=0")));
        QCOMPARE(QDir(out()).entryList(QDir::Files).size(), 3);
    }

    void anyFailureExitsOne()
    {
        const QString list = writeList(
            {url(QStringLiteral("/file?size=10")), url(QStringLiteral("/status?code=404")),
             QStringLiteral("ftp://example.com/file"), QStringLiteral("garbage line")});
        const Run run = fanout({QStringLiteral("--headless"), list, QStringLiteral("-o"), out(),
                                QStringLiteral("--csv"), csv(), QStringLiteral("--retries"),
                                QStringLiteral("0")});
        QCOMPARE(run.exitCode, 1);
        const auto match = summary(run);
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1), QStringLiteral("4"));
        QCOMPARE(match.captured(2), QStringLiteral("1"));
        QCOMPARE(match.captured(3), QStringLiteral("3"));
        const QList<QStringList> rows = readCsv(csv());
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(2).at(2), QStringLiteral("failed"));
        QCOMPARE(rows.at(2).at(3), QStringLiteral("404"));
        QVERIFY(rows.at(2).at(7).startsWith(QLatin1String("http: ")));
        QCOMPARE(rows.at(3).at(2), QStringLiteral("invalid"));
        QVERIFY(rows.at(3).at(7).startsWith(QLatin1String("invalid: ")));
        QCOMPARE(rows.at(3).at(3), QString()); // no HTTP status for an invalid line
        QCOMPARE(rows.at(4).at(2), QStringLiteral("invalid"));
        QVERIFY(run.err.contains(url(QStringLiteral("/status?code=404"))));
    }

    void readsStandardInput()
    {
        const QByteArray input = (url(QStringLiteral("/file?size=5")) + QLatin1Char('\n') +
                                  url(QStringLiteral("/file?size=6")))
                                     .toUtf8();
        const Run run = fanout({QStringLiteral("--headless"), QStringLiteral("-o"), out()}, input);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(summary(run).captured(1), QStringLiteral("2"));
        QCOMPARE(m_server.requestCount(QStringLiteral("/file")), 2);
    }

    void emptyListIsNotAnError()
    {
        const Run run = fanout({QStringLiteral("--headless"), QStringLiteral("--csv"), csv()},
                               "# nothing here\n\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(summary(run).captured(1), QStringLiteral("0"));
        QCOMPARE(readCsv(csv()).size(), 1);
    }

    void checkModeSavesNothing()
    {
        const QString list = writeList({url(QStringLiteral("/file?size=4096&seed=2"))});
        const Run run = fanout({QStringLiteral("--headless"), list, QStringLiteral("--check"),
                                QStringLiteral("-o"), out(), QStringLiteral("--csv"), csv()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QFileInfo::exists(out()) || QDir(out()).isEmpty());
        const QList<QStringList> rows = readCsv(csv());
        QCOMPARE(rows.at(1).at(8), QString());
        QCOMPARE(rows.at(1).at(9), TestServer::sha256Hex(4096, 2));
    }

    void failFastCancelsTheRest()
    {
        QStringList lines{url(QStringLiteral("/status?code=404"))};
        for (int i = 0; i < 6; ++i)
            lines << url(QStringLiteral("/slow?delay=3000&i=%1").arg(i));
        const Run run =
            fanout({QStringLiteral("--headless"), writeList(lines), QStringLiteral("--fail-fast"),
                    QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-o"), out(),
                    QStringLiteral("--csv"), csv()});
        QCOMPARE(run.exitCode, 1);
        const QList<QStringList> rows = readCsv(csv());
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows.at(1).at(2), QStringLiteral("failed"));
        for (int i = 2; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).at(2), QStringLiteral("cancelled"));
            QVERIFY(rows.at(i).at(7).startsWith(QLatin1String("cancelled: ")));
        }
        QVERIFY(summary(run).captured(4).toInt() < 2500);
    }

    void timeoutsTakeDecimalSeconds()
    {
        const QString list = writeList({url(QStringLiteral("/stall?size=1000&after=10")),
                                        url(QStringLiteral("/drip?size=100000&interval=100"))});
        const Run run =
            fanout({QStringLiteral("--headless"), list, QStringLiteral("-o"), out(),
                    QStringLiteral("--csv"), csv(), QStringLiteral("--stall-timeout"),
                    QStringLiteral("0.3"), QStringLiteral("--timeout"), QStringLiteral("0.5"),
                    QStringLiteral("--retries"), QStringLiteral("1"), QStringLiteral("--backoff"),
                    QStringLiteral("0.05")});
        QCOMPARE(run.exitCode, 1);
        const QList<QStringList> rows = readCsv(csv());
        QVERIFY(rows.at(1).at(7).startsWith(QLatin1String("stall: ")));
        QCOMPARE(rows.at(1).at(6), QStringLiteral("2"));
        QVERIFY(rows.at(2).at(7).startsWith(QLatin1String("timeout: ")));
        QVERIFY(summary(run).captured(4).toInt() < 5000);
    }

    void formulaCellsAreNeutralised()
    {
        const QString value = QString::fromLatin1(
            QUrl::toPercentEncoding(QStringLiteral("attachment; filename=\"=cmd|calc.csv\"")));
        const QString list = writeList({url(QStringLiteral("/cd?size=3&value=") + value)});
        const Run run = fanout({QStringLiteral("--headless"), list, QStringLiteral("-o"), out(),
                                QStringLiteral("--csv"), csv()});
        QCOMPARE(run.exitCode, 0);
        QFile file(csv());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(",=") && !text.contains("\n="));
    }

    void credentialsStayOutOfEverything()
    {
        QString secret = url(QStringLiteral("/file?size=10"));
        secret.replace(QLatin1String("http://"), QLatin1String("http://user:topsecret@"));
        QString failing = url(QStringLiteral("/status?code=500"));
        failing.replace(QLatin1String("http://"), QLatin1String("http://u2:alsosecret@"));
        const QString list = writeList({secret, failing});
        const Run run = fanout({QStringLiteral("--headless"), list, QStringLiteral("-o"), out(),
                                QStringLiteral("--csv"), csv(), QStringLiteral("--retries"),
                                QStringLiteral("0")});
        QCOMPARE(run.exitCode, 1);
        QFile file(csv());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString all = QString::fromUtf8(file.readAll()) + run.out + run.err;
        QVERIFY(!all.contains(QLatin1String("topsecret")));
        QVERIFY(!all.contains(QLatin1String("alsosecret")));
        QVERIFY(all.contains(url(QStringLiteral("/file?size=10"))));
    }

    void interruptStillWritesTheCsv()
    {
        QStringList lines;
        for (int i = 0; i < 4; ++i)
            lines << url(QStringLiteral("/silent?i=%1").arg(i));
        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        process.start(m_binary, {QStringLiteral("--headless"), writeList(lines),
                                 QStringLiteral("-o"), out(), QStringLiteral("--csv"), csv()});
        QVERIFY(process.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return m_server.requestCount() == 4; }, 10000));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        const QList<QStringList> rows = readCsv(csv());
        QCOMPARE(rows.size(), 5);
        for (int i = 1; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).at(2), QStringLiteral("cancelled"));
        QVERIFY(QDir(out()).entryList(QDir::Files).isEmpty()); // no part files left
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
