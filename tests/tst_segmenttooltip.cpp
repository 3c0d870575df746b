// The live ranges of an item as a row keeps them (ItemUpdate::segments into TransferRow, for
// the strip under the progress bar) and the line its tool tip gives them (SegmentToolTip).

#include "englishplurals.h"
#include "segmenttooltip.h"
#include "textinterner.h"
#include "transferrow.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MiB = 1024 * 1024;
}

class TestSegmentToolTip final : public QObject
{
    Q_OBJECT

    EnglishPlurals m_plurals;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }

    void listsEachRange()
    {
        QCOMPARE(SegmentToolTip::text({}), QString());
        const SegmentViews ranges{{0, 4 * MiB, 4 * MiB}, {4 * MiB, 8 * MiB, MiB}};
        const QString text = SegmentToolTip::text(ranges);
        QVERIFY2(text.startsWith(u"2 ranges: "_s), qPrintable(text));
        QVERIFY2(text.contains(u"100%"_s) && text.contains(u"25%"_s), qPrintable(text));
        QVERIFY2(text.contains(u"8.00 MiB"_s), qPrintable(text));
        QVERIFY(SegmentToolTip::text({{0, 10, 5}}).startsWith(u"1 range: "_s));
    }

    void rowKeepsTheLiveRanges()
    {
        TextInterner texts;
        TransferRow row;
        ItemUpdate update;
        update.id = 1;
        update.state = ItemState::Active;
        update.attempt = 1;
        update.received = 5 * MiB;
        update.total = 8 * MiB;
        update.segments = {{0, 4 * MiB, 4 * MiB}, {4 * MiB, 8 * MiB, MiB}};
        TransferRow::Change change = row.takeUpdate(update, 1000, texts);
        QVERIFY(row.segments);
        QCOMPARE(*row.segments, update.segments);
        QVERIFY(change.columns & TransferRow::bit(TransferRow::Column::Progress));

        update.segments[1].done = 2 * MiB;
        update.received = 6 * MiB;
        row.takeUpdate(update, 1100, texts);
        QCOMPARE(row.segments->at(1).done, 2 * MiB);

        // Fetched in one piece again (a fallback, the end): no ranges, and the bar repaints.
        update.segments.clear();
        change = row.takeUpdate(update, 1200, texts);
        QVERIFY(!row.segments);
        QVERIFY(change.columns & TransferRow::bit(TransferRow::Column::Progress));
        row.takeUpdate(update, 1300, texts);
        QVERIFY(!row.segments);
    }
};

QTEST_GUILESS_MAIN(TestSegmentToolTip)
#include "tst_segmenttooltip.moc"
