// PartAtOffsets with SegmentPlan and FileSink: ranges written out of order land where they
// belong in a preallocated part file, the SHA-256 is of the whole file in order (read back
// from the file, never put together from ranges hashed apart), the ranges done survive in
// `.part.meta` (RangedCheckpoint: the periodic save synced and written on its own thread, its
// failure reported), and a full disk during a range is an error, not a corrupt file.

#include "filesink.h"
#include "namereservations.h"
#include "partatoffsets.h"
#include "rangedcheckpoint.h"
#include "resumenegotiation.h"
#include "segmentplan.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace {

constexpr qint64 kTotal = 3 * 1024 * 1024 + 123;

QByteArray hexOf(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPartAtOffsets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangesOutOfOrderMakeTheWholeFile()
    {
        QTemporaryDir dir;
        NameReservations names;
        FileSink sink(&names, dir.path(), false);
        QString error;
        QVERIFY(sink.open(QStringLiteral("big.bin"), &error));
        PartAtOffsets part(&sink);
        QVERIFY2(part.open(kTotal, &error), qPrintable(error));
        QCOMPARE(QFileInfo(sink.partPath()).size(), kTotal); // preallocated

        const QByteArray body = TestServer::body(kTotal, 5);
        SegmentPlan plan(kTotal, 256 * 1024);
        const int second = plan.claim();
        const int third = plan.claim();
        // The later ranges first, in small pieces, then the first range.
        for (const int id : {third, second, 0}) {
            while (!plan.range(id).finished()) {
                const qint64 at = plan.range(id).next();
                const qint64 n = std::min<qint64>(100000, plan.range(id).end - at);
                QVERIFY2(part.write(at, body.constData() + at, n, &error), qPrintable(error));
                plan.advance(id, n);
                QVERIFY(part.catchUp(plan.prefix(), &error));
                QCOMPARE(sink.bytes(), plan.prefix());
            }
        }
        QVERIFY(plan.complete());
        QVERIFY(part.sync(&error));
        part.close();
        QVERIFY2(sink.commit(kTotal, &error), qPrintable(error));
        QCOMPARE(sink.sha256Hex(), hexOf(body));
        QCOMPARE(readAll(sink.filePath()), body);
    }

    void digestIsOfWhatTheFileHolds()
    {
        // Bytes past the prefix are hashed from the file, not from what a range received:
        // change them on disk before the prefix reaches them and the digest says so.
        QTemporaryDir dir;
        NameReservations names;
        FileSink sink(&names, dir.path(), false);
        QString error;
        QVERIFY(sink.open(QStringLiteral("f.bin"), &error));
        PartAtOffsets part(&sink);
        QVERIFY(part.open(1000, &error));
        QByteArray body = TestServer::body(1000);
        QVERIFY(part.write(500, body.constData() + 500, 500, &error));
        QVERIFY(part.write(500, "XY", 2, &error)); // the range's bytes replaced on disk
        QVERIFY(part.write(0, body.constData(), 500, &error));
        QVERIFY(part.catchUp(1000, &error));
        part.close();
        QVERIFY(sink.commit(1000, &error));
        body.replace(500, 2, "XY");
        QCOMPARE(sink.sha256Hex(), hexOf(body));
    }

    void doneRangesSurviveInTheSidecar()
    {
        QTemporaryDir dir;
        NameReservations names;
        FileSink sink(&names, dir.path(), false);
        QString error;
        QVERIFY(sink.open(QStringLiteral("m.bin"), &error));
        QVERIFY(sink.write("0123456789", 10, &error));
        FileSink::PartMeta meta;
        meta.url = QStringLiteral("http://h/m.bin");
        meta.etag = "\"v1\"";
        meta.total = 1000;
        meta.ranged = true;
        meta.done = "0-99,500-749";
        QVERIFY(sink.writeMeta(meta, &error));
        sink.keep();
        const QString partPath = FileSink::partPathOf(dir.path(), QStringLiteral("m.bin"));
        QVERIFY(readAll(partPath + QStringLiteral(".meta")).startsWith("fanout-part 2\n"));
        const auto read = FileSink::readMeta(partPath);
        QVERIFY(read);
        QVERIFY(read->ranged);
        QCOMPARE(read->done, QByteArray("0-99,500-749"));
        QCOMPARE(read->total, 1000);
        QVERIFY(SegmentPlan::parseDone(read->done, read->total));
        // Its size says nothing of what is done: never appended to; its first missing range is
        // asked for, the ranges done are kept.
        ResumeNegotiation resume;
        resume.lookFor(dir.path(), QStringLiteral("m.bin"), meta.url);
        QVERIFY(resume.isRanged());
        QCOMPARE(resume.rangeHeader(), QByteArray("bytes=100-499"));
        QCOMPARE(resume.doneRanges().size(), 2);
        meta.ranged = false; // the same part as a sequential one is continued at its size
        QVERIFY(sink.writeMeta(meta, &error));
        resume.lookFor(dir.path(), QStringLiteral("m.bin"), meta.url);
        QVERIFY(!resume.isRanged());
        QCOMPARE(resume.from(), 10);
    }

    void periodicCheckpointOnItsOwnThread()
    {
        QTemporaryDir dir;
        NameReservations names;
        FileSink sink(&names, dir.path(), false);
        QString error;
        QVERIFY(sink.open(QStringLiteral("c.bin"), &error));
        FileSink::PartMeta meta;
        meta.url = QStringLiteral("http://h/c.bin");
        meta.etag = "\"v1\"";
        meta.total = kTotal;
        QVERIFY(sink.writeMeta(meta, &error)); // a validator: the part may be continued
        PartAtOffsets part(&sink);
        RangedCheckpoint checkpoint(&sink, &part);
        QVERIFY2(checkpoint.start(&error), qPrintable(error));
        QVERIFY(checkpoint.active());
        QVERIFY2(part.open(kTotal, &error), qPrintable(error));
        const QString metaPath = sink.partPath() + QStringLiteral(".meta");
        const QByteArray body = TestServer::body(kTotal, 7);
        SegmentPlan plan(kTotal, 256 * 1024);
        QVERIFY(part.write(0, body.constData(), 100000, &error));
        plan.advance(0, 100000);
        QVERIFY(checkpoint.save(plan, false, &error)); // not due yet: nothing claimed
        QVERIFY(checkpoint.wait(&error));
        QCOMPARE(FileSink::readMeta(sink.partPath())->done, QByteArray());
        QTest::qWait(RangedCheckpoint::intervalMs + 50);
        QVERIFY(checkpoint.save(plan, false, &error)); // due: synced and written over there
        QVERIFY2(checkpoint.wait(&error), qPrintable(error));
        QCOMPARE(FileSink::readMeta(sink.partPath())->done, QByteArray("0-99999"));
        QVERIFY(readAll(metaPath).startsWith("fanout-part 2\n"));

        // A sidecar that cannot be replaced (a folder in its place): the failure comes back.
        QVERIFY(QFile::remove(metaPath));
        QVERIFY(QDir().mkdir(metaPath));
        QVERIFY(part.write(100000, body.constData() + 100000, 100000, &error));
        plan.advance(0, 100000);
        QTest::qWait(RangedCheckpoint::intervalMs + 50);
        QVERIFY(checkpoint.save(plan, false, &error)); // started; its end is not awaited here
        QVERIFY(!checkpoint.wait(&error));
        QVERIFY2(error.contains(QLatin1String("cannot write")), qPrintable(error));
        QVERIFY(checkpoint.wait(&error)); // told once
        // A forced save is not due: it starts at once, after the one in flight, and fails the
        // same way.
        QVERIFY(part.write(200000, body.constData() + 200000, 1000, &error));
        plan.advance(0, 1000);
        QVERIFY(checkpoint.save(plan, true, &error));
        QVERIFY(!checkpoint.wait(&error));
        QVERIFY2(error.contains(QLatin1String("cannot write")), qPrintable(error));
        part.close();
        QVERIFY(QDir().rmdir(metaPath));
        sink.discard();
    }

    void fullDiskDuringARangeIsAnError()
    {
        // A file size limit stands in for a full disk: writes past it fail (EFBIG) like ENOSPC.
        QTemporaryDir dir;
        NameReservations names;
        FileSink sink(&names, dir.path(), false);
        QString error;
        QVERIFY(sink.open(QStringLiteral("d.bin"), &error));
        PartAtOffsets part(&sink);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const bool reserved = part.open(kTotal, &error); // cannot even be reserved
        const QString reserveError = error;
        small.rlim_cur = old.rlim_cur;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        QVERIFY(!reserved);
        QVERIFY2(reserveError.startsWith(u"cannot write"), qPrintable(reserveError));

        QVERIFY(part.open(kTotal, &error));
        const QByteArray piece(4096, 'x');
        small.rlim_cur = 64 * 1024; // the disk fills after the file was reserved
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const bool early = part.write(0, piece.constData(), piece.size(), &error);
        const bool late = part.write(kTotal / 2, piece.constData(), piece.size(), &error);
        small.rlim_cur = old.rlim_cur;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(early);
        QVERIFY(!late);
        QVERIFY2(error.startsWith(u"cannot write"), qPrintable(error));
        QCOMPARE(sink.bytes(), piece.size()); // only what was written in order is counted
    }
};

QTEST_GUILESS_MAIN(TestPartAtOffsets)
#include "tst_partatoffsets.moc"
