// Keeping every byte: part files continued with Range + If-Range, every server answer to that
// (206, 200, 416, a wrong range), expected checksums, and disk trouble.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

#include "enginebatch.h"
#include "filesink.h"
#include "serverfixture.h"
#include "testserver.h"
#include "testsupport.h"

using TestSupport::fileSha256;
using TestSupport::filesIn;

class TestResume final : public ServerFixture
{
    Q_OBJECT

private:
    EngineOptions options() const
    {
        EngineOptions o;
        o.outputDir = m_dir->path();
        o.backoffBaseMs = 20;
        o.backoffMaxMs = 50;
        o.stallTimeoutMs = 500;
        return o;
    }
    QList<RecordedRequest> rangedRequests() const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : m_server.requests()) {
            if (r.path == QLatin1String("/ranged"))
                out.append(r);
        }
        return out;
    }
    // Writes a part file (the first `have` bytes of body(size, seed)) and its sidecar, as an
    // interrupted run would have left them.
    void plantPart(const QString &name, const QString &forUrl, qint64 size, qint64 have,
                   const QByteArray &etag = "\"v1\"")
    {
        QFile part(FileSink::partPathOf(m_dir->path(), name));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(TestServer::body(size).left(have));
        part.close();
        QFile meta(part.fileName() + QStringLiteral(".meta"));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write("fanout-part 1\nurl " + forUrl.toUtf8().toPercentEncoding() + "\netag " +
                   etag.toPercentEncoding() + "\nlast-modified \ntotal " +
                   QByteArray::number(size) + "\n");
    }

