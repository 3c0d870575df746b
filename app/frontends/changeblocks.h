#pragma once

#include <QList>

#include <utility>
#include <vector>

// Turns the rows' pending column flags into the few rectangles that dataChanged needs: rows in
// order, runs of contiguous rows with the same flags joined, each run cut into its ranges of
// contiguous columns. Whatever the number of rows, a flush signals a handful of blocks.
class ChangeBlocks final
{
public:
    struct Block
    {
        int firstRow = 0;
        int lastRow = 0;
        int firstColumn = 0;
        int lastColumn = 0;
        friend bool operator==(const Block &, const Block &) = default;
    };
    // `dirty` holds one (row, column flags) pair per changed row, in any order; bit c of the
    // flags stands for column c < columnCount.
    static QList<Block> of(std::vector<std::pair<int, quint16>> dirty, int columnCount);
};
