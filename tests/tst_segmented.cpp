// Segmented downloads end to end, from the server's side (issue 17): a throttled body fetched
// in ranges is clearly faster than in one request and comes out whole; every range request
// carries Range and If-Range; an entity that changes mid-download, a 200 to a range request and
// a short segment each end in the right file (the new entity when it changed, never a mix), a
// short segment's rest asked again as a range; --per-host holds with ranges in flight.

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "enginebatch.h"
#include "requestlog.h"
#include "segmentoptions.h"
#include "testserver.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

class TestSegmented final : public QObject
{
    Q_OBJECT

private:
    EngineOptions options() const
    {
        EngineOptions o = segmentTestOptions(m_dir->path());
        o.maxInFlight = 8;
        return o;
    }
    QString url(const QString &pathAndQuery) const { return m_server.urlString(pathAndQuery); }
    QList<RecordedRequest> ranged() const { return m_server.requests(u"/ranged"_s); }
    qint64 fileSize(const Result &result) const { return QFileInfo(result.file).size(); }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server.resetStats();
    }

    void fasterInRangesAndWhole()
    {
        const qint64 size = 3 * 1024 * 1024;
        const QString target = url(u"/ranged?size=%1&seed=5&rate=1000000"_s.arg(size));
        qint64 oneMs = 0;
        {
            EngineOptions o = options();
            o.segments = 1;
            EngineBatch batch(o);
            batch.add({target});
            QElapsedTimer clock;
            clock.start();
            QVERIFY(batch.run(60000));
            oneMs = clock.elapsed();
            QVERIFY2(batch.result(0).isOk(), qPrintable(batch.result(0).error()));
            QCOMPARE(batch.result(0).segments, 1);
        }
        m_dir = std::make_unique<QTemporaryDir>();
        m_server.resetStats();
        EngineBatch batch(options());
        batch.add({target});
        QElapsedTimer clock;
        clock.start();
        QVERIFY(batch.run(60000));
        const qint64 rangedMs = clock.elapsed();
        const Result result = batch.result(0);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.sha256, TestServer::sha256Hex(size, 5));
        QCOMPARE(fileSize(result), size);
        QVERIFY2(result.segments >= 3, qPrintable(QString::number(result.segments)));
        qInfo("one request: %lld ms, in %d ranges: %lld ms", oneMs, result.segments, rangedMs);
        QVERIFY2(rangedMs * 10 < oneMs * 6, "ranges were not clearly faster");
        // Every request after the first asks for one range, guarded by the validator.
        const QList<RecordedRequest> seen = ranged();
        QCOMPARE(seen.size(), result.segments);
        for (qsizetype i = 1; i < seen.size(); ++i) {
            QVERIFY(seen[i].header("Range").startsWith("bytes="));
            QCOMPARE(seen[i].header("If-Range"), QByteArray("\"v1\""));
        }
        QVERIFY(m_dir->isValid());
        QVERIFY(!QFileInfo::exists(result.file + u".part"_s));
    }

    // A server slow to answer (150 ms before each status line, as a distant or busy one is):
    // a range still waiting for its answer may be split for another request meanwhile. Its
    // answer is then the range it asked for, longer than what it keeps; that is no mismatch
    // (the file was started over in one request, seen against messy-server.py).
    void slowAnswersToSplitRanges()
    {
        const qint64 size = 3 * 1024 * 1024;
        EngineBatch batch(options());
        batch.add({url(u"/ranged?size=%1&seed=13&rate=1000000&delay=150"_s.arg(size))});
        QVERIFY(batch.run(60000));
        const Result result = batch.result(0);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.sha256, TestServer::sha256Hex(size, 13));
        QVERIFY2(result.segments >= 3, qPrintable(QString::number(result.segments)));
        int whole = 0; // requests without a Range: only the first, never a start-over
        for (const RecordedRequest &request : ranged())
            whole += request.header("Range").isNull() ? 1 : 0;
        QCOMPARE(whole, 1);
    }

    void partAtFullSizeNeverLooksContinuable()
    {
        // Mid-download (as a kill -9 would leave it) the part file already has its whole size:
        // its sidecar must say it was written in ranges, or a re-run would take it as complete.
        const qint64 size = 3 * 1024 * 1024;
        EngineBatch batch(options());
        batch.add({url(u"/ranged?size=%1&seed=12&rate=1000000"_s.arg(size))});
        QByteArray firstLine;
        qint64 partSize = -1;
        QTimer::singleShot(600, this, [&] {
            const QDir dir(m_dir->path());
            const QStringList metas = dir.entryList({u"*.part.meta"_s}, QDir::Files);
            if (metas.isEmpty())
                return;
            QFile meta(dir.filePath(metas.first()));
            if (meta.open(QIODevice::ReadOnly))
                firstLine = meta.readLine().trimmed();
            partSize = QFileInfo(dir.filePath(metas.first().chopped(5))).size();
        });
        QVERIFY(batch.run(60000));
        QVERIFY2(batch.result(0).isOk(), qPrintable(batch.result(0).error()));
        QCOMPARE(partSize, size);
        QCOMPARE(firstLine, QByteArray("fanout-part 2"));
    }

    void perHostHoldsWithRangesInFlight()
    {
        EngineOptions o = options();
        o.perHostMax = 2;
        EngineBatch batch(o);
        const qint64 size = 3 * 1024 * 1024;
        batch.add({url(u"/ranged?size=%1&seed=6&rate=1500000"_s.arg(size))});
        QVERIFY(batch.run(60000));
        QVERIFY2(batch.result(0).isOk(), qPrintable(batch.result(0).error()));
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(size, 6));
        QCOMPARE(batch.result(0).segments, 2); // the cap let one more request in, no more
        const int peak =
            RequestLog::peakInFlight(ranged(), [](const RecordedRequest &) { return true; });
        QVERIFY2(peak == 2, qPrintable(QString::number(peak)));
    }

    void entityChangesMidDownload()
    {
        // Every request after the first sees a new entity (v2, another body): the ranges
        // asked with If-Range "v1" get the whole new entity, which is what the file becomes.
        const qint64 size = 2 * 1024 * 1024;
        EngineBatch batch(options());
        batch.add({url(u"/ranged?size=%1&seed=7&rate=1000000&changeafter=1&key=chg"_s.arg(size))});
        QVERIFY(batch.run(60000));
        const Result result = batch.result(0);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.sha256, TestServer::sha256Hex(size, 8));
        QCOMPARE(fileSize(result), size);
        QCOMPARE(result.segments, 1);
        const QList<RecordedRequest> seen = ranged();
        QVERIFY2(seen.size() >= 3, "no range was tried");
        QVERIFY(seen.last().header("Range").isNull()); // started over, whole
    }

    void notTheAskedRange_data()
    {
        QTest::addColumn<QString>("twist");
        QTest::newRow("a 200 to a range request") << u"norange=1"_s;
        QTest::newRow("another start") << u"badstart=1000"_s;
        QTest::newRow("another total") << u"badtotal=999"_s;
    }
    void notTheAskedRange()
    {
        QFETCH(QString, twist);
        const qint64 size = 2 * 1024 * 1024;
        EngineBatch batch(options());
        batch.add({url(u"/ranged?size=%1&seed=9&rate=1000000&%2"_s.arg(size).arg(twist))});
        QVERIFY(batch.run(60000));
        const Result result = batch.result(0);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.sha256, TestServer::sha256Hex(size, 9));
        QCOMPARE(result.segments, 1);
        const QList<RecordedRequest> seen = ranged();
        QVERIFY2(seen.size() >= 3, "no range was tried");
        QVERIFY(seen.last().header("Range").isNull());
    }

    void shortSegmentIsAskedAgainAsARange()
    {
        const qint64 size = 3 * 1024 * 1024;
        EngineBatch batch(options());
        batch.add({url(u"/ranged?size=%1&seed=11&rate=1000000&short=100000&key=sh"_s.arg(size))});
        QVERIFY(batch.run(60000));
        const Result result = batch.result(0);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.sha256, TestServer::sha256Hex(size, 11));
        QVERIFY(result.segments > 1);
        // The short range's rest was asked from where it stopped, never from 0 again.
        const QList<RecordedRequest> seen = ranged();
        QByteArray shortRange;
        for (const RecordedRequest &r : seen) {
            const QByteArray range = r.header("Range");
            if (!range.isNull() && shortRange.isNull())
                shortRange = range;
        }
        QVERIFY(!shortRange.isNull());
        const qint64 first = shortRange.mid(6, shortRange.indexOf('-') - 6).toLongLong();
        const QByteArray rest = "bytes=" + QByteArray::number(first + 100000) + '-';
        bool askedRest = false;
        for (const RecordedRequest &r : seen) {
            askedRest = askedRest || r.header("Range").startsWith(rest);
            QVERIFY(r.header("Range") != "bytes=0-");
        }
        QVERIFY2(askedRest, "the short segment's rest was not asked as a range");
    }
};

QTEST_GUILESS_MAIN(TestSegmented)
#include "tst_segmented.moc"
