// SegmentPlan: the ranges of a body fetched in several ranges, how a new worker gets one, the
// contiguous prefix the digests may cover, and the ranges done as `.part.meta` keeps them.

#include "segmentplan.h"

#include <QTest>

using Done = SegmentPlan::Done;

class TestSegmentPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRangeIsTheWholeBody()
    {
        SegmentPlan plan(1000, 100);
        QCOMPARE(plan.rangeCount(), 1);
        QVERIFY(plan.range(0).busy);
        QCOMPARE(plan.range(0).end, 1000);
        QCOMPARE(plan.prefix(), 0);
        QVERIFY(!plan.hasUnclaimed());
    }

    void splitsTheLargestRest()
    {
        SegmentPlan plan(1000, 100);
        plan.advance(0, 200);
        const int second = plan.claim(); // the rest 200..1000 halves at 600
        QCOMPARE(second, 1);
        QCOMPARE(plan.range(0).end, 600);
        QCOMPARE(plan.range(1).start, 600);
        QCOMPARE(plan.range(1).end, 1000);
        const int third = plan.claim(); // both rests are 400: the first, at 400
        QCOMPARE(plan.range(third).start, 400);
        QCOMPARE(plan.range(0).end, 400);
        // Rests of 200 and 400: the 400 one would leave halves of 200 >= 100.
        QCOMPARE(plan.range(plan.claim()).start, 800);
        QCOMPARE(plan.busyCount(), 4);
        // Every rest is now 200 or less: halves under 100 are not worth a request... 200 is.
        SegmentPlan small(300, 100);
        small.advance(0, 101);
        QCOMPARE(small.claim(), -1); // 199 left: halves under 100
    }

    void prefixFollowsContiguousBytes()
    {
        SegmentPlan plan(1000, 100);
        const int second = plan.claim(); // 500..1000
        plan.advance(second, 300);
        QCOMPARE(plan.prefix(), 0);
        plan.advance(0, 499);
        QCOMPARE(plan.prefix(), 499);
        plan.advance(0, 50); // clamped at its end
        QCOMPARE(plan.range(0).done, 500);
        QCOMPARE(plan.prefix(), 800);
        QCOMPARE(plan.doneBytes(), 800);
        QVERIFY(!plan.complete());
        plan.advance(second, 200);
        QVERIFY(plan.complete());
        QCOMPARE(plan.prefix(), 1000);
    }

    void releasedRestGoesToTheNextWorker()
    {
        SegmentPlan plan(1000, 100);
        const int second = plan.claim();
        plan.advance(second, 100); // 500..600 done
        plan.release(second);      // the segment failed: 600..1000 waits
        QVERIFY(plan.hasUnclaimed());
        QCOMPARE(plan.claim(), second);
        QCOMPARE(plan.range(second).next(), 600); // its range again, never from zero
    }

    void doneTextRoundTrips()
    {
        SegmentPlan plan(1000, 100);
        const int second = plan.claim();
        plan.advance(0, 100);
        plan.advance(second, 250);
        QCOMPARE(plan.doneText(), QByteArray("0-99,500-749"));
        const auto parsed = SegmentPlan::parseDone(plan.doneText(), 1000);
        QVERIFY(parsed);
        QCOMPARE(*parsed, (QList<Done>{{0, 99}, {500, 749}}));

        SegmentPlan again = SegmentPlan::resumed(1000, 100, *parsed);
        QCOMPARE(again.prefix(), 100);
        QCOMPARE(again.doneBytes(), 350);
        QCOMPARE(again.busyCount(), 0);
        // Only what is missing is claimed: 100..500, then 750..1000.
        const int a = again.claim();
        QCOMPARE(again.range(a).start, 100);
        QCOMPARE(again.range(a).end, 500);
        const int b = again.claim();
        QCOMPARE(again.range(b).start, 750);
        QCOMPARE(again.range(b).end, 1000);
        again.advance(a, 400);
        QCOMPARE(again.prefix(), 750);
        QCOMPARE(again.doneText(), QByteArray("0-749"));
    }

    void rejectsBadText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("past the end") << QByteArray("0-1000");
        QTest::newRow("overlap") << QByteArray("0-99,50-120");
        QTest::newRow("out of order") << QByteArray("500-599,0-99");
        QTest::newRow("reversed") << QByteArray("99-0");
        QTest::newRow("no dash") << QByteArray("100");
        QTest::newRow("negative") << QByteArray("-5-10");
        QTest::newRow("words") << QByteArray("a-b");
    }
    void rejectsBadText()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!SegmentPlan::parseDone(text, 1000));
    }

    void emptyTextIsNothingDone()
    {
        const auto parsed = SegmentPlan::parseDone({}, 1000);
        QVERIFY(parsed && parsed->isEmpty());
        SegmentPlan plan = SegmentPlan::resumed(1000, 100, *parsed);
        QCOMPARE(plan.claim(), 0);
        QCOMPARE(plan.range(0).end, 1000);
    }
};

QTEST_GUILESS_MAIN(TestSegmentPlan)
#include "tst_segmentplan.moc"