private Q_SLOTS:
    void retryContinuesWhereTheLastAttemptStopped_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("connection closed") << "";
        QTest::newRow("stalled") << "&stall=1";
    }
    void retryContinuesWhereTheLastAttemptStopped()
    {
        QFETCH(QString, how);
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/ranged?size=300000&cut=100000&key=a") + how)});
        QVERIFY(batch.run());
        const Result r = batch.result(0);
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.bytes, 300000);
        QCOMPARE(r.sha256, TestServer::sha256Hex(300000));
        QCOMPARE(fileSha256(r.file), TestServer::sha256Hex(300000).toLatin1());
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("ranged")});
        const QList<RecordedRequest> requests = rangedRequests();
        QVERIFY(requests[0].header("Range").isNull());
        // After a close, Qt may first resend the plain request by itself; the engine's own
        // second attempt always asks for the rest only.
        if (how.isEmpty())
            QVERIFY(requests.size() == 2 || requests.size() == 3);
        else
            QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.last().header("Range"), QByteArray("bytes=100000-"));
        QCOMPARE(requests.last().header("If-Range"), QByteArray("\"v1\""));
    }

    void serverThatIgnoresRangeStartsAgain()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/ranged?size=200000&cut=50000&key=b&norange=1&stall=1"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(200000));
        QVERIFY(rangedRequests().last().header("Range") == "bytes=50000-");
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("ranged")});
    }

    void changedResourceStartsAgain()
    {
        // If-Range carries the old ETag; the server has a new one and sends the whole body.
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/ranged?size=200000&cut=50000&key=c&newetag=v2&stall=1"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(200000));
        // (Qt may resend the first request by itself; what matters is the guarded one.)
        const QList<RecordedRequest> requests = rangedRequests();
        QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const RecordedRequest &r) {
            return r.header("If-Range") == "\"v1\"" && r.header("Range") == "bytes=50000-";
        }));
    }

    void wrongContentRangeIsNeverAppended()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/ranged?size=200000&cut=50000&key=d&badstart=10&stall=1"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(200000));
        // The 206 from byte 10 was refused and the body fetched again without Range.
        const QList<RecordedRequest> requests = rangedRequests();
        QCOMPARE(requests.size(), 3);
        QVERIFY(requests[2].header("Range").isNull());
    }

    void wholePartIsFinishedOn416()
    {
        const QString target = url(QStringLiteral("/ranged?size=5000"));
        plantPart(QStringLiteral("ranged"), target, 5000, 5000);
        EngineBatch batch(options());
        batch.add({target});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).bytes, 5000);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(5000));
        QCOMPARE(rangedRequests().size(), 1);
        QCOMPARE(rangedRequests()[0].header("Range"), QByteArray("bytes=5000-"));
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("ranged")});
    }

    void partLongerThanTheResourceStartsAgain()
    {
        const QString target = url(QStringLiteral("/ranged?size=3000"));
        plantPart(QStringLiteral("ranged"), target, 6000, 4000); // 416 with */3000
        EngineBatch batch(options());
        batch.add({target});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(3000));
        QCOMPARE(rangedRequests().size(), 2);
    }

    void reRunResumesTheLeftoverPart()
    {
        const QString target = url(QStringLiteral("/ranged?size=400000"));
        plantPart(QStringLiteral("ranged"), target, 400000, 123456);
        EngineBatch batch(options());
        batch.add({target});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).attempts, 1);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(400000));
        QCOMPARE(rangedRequests()[0].header("Range"), QByteArray("bytes=123456-"));
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("ranged")});
    }

    void partOfAnotherUrlIsLeftAlone()
    {
        plantPart(QStringLiteral("ranged"), url(QStringLiteral("/ranged?size=9")), 9, 4);
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/ranged?size=7000"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QVERIFY(rangedRequests()[0].header("Range").isNull());
        // The other URL's part stays as it was; this download takes the next name.
        QCOMPARE(filesIn(m_dir->path()),
                 (QStringList{QStringLiteral("ranged (1)"), QStringLiteral("ranged.part"),
                              QStringLiteral("ranged.part.meta")}));
        QCOMPARE(QFileInfo(FileSink::partPathOf(m_dir->path(), QStringLiteral("ranged"))).size(),
                 4);
    }

    void cancelledDownloadKeepsItsPart()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/ranged?size=300000&cut=60000&stall=1&key=e"))});
        batch.engine.start();
        QVERIFY(QTest::qWaitFor([&] {
            return std::any_of(batch.updates.cbegin(), batch.updates.cend(),
                               [](const ItemUpdate &u) { return u.received >= 60000; });
        }));
        batch.engine.cancel(batch.ids.first());
        QVERIFY(batch.waitIdle());
        QCOMPARE(batch.result(0).outcome, Outcome::Cancelled);
        QCOMPARE(QFileInfo(FileSink::partPathOf(m_dir->path(), QStringLiteral("ranged"))).size(),
                 60000);
        batch.engine.retry(batch.ids.first());
        QVERIFY(batch.waitIdle());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(300000));
        QCOMPARE(rangedRequests().last().header("Range"), QByteArray("bytes=60000-"));
    }

    void reRunSkipsWhatIsCompleteAndVerified()
    {
        EngineOptions o = options();
        o.completedIndexPath = m_dir->filePath(QStringLiteral("index/completed.tsv"));
        o.outputDir = m_dir->filePath(QStringLiteral("out"));
        const QStringList list{url(QStringLiteral("/file?size=3000&name=a.bin")),
                               url(QStringLiteral("/file?size=4000&name=b.bin"))};
        {
            EngineBatch first(o);
            first.add(list);
            QVERIFY(first.run());
            QVERIFY(!first.result(0).skipped);
        }
        // b.bin changes on disk: it is not verified any more and is fetched again.
        QFile b(QDir(o.outputDir).filePath(QStringLiteral("b.bin")));
        QVERIFY(b.open(QIODevice::ReadWrite));
        b.seek(10);
        b.write("X");
        b.close();
        m_server.resetStats();
        EngineBatch second(o);
        second.add(list);
        QVERIFY(second.run());
        QCOMPARE(second.result(0).outcome, Outcome::Ok);
        QVERIFY(second.result(0).skipped);
        QCOMPARE(second.result(0).sha256, TestServer::sha256Hex(3000));
        QCOMPARE(second.result(0).file, QDir(o.outputDir).filePath(QStringLiteral("a.bin")));
        QCOMPARE(second.result(1).outcome, Outcome::Ok);
        QVERIFY(!second.result(1).skipped);
        QCOMPARE(m_server.requestCount(), 1); // only b.bin went over the network
        QCOMPARE(filesIn(o.outputDir),
                 (QStringList{QStringLiteral("a.bin"), QStringLiteral("b (1).bin"),
                              QStringLiteral("b.bin")}));

        o.skipExisting = false; // --no-skip
        m_server.resetStats();
        EngineBatch third(o);
        third.add({list.first()});
        QVERIFY(third.run());
        QVERIFY(!third.result(0).skipped);
        QCOMPARE(m_server.requestCount(), 1);
    }

    void expectedChecksum_data()
    {
        QTest::addColumn<bool>("right");
        QTest::newRow("matches") << true;
        QTest::newRow("differs") << false;
    }
    void expectedChecksum()
    {
        QFETCH(bool, right);
        const QString sum = right ? TestServer::sha256Hex(2048, 4) : QString(64, QLatin1Char('a'));
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/file?size=2048&seed=4&name=data.bin")) + QLatin1Char('\t') +
                   QStringLiteral("sha256=") + sum});
        QVERIFY(batch.run());
        const Result r = batch.result(0);
        if (right) {
            QCOMPARE(r.outcome, Outcome::Ok);
            QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("data.bin")});
            return;
        }
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(errorKindName(r.errorKind), QStringLiteral("checksum"));
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.file.isEmpty());
        QVERIFY2(r.errorDetail.contains(TestServer::sha256Hex(2048, 4)), qPrintable(r.error()));
        // Kept aside under a name nobody takes for the good file.
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("data.bin.sha256-mismatch")});
    }

    void fileSizeLimitIsADiskErrorAndTheBatchGoesOn()
    {
        const QString binary = qEnvironmentVariable("FANOUT_BINARY");
        QVERIFY(QFileInfo(binary).isExecutable());
        const QString list = m_dir->filePath(QStringLiteral("list.txt"));
        QFile listFile(list);
        QVERIFY(listFile.open(QIODevice::WriteOnly));
        listFile.write((url(QStringLiteral("/ranged?size=2000000&seed=0")) + QLatin1Char('\n') +
                        url(QStringLiteral("/file?size=1000&name=small.bin")))
                           .toUtf8());
        listFile.close();
        const QString out = m_dir->filePath(QStringLiteral("out"));
        const QString csv = m_dir->filePath(QStringLiteral("r.csv"));
        QProcess process;
        // dash's ulimit -f counts 512-byte blocks: 256 KiB.
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral("ulimit -f 512 && exec \"$0\" --headless \"$1\" -o \"$2\" "
                                      "--csv \"$3\" -q --retries 0"),
                       binary, list, out, csv});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csvFile.readAll().split('\n');
        QVERIFY2(rows.value(1).contains(",failed,") && rows.value(1).contains("disk: "),
                 rows.value(1).constData());
        QVERIFY2(rows.value(1).contains("File too large"), rows.value(1).constData());
        QVERIFY(rows.value(2).contains(",ok,"));
        // The part is kept for a resume once the limit is lifted.
        QCOMPARE(QFileInfo(FileSink::partPathOf(out, QStringLiteral("ranged"))).size(), 512 * 512);
    }

    void outputFolderRemovedMidRun()
    {
        // The download that loses its folder fails; the next one makes the folder again (it is
        // not looked up before every file, only when a part file cannot be created).
        const QString out = m_dir->filePath(QStringLiteral("gone"));
        EngineOptions o = options();
        o.outputDir = out;
        o.retries = 0;
        o.maxInFlight = 1;
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/drip?size=20000&chunk=2000&interval=50")),
                   url(QStringLiteral("/file?size=3000&name=after.bin"))});
        batch.engine.start();
        QVERIFY(
            QTest::qWaitFor([&] { return QFileInfo::exists(out + QStringLiteral("/drip.part")); }));
        QVERIFY(QDir(out).removeRecursively());
        QVERIFY(batch.waitIdle());
        QCOMPARE(batch.result(0).outcome, Outcome::Failed);
        QCOMPARE(batch.result(0).errorKind, ErrorKind::Disk);
        QVERIFY2(batch.result(0).errorDetail.contains(QLatin1String("was removed")),
                 qPrintable(batch.result(0).error()));
        QCOMPARE(batch.result(1).outcome, Outcome::Ok);
        QCOMPARE(filesIn(out), QStringList{QStringLiteral("after.bin")});
        QCOMPARE(QFileInfo(out + QStringLiteral("/after.bin")).size(), 3000);
    }

    void outputFolderThatIsAFileFailsEveryDownloadClearly()
    {
        const QString out = m_dir->filePath(QStringLiteral("plain-file"));
        QFile blocker(out);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        EngineOptions o = options();
        o.outputDir = out;
        o.retries = 0;
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/file?size=100&name=a.bin")),
                   url(QStringLiteral("/file?size=100&name=b.bin"))});
        QVERIFY(batch.run());
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(batch.result(i).outcome, Outcome::Failed);
            QCOMPARE(batch.result(i).errorKind, ErrorKind::Disk);
            QVERIFY2(
                batch.result(i).errorDetail.contains(QLatin1String("cannot create output folder")),
                qPrintable(batch.result(i).error()));
        }
        QVERIFY(QFileInfo(out).isFile());
    }
};

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
