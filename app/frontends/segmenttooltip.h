#pragma once

#include <QString>

#include "segmentview.h"

// The line a row's tool tip gives its ranges, when its body is fetched in several:
// "2 ranges: 0 bytes–4.00 MiB 100%, 4.00 MiB–8.00 MiB 25%". Empty for none.
namespace SegmentToolTip {
QString text(const SegmentViews &segments);
}
