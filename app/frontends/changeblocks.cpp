#include "changeblocks.h"

#include <algorithm>

QList<ChangeBlocks::Block> ChangeBlocks::of(std::vector<std::pair<int, quint16>> dirty,
                                            int columnCount)
{
    QList<Block> blocks;
    std::sort(dirty.begin(), dirty.end());
    size_t i = 0;
    while (i < dirty.size()) {
        size_t j = i + 1;
        while (j < dirty.size() && dirty[j].first == dirty[j - 1].first + 1 &&
               dirty[j].second == dirty[i].second)
            ++j;
        const quint16 mask = dirty[i].second;
        int c = 0;
        while (c < columnCount) {
            if (!(mask & (1u << c))) {
                ++c;
                continue;
            }
            int end = c;
            while (end + 1 < columnCount && (mask & (1u << (end + 1))))
                ++end;
            blocks.append(Block{dirty[i].first, dirty[j - 1].first, c, end});
            c = end + 1;
        }
        i = j;
    }
    return blocks;
}
