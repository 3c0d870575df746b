#include "folderline.h"

#include <QFontMetrics>

#include <algorithm>

namespace {
// A long folder is elided in the middle to this many average characters.
constexpr int kFolderChars = 60;
} // namespace

QString FolderLine::paragraph(const QFontMetrics &metrics, const QString &folder, int maxWidth)
{
    int width = kFolderChars * metrics.averageCharWidth();
    if (maxWidth > 0)
        width = std::min(width, maxWidth);
    const QString shown = metrics.elidedText(folder, Qt::ElideMiddle, width);
    return QStringLiteral("<p style=\"white-space:pre\">%1</p>").arg(shown.toHtmlEscaped());
}
