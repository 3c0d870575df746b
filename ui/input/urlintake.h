#pragma once

#include <QObject>
#include <QString>

class InputPanel;
class QMimeData;
class QWidget;

// Brings URLs into the input panel from outside the paste area: list files (`fanout LIST`,
// Add from File, a dropped file), dropped links or text, and the clipboard.
class UrlIntake final : public QObject
{
    Q_OBJECT

public:
    // `window`: the parent of the file dialog.
    UrlIntake(InputPanel *input, QWidget *window, QObject *parent = nullptr);

    // Reads a list file and adds its URLs; false (and a message) when it cannot be read.
    bool addFile(const QString &path);
    // Asks for a list file (starting where the last one was) and adds it.
    void chooseFile();
    void pasteClipboard();
    // A drag the window takes: links, files or text.
    static bool accepts(const QMimeData *mime);
    // Local files are read as lists; links and text are added as pasted.
    void drop(const QMimeData *mime);

Q_SIGNALS:
    // A word for the status bar (timeout in ms, 0: until the next one).
    void message(const QString &text, int timeout);

private:
    InputPanel *m_input;
    QWidget *m_window;
};
