#include "pastearea.h"

#include <QMimeData>

PasteArea::PasteArea(QWidget *parent) : QPlainTextEdit(parent) {}

bool PasteArea::fitsEditor(const QString &text)
{
    // Counting stops early: a 40 MB paste is judged after its first MaxLines line breaks.
    if (text.size() > MaxChars)
        return false;
    qsizetype lines = 0;
    for (const QChar c : text) {
        if (c == u'\n' && ++lines > MaxLines)
            return false;
    }
    return true;
}

void PasteArea::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText() && !source->hasUrls()) {
        const QString text = source->text();
        if (!fitsEditor(text)) {
            Q_EMIT largeTextPasted(text);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}
