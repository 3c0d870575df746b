// A body fetched in ranges survives kill -9 (issue 17), end to end with the real binary and
// from the server's side: killed at random moments (the seed is printed), each rerun of the
// same command asks only for bytes its `.part.meta` did not list as done, and the file comes
// out whole; an entity that changed between the runs is fetched whole, new; a resume with
// ranges turned off fetches every missing range in one request at a time; a disk that fills
// up while ranges are written fails that item as `disk`, the others go on.
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "enginebatch.h"
#include "fanoutprocess.h"
#include "filesink.h"
#include "rangedresource.h"
#include "requestlog.h"
#include "segmentoptions.h"
#include "segmentplan.h"
#include "sha256.h"
#include "testserver.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using TestSupport::fileSha256;
using TestSupport::filesIn;

class TestSegmentResume final : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 size = 12 * 1024 * 1024;

    QString out() const { return m_dir->filePath(u"out"_s); }
    QString part() const { return FileSink::partPathOf(out(), u"ranged"_s); }
    QString csv() const { return m_dir->filePath(u"r.csv"_s); }
    QStringList command(const QString &list, const QString &segments = u"auto"_s) const
    {
        return {
            u"--headless"_s, list,   u"-o"_s,         out(),    u"--csv"_s,         csv(),  u"-q"_s,
            u"--retries"_s,  u"0"_s, u"--segments"_s, segments, u"--segment-min"_s, u"1M"_s};
    }
    QString writeList(const QString &target) const
    {
        return FanoutProcess::writeFile(m_dir->filePath(u"list.txt"_s), {target});
    }
    QProcess *start(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        process->setWorkingDirectory(m_dir->path());
        process->start(FanoutProcess::binary(), arguments);
        return process;
    }
    // The bytes the part's sidecar claims done, as a rerun finds them.
    QList<SegmentPlan::Done> claimedDone() const
    {
        const auto meta = FileSink::readMeta(part());
        if (!meta)
            return {};
        if (!meta->ranged) {
            const qint64 have = QFileInfo(part()).size();
            return have > 0 ? QList<SegmentPlan::Done>{{0, have - 1}} : QList<SegmentPlan::Done>{};
        }
        return SegmentPlan::parseDone(meta->done, meta->total).value_or(QList<SegmentPlan::Done>{});
    }
    // Waits until the sidecar lists at least `ranges` ranges done (at most `timeoutMs`).
    bool waitForDone(int ranges, int timeoutMs = 20000) const
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            const auto meta = FileSink::readMeta(part());
            if (meta && meta->ranged && claimedDone().size() >= ranges)
                return true;
            QTest::qWait(20);
        }
        return false;
    }
    void kill(QProcess *process)
    {
        process->kill(); // SIGKILL
        process->waitForFinished(10000);
        delete process;
    }
    // Every /ranged request since `fromSerial` asked only bytes outside `done`; none from zero
    // unless nothing was done. Returns how many bytes they asked for.
    qint64 checkAskedOnlyMissing(const QList<SegmentPlan::Done> &done, quint64 fromSerial,
                                 qint64 entitySize)
    {
        qint64 asked = 0;
        for (const RecordedRequest &r : m_server.requests()) {
            if (r.path != u"/ranged" || r.serial < fromSerial || r.query.hasQueryItem(u"bump"_s))
                continue;
            const QByteArray header = r.header("Range");
            ByteRange range{0, entitySize - 1};
            if (!header.isNull()) {
                const RangeAsk ask = parseRange(header, entitySize);
                if (!ask.valid)
                    return -1;
                range = ask.range;
            }
            for (const SegmentPlan::Done &d : done) {
                if (range.first <= d.last && d.first <= range.last) {
                    qWarning("asked %s again; done %lld-%lld", header.constData(), d.first, d.last);
                    return -1;
                }
            }
            asked += range.last - range.first + 1;
        }
        return asked;
    }
    void checkCompleted(int seed)
    {
        const QString file = QDir(out()).filePath(u"ranged"_s);
        QCOMPARE(QFileInfo(file).size(), size);
        QCOMPARE(fileSha256(file), sha256Of(TestServer::body(size, seed)));
        QCOMPARE(filesIn(out()), QStringList{u"ranged"_s}); // no .part, no .part.meta
        const QList<QByteArray> rows = FanoutProcess::readText(csv()).toUtf8().split('\n');
        QVERIFY2(rows.value(1).contains(",ok,"), rows.value(1).constData());
    }
    static QByteArray sha256Of(const QByteArray &bytes)
    {
        Sha256 hash;
        hash.addData(bytes.constData(), bytes.size());
        return hash.hex();
    }
    quint64 nextSerial() const
    {
        const QList<RecordedRequest> all = m_server.requests();
        return all.isEmpty() ? 0 : all.last().serial + 1;
    }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(QFileInfo(FanoutProcess::binary()).isExecutable());
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server.resetStats();
    }

    // A part as a killed run leaves it: its whole size, the ranges `done` of body(size, 1)
    // in place and zeros elsewhere, and a v2 sidecar listing them.
    void plantRangedPart(const QString &url, const QList<SegmentPlan::Done> &done,
                         const QString &name = u"ranged"_s)
    {
        QVERIFY(QDir().mkpath(out()));
        const QByteArray body = TestServer::body(size, 1);
        QByteArray bytes(size, '\0');
        QByteArray text;
        for (const SegmentPlan::Done &d : done) {
            bytes.replace(d.first, d.last - d.first + 1, body.mid(d.first, d.last - d.first + 1));
            text += (text.isEmpty() ? "" : ",") + QByteArray::number(d.first) + '-' +
                    QByteArray::number(d.last);
        }
        QFile file(FileSink::partPathOf(out(), name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QFile meta(file.fileName() + u".meta"_s);
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write("fanout-part 2\nurl " + url.toUtf8().toPercentEncoding() +
                   "\netag %22v1%22\nlast-modified \ntotal " + QByteArray::number(size) +
                   "\ndone " + text + '\n');
    }

    void plantedRangedPartAsksOnlyItsGaps_data()
    {
        QTest::addColumn<QList<SegmentPlan::Done>>("done");
        QTest::addColumn<int>("segments");
        QTest::addColumn<QByteArrayList>("firstRanges");
        const qint64 mib = 1024 * 1024;
        const QList<SegmentPlan::Done> gaps{{0, mib - 1}, {3 * mib, 4 * mib - 1}};
        QTest::newRow("gaps, ranges off")
            << gaps << 1 << QByteArrayList{"bytes=1048576-3145727", "bytes=4194304-12582911"};
        QTest::newRow("gaps, ranges on") << gaps << 0 << QByteArrayList{"bytes=1048576-3145727"};
        QTest::newRow("none at the start")
            << QList<SegmentPlan::Done>{{2 * mib, 5 * mib - 1}} << 1
            << QByteArrayList{"bytes=0-2097151", "bytes=5242880-12582911"};
        QTest::newRow("nothing done yet")
            << QList<SegmentPlan::Done>{} << 1 << QByteArrayList{"bytes=0-12582911"};
        QTest::newRow("every range done: the 416 finishes it")
            << QList<SegmentPlan::Done>{{0, size - 1}} << 1 << QByteArrayList{"bytes=12582912-"};
    }
    void plantedRangedPartAsksOnlyItsGaps()
    {
        QFETCH(QList<SegmentPlan::Done>, done);
        QFETCH(int, segments);
        QFETCH(QByteArrayList, firstRanges);
        const QString target = m_server.urlString(u"/ranged?size=%1&seed=1"_s.arg(size));
        plantRangedPart(target, done);
        EngineOptions o = segmentTestOptions(out());
        o.segments = segments;
        EngineBatch batch(o);
        batch.add({target});
        QVERIFY(batch.run(60000));
        QVERIFY2(batch.result(0).isOk(), qPrintable(batch.result(0).error()));
        QByteArrayList asked;
        for (const RecordedRequest &r : m_server.requests()) {
            asked.append(r.header("Range"));
            QCOMPARE(r.header("If-Range"), QByteArray("\"v1\""));
        }
        QCOMPARE(asked.mid(0, firstRanges.size()), firstRanges);
        qint64 doneBytes = 0;
        for (const SegmentPlan::Done &d : done)
            doneBytes += d.last - d.first + 1;
        const qint64 missing = checkAskedOnlyMissing(done, 0, size);
        QVERIFY(missing >= size - doneBytes);
        QVERIFY(missing > 0 || doneBytes == size);
        const QString file = QDir(out()).filePath(u"ranged"_s);
        QCOMPARE(fileSha256(file), sha256Of(TestServer::body(size, 1)));
        QCOMPARE(filesIn(out()), QStringList{u"ranged"_s});
    }

    void partNamedByTheSessionIsContinuedInRanges()
    {
        // The window's resume names the part its journal recorded (AttemptSpec::resumeName),
        // whatever URL its sidecar names: the same path as a rerun of the command.
        const qint64 mib = 1024 * 1024;
        const QList<SegmentPlan::Done> done{{0, mib - 1}, {3 * mib, 4 * mib - 1}};
        plantRangedPart(u"http://old.example/ranged"_s, done, u"saved.bin"_s);
        EngineBatch batch(segmentTestOptions(out()));
        const QString target = m_server.urlString(u"/ranged?size=%1&seed=1"_s.arg(size));
        batch.ids += batch.engine.add(UrlList::parse(target).entries(), {u"saved.bin"_s});
        QVERIFY(batch.run(60000));
        QVERIFY2(batch.result(0).isOk(), qPrintable(batch.result(0).error()));
        QCOMPARE(m_server.requests().value(0).header("Range"), QByteArray("bytes=1048576-3145727"));
        QVERIFY(checkAskedOnlyMissing(done, 0, size) >= 0);
        QCOMPARE(fileSha256(QDir(out()).filePath(u"saved.bin"_s)),
                 sha256Of(TestServer::body(size, 1)));
        QCOMPARE(filesIn(out()), QStringList{u"saved.bin"_s});
    }

    void killedAtRandomMomentsAsksOnlyWhatIsMissing()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u (kill moments)", seed);
        QRandomGenerator random(seed);
        const QString list =
            writeList(m_server.urlString(u"/ranged?size=%1&seed=7&rate=500000"_s.arg(size)));
        int resumedWithRanges = 0;
        for (int round = 0; round < 5; ++round) {
            const QList<SegmentPlan::Done> done = claimedDone();
            if (done.size() > 1 || (done.size() == 1 && done.first().first > 0))
                ++resumedWithRanges; // bytes done further on than a plain part could say
            m_server.resetStats();
            QProcess *process = start(command(list));
            bool ended = true;
            if (round < 4) {
                const int ms = int(random.bounded(400, 3000));
                ended = process->waitForFinished(ms);
                if (!ended) {
                    kill(process);
                    process = nullptr;
                }
            } else {
                QVERIFY(process->waitForFinished(60000));
            }
            const qint64 asked = checkAskedOnlyMissing(done, 0, size);
            QVERIFY2(asked >= 0, qPrintable(u"round %1"_s.arg(round)));
            qInfo("round %d: %lld ranges done before it, %lld bytes asked, %s", round,
                  qint64(done.size()), asked, ended ? "ended" : "killed");
            if (ended) {
                QCOMPARE(process->exitCode(), 0);
                delete process;
                break;
            }
        }
        checkCompleted(7);
        QVERIFY(resumedWithRanges >= 1); // else no rerun had ranges to continue
    }

    void changedEntityIsFetchedWholeAndNew()
    {
        const QString target =
            u"/ranged?size=%1&seed=3&rate=500000&changeafter=100&key=change"_s.arg(size);
        const QString list = writeList(m_server.urlString(target));
        QProcess *process = start(command(list));
        QVERIFY(waitForDone(2));
        kill(process);
        QVERIFY(!claimedDone().isEmpty());
        // The entity changes now: the counter of its key is pushed to its 100th request.
        int seen = 0;
        for (const RecordedRequest &r : m_server.requests())
            seen += r.path == u"/ranged" ? 1 : 0;
        QNetworkAccessManager nam;
        for (int i = seen; i < 100; ++i) {
            QNetworkReply *reply =
                nam.get(QNetworkRequest(m_server.urlString(u"/ranged?size=1&bump=1&key=change&"
                                                           "changeafter=100"_s)));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(5000));
            reply->deleteLater();
        }
        const quint64 from = nextSerial();
        process = start(command(list));
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitCode(), 0);
        delete process;
        checkCompleted(4); // the new entity's body (newseed: seed + 1), nothing of the old one
        bool askedWithIfRange = false;
        for (const RecordedRequest &r : m_server.requests())
            askedWithIfRange |= r.serial >= from && r.header("If-Range") == "\"v1\"";
        QVERIFY(askedWithIfRange); // the rerun did try to continue the old entity
    }

    void resumeWithRangesOffFetchesEveryMissingRange()
    {
        const QString list =
            writeList(m_server.urlString(u"/ranged?size=%1&seed=9&rate=500000"_s.arg(size)));
        QProcess *process = start(command(list));
        QVERIFY(waitForDone(2));
        kill(process);
        const QList<SegmentPlan::Done> done = claimedDone();
        QVERIFY(done.size() >= 2);
        m_server.resetStats();
        const FanoutProcess::Run run = FanoutProcess::run(m_dir->path(), command(list, u"1"_s));
        QCOMPARE(run.exitCode, 0);
        qint64 doneBytes = 0;
        for (const SegmentPlan::Done &d : done)
            doneBytes += d.last - d.first + 1;
        // Exactly what was missing, one request at a time.
        QCOMPARE(checkAskedOnlyMissing(done, 0, size), size - doneBytes);
        QCOMPARE(
            RequestLog::peakInFlight(m_server.requests(),
                                     [](const RecordedRequest &r) { return r.path == u"/ranged"; }),
            1);
        checkCompleted(9);
    }

    void diskFullWhileRangesAreWritten()
    {
        const QString list = FanoutProcess::writeFile(
            m_dir->filePath(u"list.txt"_s),
            {m_server.urlString(u"/file?size=1000&name=small1.bin"_s),
             m_server.urlString(u"/ranged?size=%1&seed=2&rate=2000000"_s.arg(size)),
             m_server.urlString(u"/file?size=2000&name=small2.bin"_s)});
        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        // dash's ulimit -f counts 512-byte blocks: 4 MiB, a third of the body.
        process.start(u"/bin/sh"_s, QStringList{u"-c"_s, u"ulimit -f 8192 && exec \"$0\" \"$@\""_s,
                                                FanoutProcess::binary()} +
                                        command(list));
        QVERIFY(process.waitForFinished(30000)); // no hang
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QList<QByteArray> rows = FanoutProcess::readText(csv()).toUtf8().split('\n');
        QByteArray failedRow;
        int ok = 0;
        for (const QByteArray &row : rows) {
            ok += row.contains(",ok,") ? 1 : 0;
            if (row.contains("/ranged"))
                failedRow = row;
        }
        QCOMPARE(ok, 2);
        QVERIFY2(failedRow.contains(",failed,") && failedRow.contains("disk: "),
                 failedRow.constData());
        QVERIFY2(failedRow.contains("File too large"), failedRow.constData());
        // Nothing outside the output folder but what the test wrote.
        QStringList outside;
        for (const QString &name : filesIn(m_dir->path())) {
            if (!name.startsWith(u"out/"_s))
                outside.append(name);
        }
        outside.sort();
        QCOMPARE(outside, (QStringList{u"list.txt"_s, u"r.csv"_s}));
        QVERIFY(QFileInfo::exists(QDir(out()).filePath(u"small1.bin"_s)));
        QVERIFY(QFileInfo::exists(QDir(out()).filePath(u"small2.bin"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSegmentResume)
#include "tst_segmentresume.moc"
