#pragma once

// The lines a word-wrapped QLabel lays its text out in, at the width it has now: its text laid
// out again by a QTextDocument with the label's font, format and width, as QLabel does. For
// checking where a label breaks (a path must not break after its first "/"). Header-only.

#include <QAbstractTextDocumentLayout>
#include <QLabel>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

inline QStringList labelLines(const QLabel &label)
{
    QTextDocument doc;
    doc.setDefaultFont(label.font());
    doc.setDocumentMargin(0);
    const bool rich = label.textFormat() == Qt::RichText ||
                      (label.textFormat() == Qt::AutoText && Qt::mightBeRichText(label.text()));
    if (rich)
        doc.setHtml(label.text());
    else
        doc.setPlainText(label.text());
    doc.setTextWidth(label.contentsRect().width() - 2 * label.margin());
    doc.documentLayout()->documentSize(); // lays it out
    QStringList lines;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            lines << block.text().mid(line.textStart(), line.textLength()).trimmed();
        }
    }
    return lines;
}

// Where a folder shows among `lines` (a prompt that puts it on a line of its own): the line
// that starts with its first folder ("/tmp/", "/home/") and ends with its last part, whole when
// it is short, elided in the middle when it is long. Empty when it shows so; else what is wrong.
// `*line` gets the line found.
inline QString folderLineProblem(const QStringList &lines, const QString &folder, QString *line)
{
    const QString head = folder.section(u'/', 0, 1) + u'/';
    const auto found = std::find_if(lines.cbegin(), lines.cend(),
                                    [&](const QString &l) { return l.startsWith(head); });
    if (found == lines.cend() || !found->endsWith(u'/' + folder.section(u'/', -1)))
        return QStringLiteral("no line shows %1: %2").arg(folder, lines.join(u'|'));
    *line = *found;
    if (folder.size() < 40 && *found != folder)
        return QStringLiteral("%1 is not whole: %2").arg(folder, *found);
    if (folder.size() >= 40 && !found->contains(QChar(0x2026)))
        return QStringLiteral("%1 is not elided in the middle").arg(*found);
    return {};
}
