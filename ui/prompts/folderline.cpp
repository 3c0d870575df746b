#include "folderline.h"

#include <QFontMetrics>

namespace {
// A long folder is elided in the middle to this many average characters.
constexpr int kFolderChars = 60;
} // namespace

QString FolderLine::paragraph(const QFontMetrics &metrics, const QString &folder)
{
    const QString shown =
        metrics.elidedText(folder, Qt::ElideMiddle, kFolderChars * metrics.averageCharWidth());
    return QStringLiteral("<p style=\"white-space:pre\">%1</p>").arg(shown.toHtmlEscaped());
}
