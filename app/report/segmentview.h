#pragma once

#include <QList>
#include <QMetaType>

// One byte range of a body fetched in several at once (issue 17), as a row shows it: a thin
// strip of each range's progress under the bar, and the ranges in the row's tool tip.
// ItemUpdate carries the live ranges of an item, none when its body is fetched in one piece.
struct SegmentView
{
    qint64 start = 0;  // first byte
    qint64 end = 0;    // one past the last byte
    qint64 done = 0;   // bytes done from start
    bool busy = false; // a request is filling it now
    bool operator==(const SegmentView &) const = default;
};
using SegmentViews = QList<SegmentView>;
