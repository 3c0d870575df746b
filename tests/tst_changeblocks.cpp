#include <QTest>

#include "changeblocks.h"

using Block = ChangeBlocks::Block;
using Dirty = std::vector<std::pair<int, quint16>>;
Q_DECLARE_METATYPE(Dirty)

namespace {
constexpr quint16 bits(std::initializer_list<int> columns)
{
    quint16 mask = 0;
    for (int c : columns)
        mask |= quint16(1u << c);
    return mask;
}
} // namespace

// Per-row column flags into few dataChanged rectangles: contiguous rows with the same flags
// join, each run is cut into its ranges of contiguous columns.
class TestChangeBlocks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<Dirty>("dirty");
        QTest::addColumn<QList<Block>>("blocks");
        QTest::newRow("nothing") << Dirty{} << QList<Block>{};
        QTest::newRow("one cell") << Dirty{{4, bits({3})}} << QList<Block>{{4, 4, 3, 3}};
        QTest::newRow("column range")
            << Dirty{{0, bits({5, 6, 7, 8})}} << QList<Block>{{0, 0, 5, 8}};
        QTest::newRow("two column ranges")
            << Dirty{{2, bits({1, 2, 7})}} << QList<Block>{{2, 2, 1, 2}, {2, 2, 7, 7}};
        QTest::newRow("rows joined, any order")
            << Dirty{{7, bits({3})}, {5, bits({3})}, {6, bits({3})}} << QList<Block>{{5, 7, 3, 3}};
        QTest::newRow("gap splits rows")
            << Dirty{{1, bits({3})}, {3, bits({3})}} << QList<Block>{{1, 1, 3, 3}, {3, 3, 3, 3}};
        QTest::newRow("other flags split rows")
            << Dirty{{1, bits({3})}, {2, bits({3, 4})}, {3, bits({3, 4})}}
            << QList<Block>{{1, 1, 3, 3}, {2, 3, 3, 4}};
        QTest::newRow("all columns") << Dirty{{0, bits({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})},
                                              {1, bits({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})}}
                                     << QList<Block>{{0, 1, 0, 11}};
        QTest::newRow("flags past the columns ignored")
            << Dirty{{0, bits({11, 12, 13})}} << QList<Block>{{0, 0, 11, 11}};
    }
    void blocks()
    {
        QFETCH(Dirty, dirty);
        QFETCH(QList<Block>, blocks);
        QCOMPARE(ChangeBlocks::of(dirty, 12), blocks);
    }
};

QTEST_GUILESS_MAIN(TestChangeBlocks)
#include "tst_changeblocks.moc"
