// The TestServer's /ranged resource, driven by a plain QNetworkAccessManager: the Range forms
// (`bytes=a-b`, `a-`, `-k`), If-Range with an ETag or a Last-Modified date, an entity that
// changes between two requests, the ways it misbehaves on purpose (a 200 to a Range, a short
// segment, another total, no ranges at all), per-connection throttling, and what it records
// of every request (arrival time, Range and If-Range, connection).

#include "rangedresource.h"
#include "requestlog.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <memory>

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentRange;
    QByteArray etag;
    QByteArray acceptRanges;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

} // namespace

class TestRangedResource final : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QNetworkAccessManager m_nam;

    Answer get(const QString &pathAndQuery, const QByteArray &range = {},
               const QByteArray &ifRange = {})
    {
        QNetworkRequest request(m_server.url(pathAndQuery));
        if (!range.isEmpty())
            request.setRawHeader("Range", range);
        if (!ifRange.isEmpty())
            request.setRawHeader("If-Range", ifRange);
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 20000))
            return {};
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.contentRange = reply->rawHeader("Content-Range");
        answer.etag = reply->rawHeader("ETag");
        answer.acceptRanges = reply->rawHeader("Accept-Ranges");
        answer.error = reply->error();
        return answer;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init() { m_server.resetStats(); }

    void parsesRanges_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("satisfiable");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::newRow("a-b") << QByteArray("bytes=10-19") << true << true << 10LL << 19LL;
        QTest::newRow("a-b past the end")
            << QByteArray("bytes=90-200") << true << true << 90LL << 99LL;
        QTest::newRow("a-") << QByteArray("bytes=40-") << true << true << 40LL << 99LL;
        QTest::newRow("-k") << QByteArray("bytes=-30") << true << true << 70LL << 99LL;
        QTest::newRow("-k larger") << QByteArray("bytes=-300") << true << true << 0LL << 99LL;
        QTest::newRow("a at the end") << QByteArray("bytes=100-") << true << false << 100LL << 99LL;
        QTest::newRow("-0") << QByteArray("bytes=-0") << true << false << 100LL << 99LL;
        QTest::newRow("b before a") << QByteArray("bytes=20-10") << false << false << 0LL << 0LL;
        QTest::newRow("two ranges") << QByteArray("bytes=0-1,5-6") << false << false << 0LL << 0LL;
        QTest::newRow("other unit") << QByteArray("items=0-1") << false << false << 0LL << 0LL;
    }
    void parsesRanges()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, valid);
        QFETCH(bool, satisfiable);
        const RangeAsk ask = parseRange(header, 100);
        QCOMPARE(ask.valid, valid);
        QCOMPARE(ask.satisfiable, satisfiable);
        if (valid && satisfiable) {
            QFETCH(qint64, first);
            QFETCH(qint64, last);
            QCOMPARE(ask.range.first, first);
            QCOMPARE(ask.range.last, last);
        }
    }

    void servesEachRangeForm()
    {
        const QByteArray whole = TestServer::body(1000, 3);
        const Answer all = get(u"/ranged?size=1000&seed=3"_qs);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.body, whole);
        QCOMPARE(all.acceptRanges, QByteArray("bytes"));
        QCOMPARE(all.etag, QByteArray("\"v1\""));

        const Answer middle = get(u"/ranged?size=1000&seed=3"_qs, "bytes=100-199", "\"v1\"");
        QCOMPARE(middle.status, 206);
        QCOMPARE(middle.contentRange, QByteArray("bytes 100-199/1000"));
        QCOMPARE(middle.body, whole.mid(100, 100));
        const Answer tail = get(u"/ranged?size=1000&seed=3"_qs, "bytes=900-");
        QCOMPARE(tail.contentRange, QByteArray("bytes 900-999/1000"));
        QCOMPARE(tail.body, whole.mid(900));
        const Answer suffix = get(u"/ranged?size=1000&seed=3"_qs, "bytes=-10");
        QCOMPARE(suffix.contentRange, QByteArray("bytes 990-999/1000"));
        QCOMPARE(suffix.body, whole.right(10));
        QCOMPARE(get(u"/ranged?size=1000"_qs, "bytes=1000-").status, 416);
    }

    void ifRangeGuardsTheEntity()
    {
        const QString lm = u"Mon, 30 Nov 2026 08:00:00 GMT"_qs;
        const QString path =
            u"/ranged?size=500&lm="_qs + QString::fromLatin1(QUrl::toPercentEncoding(lm));
        QCOMPARE(get(path, "bytes=0-9", "\"v1\"").status, 206);
        QCOMPARE(get(path, "bytes=0-9", lm.toLatin1()).status, 206);
        const Answer other = get(path, "bytes=0-9", "\"v0\"");
        QCOMPARE(other.status, 200); // another validator: the whole current entity
        QCOMPARE(other.body.size(), 500);
        // A weak ETag never satisfies If-Range.
        QCOMPARE(get(u"/ranged?size=500&weak=1"_qs, "bytes=0-9", "W/\"v1\"").status, 200);
    }

    void entityChangesBetweenRequests()
    {
        const QString path = u"/ranged?size=800&changeafter=2&key=ch&newetag=v9&newsize=900"_qs;
        const Answer first = get(path, "bytes=0-99", "\"v1\"");
        QCOMPARE(first.status, 206);
        QCOMPARE(first.body, TestServer::body(800).left(100));
        QCOMPARE(get(path, "bytes=100-199", "\"v1\"").status, 206);
        // The third request sees the new entity: the old validator no longer holds.
        const Answer changed = get(path, "bytes=200-299", "\"v1\"");
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.etag, QByteArray("\"v9\""));
        QCOMPARE(changed.body, TestServer::body(900, 1));
        const Answer again = get(path, "bytes=200-299", "\"v9\"");
        QCOMPARE(again.contentRange, QByteArray("bytes 200-299/900"));
        QCOMPARE(again.body, TestServer::body(900, 1).mid(200, 100));
    }

    void misbehavesOnPurpose()
    {
        const Answer ignored = get(u"/ranged?size=300&norange=1"_qs, "bytes=100-199");
        QCOMPARE(ignored.status, 200);
        QCOMPARE(ignored.acceptRanges, QByteArray("bytes")); // says so, does not
        const Answer none = get(u"/ranged?size=300&ranges=none"_qs, "bytes=100-199");
        QCOMPARE(none.status, 200);
        QVERIFY(none.acceptRanges.isNull());
        const Answer total = get(u"/ranged?size=300&badtotal=301"_qs, "bytes=100-199");
        QCOMPARE(total.contentRange, QByteArray("bytes 100-199/301"));
        const Answer start = get(u"/ranged?size=300&badstart=50"_qs, "bytes=100-199");
        QCOMPARE(start.contentRange, QByteArray("bytes 50-199/300"));
        // A short segment: only the first Range that does not start at 0 is cut.
        const QString shortPath = u"/ranged?size=3000&short=100&key=sh"_qs;
        QCOMPARE(get(shortPath, "bytes=0-999").body.size(), 1000);
        const Answer cut = get(shortPath, "bytes=1000-1999");
        QCOMPARE(cut.status, 206);
        QCOMPARE(cut.body.size(), 100);
        QCOMPARE(get(shortPath, "bytes=1000-1999").body.size(), 1000);
        QVERIFY(get(u"/ranged?size=300&noetag=1"_qs).etag.isNull());
    }

    void throttlesEachConnection()
    {
        // 40 KB at 100 KB/s on one connection: about 0.4 s; two connections at once take as
        // long as one, since the limit is per connection.
        QElapsedTimer timer;
        timer.start();
        const Answer one = get(u"/ranged?size=40000&rate=100000"_qs);
        const qint64 oneMs = timer.elapsed();
        QCOMPARE(one.body.size(), 40000);
        QVERIFY2(oneMs >= 300 && oneMs < 1500, qPrintable(QString::number(oneMs)));

        timer.restart();
        QNetworkRequest a(m_server.url(u"/ranged?size=40000&rate=100000"_qs));
        a.setRawHeader("Range", "bytes=0-19999");
        QNetworkRequest b(m_server.url(u"/ranged?size=40000&rate=100000"_qs));
        b.setRawHeader("Range", "bytes=20000-");
        std::unique_ptr<QNetworkReply> ra(m_nam.get(a));
        std::unique_ptr<QNetworkReply> rb(m_nam.get(b));
        QVERIFY(QTest::qWaitFor([&] { return ra->isFinished() && rb->isFinished(); }, 10000));
        const qint64 twoMs = timer.elapsed();
        QVERIFY2(twoMs < oneMs * 0.8, qPrintable(u"%1 vs %2"_qs.arg(twoMs).arg(oneMs)));
    }

    void recordsEveryRequest()
    {
        // Fresh connections: ids count from the last resetStats().
        QNetworkAccessManager nam;
        QNetworkRequest a(m_server.url(u"/ranged?size=20000&rate=50000"_qs));
        a.setRawHeader("Range", "bytes=0-9999");
        a.setRawHeader("If-Range", "\"v1\"");
        QNetworkRequest b(m_server.url(u"/ranged?size=20000&rate=50000"_qs));
        b.setRawHeader("Range", "bytes=10000-");
        std::unique_ptr<QNetworkReply> ra(nam.get(a));
        std::unique_ptr<QNetworkReply> rb(nam.get(b));
        QVERIFY(QTest::qWaitFor([&] { return ra->isFinished() && rb->isFinished(); }, 10000));
        const QList<RecordedRequest> seen = m_server.requests();
        QCOMPARE(seen.size(), 2);
        QSet<QByteArray> ranges;
        for (const RecordedRequest &r : seen) {
            ranges.insert(r.header("Range"));
            QVERIFY(r.receivedAtMs > 0);
        }
        QCOMPARE(ranges, (QSet<QByteArray>{"bytes=0-9999", "bytes=10000-"}));
        QVERIFY(seen[0].connectionId != seen[1].connectionId);
        QCOMPARE(m_server.peakConcurrency(), 2);
        const auto ranged = [](const RecordedRequest &r) { return r.path == u"/ranged"_qs; };
        QCOMPARE(RequestLog::peakInFlight(seen, ranged), 2);
        for (const RecordedRequest &r : seen)
            QVERIFY(r.finishedAtMs >= r.receivedAtMs + 100); // 10 KB at 50 KB/s

        // One after the other: never two in flight.
        m_server.resetStats();
        QCOMPARE(get(u"/ranged?size=5000&rate=50000"_qs).status, 200);
        QCOMPARE(get(u"/ranged?size=5000&rate=50000"_qs).status, 200);
        QCOMPARE(RequestLog::peakInFlight(m_server.requests(), ranged), 1);
    }
};

QTEST_GUILESS_MAIN(TestRangedResource)
#include "tst_rangedresource.moc"
