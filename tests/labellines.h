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
