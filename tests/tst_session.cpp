// Sessions survive kill -9: the headless program is killed in the middle of a batch of large and
// small files, started again on the same session, and every file ends complete and right, with
// no finished file fetched twice.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "sessionjournal.h"
#include "testserver.h"

class TestSession final : public QObject
{
    Q_OBJECT

private:
    QProcess *startFanout(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        process->setWorkingDirectory(m_dir->path());
        // Its own record of completed downloads, not the user's.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_dir->filePath(QStringLiteral("data")));
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(m_binary, arguments);
        return process;
    }
    int countRequests(const QString &path, const QString &needle) const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server.requests()) {
            if (r.path == path && QString::fromUtf8(r.target).contains(needle))
                ++n;
        }
        return n;
    }

    QString m_binary;
    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("FANOUT_BINARY");
        QVERIFY(QFileInfo(m_binary).isExecutable());
        QVERIFY(m_server.start());
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server.resetStats();
    }

    void killNineThenResume()
    {
        constexpr qint64 large = 600000;
        QStringList lines;
        for (int i = 0; i < 6; ++i)
            lines << m_server.urlString(
                QStringLiteral("/file?size=%1&seed=%2&name=small%2.bin").arg(3000 + i).arg(i));
        for (int i = 0; i < 2; ++i)
            lines << m_server.urlString(
                QStringLiteral("/ranged?size=%1&seed=0&drip=30000&interval=50&name=large%2")
                    .arg(large)
                    .arg(i));
        const QString list = m_dir->filePath(QStringLiteral("list.txt"));
        QFile listFile(list);
        QVERIFY(listFile.open(QIODevice::WriteOnly));
        listFile.write(lines.join(QLatin1Char('\n')).toUtf8());
        listFile.close();
        const QString session = m_dir->filePath(QStringLiteral("batch.session"));
        const QString out = m_dir->filePath(QStringLiteral("out"));
        const QString csv = m_dir->filePath(QStringLiteral("r.csv"));
        const QStringList common{QStringLiteral("--headless"), QStringLiteral("--session"), session,
                                 QStringLiteral("-q"),         QStringLiteral("--csv"),     csv,
                                 QStringLiteral("--no-skip")};

        QProcess *first = startFanout(common + QStringList{list, QStringLiteral("-o"), out});
        QVERIFY(first->waitForStarted());
        // Wait until the small files are done and the large ones are well on their way.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto s = SessionJournal::load(session, nullptr);
                return s && s->results.size() >= 6 &&
                       QFileInfo(out + QStringLiteral("/ranged.part")).size() > 100000;
            },
            20000));
        ::kill(pid_t(first->processId()), SIGKILL);
        QVERIFY(first->waitForFinished(5000));
        QCOMPARE(first->exitStatus(), QProcess::CrashExit);
        const int smallRequestsBefore = countRequests(QStringLiteral("/file"), QString());
        QCOMPARE(smallRequestsBefore, 6);

        QProcess *second = startFanout(common); // the session knows the list and the folder
        QVERIFY(second->waitForFinished(60000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);

        // No finished file was fetched twice; the large ones continued with Range.
        QCOMPARE(countRequests(QStringLiteral("/file"), QString()), 6);
        int ranged = 0;
        for (const RecordedRequest &r : m_server.requests()) {
            if (r.path == QLatin1String("/ranged") && !r.header("Range").isNull()) {
                ++ranged;
                QVERIFY(r.header("Range") != "bytes=0-");
            }
        }
        QVERIFY2(ranged >= 1, "a large file should have been resumed, not started again");
        for (int i = 0; i < 6; ++i) {
            QFile f(QDir(out).filePath(QStringLiteral("small%1.bin").arg(i)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), TestServer::body(3000 + i, i));
        }
        const QStringList files = QDir(out).entryList(QDir::Files);
        QCOMPARE(files.size(), 8);
        for (const QString &name : files) {
            if (!name.startsWith(QLatin1String("ranged")))
                continue;
            QFile f(QDir(out).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&f);
            QCOMPARE(QString::fromLatin1(hash.result().toHex()), TestServer::sha256Hex(large));
        }
        // The CSV of the resumed run covers the whole list, in order.
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 9);
        for (const QByteArray &row : rows.mid(1))
            QVERIFY2(row.contains(",ok,"), row.constData());
    }

    void killNineAtARandomMomentThenResume()
    {
        // Many small items, killed at a random point: every item ends exactly once in the CSV,
        // what the journal had finished is not fetched again, and resuming compacts the
        // journal instead of growing it.
        constexpr int count = 3000;
        QStringList urls;
        for (int i = 0; i < count; ++i)
            urls << m_server.urlString(
                QStringLiteral("/file?size=%1&seed=%2&name=f%2.bin").arg(100 + i % 50).arg(i));
        const QString list = m_dir->filePath(QStringLiteral("list.txt"));
        QFile listFile(list);
        QVERIFY(listFile.open(QIODevice::WriteOnly));
        listFile.write(urls.join(QLatin1Char('\n')).toUtf8());
        listFile.close();
        const QString session = m_dir->filePath(QStringLiteral("batch.session"));
        const QString out = m_dir->filePath(QStringLiteral("out"));
        const QString csv = m_dir->filePath(QStringLiteral("r.csv"));
        const QStringList common{QStringLiteral("--headless"),
                                 QStringLiteral("--session"),
                                 session,
                                 QStringLiteral("-q"),
                                 QStringLiteral("-j"),
                                 QStringLiteral("8"),
                                 QStringLiteral("--csv"),
                                 csv};

        const int killAfter = int(QRandomGenerator::global()->bounded(100, count - 500));
        QProcess *first = startFanout(common + QStringList{list, QStringLiteral("-o"), out});
        QVERIFY(first->waitForStarted());
        QVERIFY(QTest::qWaitFor(
            [&] {
                QFile journal(session);
                if (!journal.open(QIODevice::ReadOnly))
                    return false;
                return journal.readAll().count("\"r\":") >= killAfter;
            },
            60000));
        ::kill(pid_t(first->processId()), SIGKILL);
        QVERIFY(first->waitForFinished(5000));
        QCOMPARE(first->exitStatus(), QProcess::CrashExit);
        const auto killed = SessionJournal::load(session, nullptr);
        QVERIFY(killed);
        QSet<QString> finishedBefore;
        for (auto it = killed->results.cbegin(); it != killed->results.cend(); ++it) {
            if (it.value().isOk())
                finishedBefore.insert(urls[it.key()]);
        }
        QVERIFY2(finishedBefore.size() >= killAfter, qPrintable(QString::number(killAfter)));

        QProcess *second = startFanout(common);
        QVERIFY(second->waitForFinished(120000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);

        QHash<QString, int> requests;
        for (const RecordedRequest &r : m_server.requests())
            ++requests[m_server.urlString(QString::fromUtf8(r.target))];
        for (const QString &url : std::as_const(finishedBefore))
            QVERIFY2(requests.value(url) == 1, qPrintable(url));
        // At most the items in flight at the kill are asked for again.
        int total = 0;
        for (const int n : std::as_const(requests))
            total += n;
        QVERIFY2(total <= count + 8, qPrintable(QString::number(total)));

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), count + 1);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(QString::fromUtf8(rows[i + 1].left(rows[i + 1].indexOf(','))), urls[i]);
            QVERIFY2(rows[i + 1].contains(",ok,"), rows[i + 1].constData());
        }
        // What had finished is where it was, once. (An item in flight at the kill may leave a
        // part file the journal had not heard of yet.)
        const QStringList files = QDir(out).entryList(QDir::Files);
        QVERIFY(files.size() <= count + 2 * 8);
        for (int i = 0; i < count; ++i) {
            if (!finishedBefore.contains(urls[i]))
                continue;
            QVERIFY(files.contains(QStringLiteral("f%1.bin").arg(i)));
            QVERIFY(!files.contains(QStringLiteral("f%1 (1).bin").arg(i)));
        }

        // Resuming a finished batch again rewrites the journal with each item's latest result
        // once instead of appending to it.
        const auto resumed = SessionJournal::load(session, nullptr);
        QVERIFY(resumed);
        QCOMPARE(resumed->results.size(), count);
        const qint64 size = QFileInfo(session).size();
        QProcess *third = startFanout(common);
        QVERIFY(third->waitForFinished(60000));
        QCOMPARE(third->exitCode(), 0);
        QVERIFY(QFileInfo(session).size() <= size);
        QFile journal(session);
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray text = journal.readAll();
        QCOMPARE(text.count("\"r\":"), count);
        QCOMPARE(text.count("\"p\":"), 0); // finished items keep no part file record
    }

    void compactKeepsLatestResultsAndOpenParts()
    {
        const QString path = m_dir->filePath(QStringLiteral("c.session"));
        SessionJournal::Session session;
        session.outputDir = QStringLiteral("/tmp/out");
        session.lines = {QStringLiteral("http://a/0"), QStringLiteral("http://a/1\tname.bin"),
                         QStringLiteral("http://a/2")};
        session.parts = {{0, QStringLiteral("0.part")}, {1, QStringLiteral("1.part")}};
        Result ok;
        ok.outcome = Outcome::Ok;
        ok.url = QStringLiteral("http://a/0");
        ok.bytes = 5;
        Result failed;
        failed.outcome = Outcome::Failed;
        failed.errorKind = ErrorKind::Http;
        failed.httpStatus = 503;
        session.results = {{0, ok}, {1, failed}};
        {
            // A journal that grew: the same items recorded again and again.
            SessionJournal journal;
            QString error;
            QVERIFY(journal.create(path, session, &error));
            for (int i = 0; i < 100; ++i) {
                journal.recordPart(1, QStringLiteral("1.part"));
                journal.recordResult(1, failed);
            }
        }
        const qint64 grown = QFileInfo(path).size();
        const auto loaded = SessionJournal::load(path);
        QVERIFY(loaded);
        QString error;
        QVERIFY2(SessionJournal::compact(path, *loaded, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() < grown / 4);
        const auto compacted = SessionJournal::load(path);
        QVERIFY(compacted);
        QCOMPARE(compacted->outputDir, session.outputDir);
        QCOMPARE(compacted->lines, session.lines);
        QCOMPARE(compacted->results.size(), 2);
        QCOMPARE(compacted->results.value(0).bytes, 5);
        QCOMPARE(compacted->results.value(1).httpStatus, 503);
        // The finished item's part file is gone from it; the unfinished one keeps its own.
        QCOMPARE(compacted->parts, (QHash<int, QString>{{1, QStringLiteral("1.part")}}));
    }

    void sessionRejectsAnotherList()
    {
        const QString session = m_dir->filePath(QStringLiteral("s"));
        const QString list = m_dir->filePath(QStringLiteral("a.txt"));
        QFile a(list);
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(m_server.urlString(QStringLiteral("/file?size=5")).toUtf8());
        a.close();
        QProcess run;
        run.setWorkingDirectory(m_dir->path());
        run.start(m_binary, {QStringLiteral("--headless"), QStringLiteral("--session"), session,
                             list, QStringLiteral("-q")});
        QVERIFY(run.waitForFinished(20000));
        QCOMPARE(run.exitCode(), 0);
        QFile other(m_dir->filePath(QStringLiteral("b.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("http://example.com/other\n");
        other.close();
        run.start(m_binary, {QStringLiteral("--headless"), QStringLiteral("--session"), session,
                             other.fileName()});
        QVERIFY(run.waitForFinished(20000));
        QCOMPARE(run.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
