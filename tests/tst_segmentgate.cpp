// The rules of segmented downloads that hold without a network: SegmentEligibility (which
// answers make a body segmentable), SegmentGate (a range opens only in a slot that would
// otherwise stay idle) and the flags that set them (SegmentFlags, through the headless command
// line).

#include "headlessoptions.h"
#include "segmenteligibility.h"
#include "segmentgate.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

OriginPolicy::Rules rules(int cap, double rate = 0)
{
    OriginPolicy::Rules r;
    r.cap = cap;
    r.rate = rate;
    return r;
}

const SegmentGate::Item kWants{1, 4, true};
const SegmentGate::Batch kRoom{1, 16, false};

std::optional<HeadlessSettings> parse(const QStringList &flags, QString *error)
{
    std::optional<int> exitNow;
    return HeadlessOptions::parse(QStringList{u"fanout"_s, u"--headless"_s} + flags, error,
                                  &exitNow);
}

} // namespace

class TestSegmentGate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnlyIntoIdleSlots()
    {
        OriginPolicy origin(QStringLiteral("http://h:1"), rules(3), 0);
        origin.onStarted(0); // the item's own request
        QVERIFY(SegmentGate::mayOpen(kRoom, kWants, origin, 0));
        // Queued items go first, whatever room there is.
        QVERIFY(!SegmentGate::mayOpen({1, 16, true}, kWants, origin, 0));
        // The global cap is full.
        QVERIFY(!SegmentGate::mayOpen({16, 16, false}, kWants, origin, 0));
        // The origin's cap: segments count against it like any request.
        origin.onStarted(0);
        origin.onStarted(0);
        QVERIFY(!SegmentGate::mayOpen({3, 16, false}, {3, 4, true}, origin, 0));
    }

    void itemLimits()
    {
        OriginPolicy origin(QStringLiteral("http://h:1"), rules(8), 0);
        QVERIFY(!SegmentGate::mayOpen(kRoom, {1, 1, true}, origin, 0));  // --segments 1
        QVERIFY(!SegmentGate::mayOpen(kRoom, {4, 4, true}, origin, 0));  // up to N
        QVERIFY(!SegmentGate::mayOpen(kRoom, {1, 4, false}, origin, 0)); // nothing to split
        QVERIFY(SegmentGate::mayOpen(kRoom, {3, 4, true}, origin, 0));
    }

    void allowanceRateAndCooldownHoldIt()
    {
        OriginPolicy lowered(QStringLiteral("http://h:1"), rules(8), 0);
        for (int i = 0; i < 4; ++i)
            lowered.onStarted(0);
        OriginPolicy::Attempt slow;
        slow.item = 7;
        slow.kind = ErrorKind::Http;
        slow.httpStatus = 503;
        slow.retryAfterMs = 2000;
        lowered.onFinished(slow, 10); // allowance 4, cooldown until 2010
        QVERIFY(!SegmentGate::mayOpen(kRoom, kWants, lowered, 100));
        lowered.onFinished(OriginPolicy::Attempt{}, 10);
        lowered.onFinished(OriginPolicy::Attempt{}, 10);
        QVERIFY(SegmentGate::mayOpen(kRoom, kWants, lowered, 2100));

        OriginPolicy rated(QStringLiteral("http://h:1"), rules(8, 1), 0);
        rated.onStarted(0); // the one token of this second
        QVERIFY(!SegmentGate::mayOpen(kRoom, kWants, rated, 10));
        QVERIFY(SegmentGate::mayOpen(kRoom, kWants, rated, 1100));
    }

    void eligibleBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("askedFrom");
        QTest::addColumn<QByteArray>("acceptRanges");
        QTest::addColumn<QByteArray>("contentRange");
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<QByteArray>("lastModified");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("eligible");
        const QByteArray lm = "Mon, 30 Nov 2026 08:00:00 GMT";
        QTest::newRow("200, bytes, ETag") << 200 << 0LL << QByteArray("bytes") << QByteArray()
                                          << QByteArray("\"v1\"") << QByteArray() << 4 << true;
        QTest::newRow("200, bytes, Last-Modified")
            << 200 << 0LL << QByteArray("Bytes") << QByteArray() << QByteArray() << lm << 4 << true;
        QTest::newRow("--segments 1") << 200 << 0LL << QByteArray("bytes") << QByteArray()
                                      << QByteArray("\"v1\"") << QByteArray() << 1 << false;
        QTest::newRow("no Accept-Ranges") << 200 << 0LL << QByteArray() << QByteArray()
                                          << QByteArray("\"v1\"") << QByteArray() << 4 << false;
        QTest::newRow("Accept-Ranges: none") << 200 << 0LL << QByteArray("none") << QByteArray()
                                             << QByteArray("\"v1\"") << QByteArray() << 4 << false;
        QTest::newRow("weak ETag only") << 200 << 0LL << QByteArray("bytes") << QByteArray()
                                        << QByteArray("W/\"v1\"") << QByteArray() << 4 << false;
        QTest::newRow("no validator") << 200 << 0LL << QByteArray("bytes") << QByteArray()
                                      << QByteArray() << QByteArray() << 4 << false;
        QTest::newRow("206, the exact rest")
            << 206 << 4096LL << QByteArray() << QByteArray("bytes 4096-9999999/10000000")
            << QByteArray("\"v1\"") << QByteArray() << 4 << true;
        QTest::newRow("206, another start")
            << 206 << 4096LL << QByteArray() << QByteArray("bytes 0-9999999/10000000")
            << QByteArray("\"v1\"") << QByteArray() << 4 << false;
        QTest::newRow("206, another total")
            << 206 << 4096LL << QByteArray() << QByteArray("bytes 4096-9999999/10000001")
            << QByteArray("\"v1\"") << QByteArray() << 4 << false;
    }
    void eligibleBodies()
    {
        SegmentEligibility::Answer answer;
        QFETCH(int, status);
        QFETCH(qint64, askedFrom);
        QFETCH(QByteArray, acceptRanges);
        QFETCH(QByteArray, contentRange);
        QFETCH(QByteArray, etag);
        QFETCH(QByteArray, lastModified);
        QFETCH(int, limit);
        QFETCH(bool, eligible);
        answer.status = status;
        answer.total = 10000000;
        answer.askedFrom = askedFrom;
        answer.acceptRanges = acceptRanges;
        answer.contentRange = contentRange;
        answer.etag = etag;
        answer.lastModified = lastModified;
        QCOMPARE(SegmentEligibility::judge(answer, limit, 8 * 1024 * 1024), eligible);
        // Below --segment-min, never.
        QVERIFY(!SegmentEligibility::judge(answer, limit, answer.total + 1));
    }

    void readsTheFlags_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<int>("segments");
        QTest::addColumn<qint64>("minBytes");
        QTest::newRow("defaults") << QStringList{} << 0 << 8LL * 1024 * 1024; // auto
        QTest::newRow("auto") << QStringList{u"--segments"_s, u"auto"_s} << 0 << 8LL * 1024 * 1024;
        QTest::newRow("off") << QStringList{u"--segments"_s, u"1"_s} << 1 << 8LL * 1024 * 1024;
        QTest::newRow("16, 512k") << QStringList{u"--segments"_s, u"16"_s, u"--segment-min"_s,
                                                 u"512k"_s}
                                  << 16 << 512LL * 1024;
        QTest::newRow("8M") << QStringList{u"--segment-min"_s, u"8M"_s} << 0 << 8LL * 1024 * 1024;
    }
    void readsTheFlags()
    {
        QFETCH(QStringList, flags);
        QFETCH(int, segments);
        QFETCH(qint64, minBytes);
        QString error;
        const auto settings = parse(flags, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->engine.segments, segments);
        QCOMPARE(settings->engine.segmentMinBytes, minBytes);
        QCOMPARE(settings->engine.segmentLimit(), segments == 0 ? 4 : segments);
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::newRow("0") << QStringList{u"--segments"_s, u"0"_s};
        QTest::newRow("17") << QStringList{u"--segments"_s, u"17"_s};
        QTest::newRow("word") << QStringList{u"--segments"_s, u"many"_s};
        QTest::newRow("size 0") << QStringList{u"--segment-min"_s, u"0"_s};
        QTest::newRow("size word") << QStringList{u"--segment-min"_s, u"big"_s};
        QTest::newRow("a rate") << QStringList{u"--segment-min"_s, u"8M/s"_s};
    }
    void refusesBadValues()
    {
        QFETCH(QStringList, flags);
        QString error;
        QVERIFY(!parse(flags, &error));
        QVERIFY2(error.contains(u"--segment"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSegmentGate)
#include "tst_segmentgate.moc"
