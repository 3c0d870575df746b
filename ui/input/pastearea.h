#pragma once

#include <QPlainTextEdit>

// The paste area. A paste too large to lay out in a text editor without freezing the window
// (a million lines, tens of megabytes) is not inserted: it is handed on with largeTextPasted,
// for the window to read in the background, and the editor stays as it was.
class PasteArea final : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxChars = 512 * 1024;
    static constexpr qsizetype MaxLines = 5000;

    explicit PasteArea(QWidget *parent = nullptr);

    static bool fitsEditor(const QString &text);

Q_SIGNALS:
    void largeTextPasted(const QString &text);

protected:
    void insertFromMimeData(const QMimeData *source) override;
};
