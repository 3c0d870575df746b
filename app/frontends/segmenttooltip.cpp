#include "segmenttooltip.h"

#include <QCoreApplication>
#include <QStringList>

#include "transferformat.h"

namespace SegmentToolTip {

QString text(const SegmentViews &segments)
{
    if (segments.isEmpty())
        return {};
    QStringList parts;
    for (const SegmentView &s : segments) {
        const qint64 length = std::max<qint64>(1, s.end - s.start);
        const int percent = int(std::clamp<qint64>(s.done * 100 / length, 0, 100));
        parts << QCoreApplication::translate("SegmentToolTip", "%1–%2 %3%")
                     .arg(TransferFormat::dataSize(s.start), TransferFormat::dataSize(s.end))
                     .arg(percent);
    }
    return QCoreApplication::translate("SegmentToolTip", "%n range(s): %1", nullptr,
                                       int(segments.size()))
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace SegmentToolTip
