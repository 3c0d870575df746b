#pragma once

#include <QObject>
#include <QString>

#include "listformat.h"

class InputPanel;
class ListSink;
class QMimeData;
class QWidget;

// Brings URLs into the input panel from outside the paste area: list files (`fanout LIST`,
// Add from File, a dropped file) in any format ListFormat knows (aria2 input, Metalink and
// results CSVs are converted into the list format first), dropped links or text, and the
// clipboard. A checksum file (Add Checksums…, or opened or dropped as a list) attaches its
// digests to the lines in the paste area.
class UrlIntake final : public QObject
{
    Q_OBJECT

public:
    // `window`: the parent of the file dialog.
    UrlIntake(InputPanel *input, QWidget *window, QObject *parent = nullptr);

    // Reads a list file and adds its URLs; false (and a message) when it cannot be read. A
    // large file in another format is converted on a worker thread: its URLs come later, or a
    // message says why they cannot.
    bool addFile(const QString &path);
    // Asks for a list file (starting where the last one was) and adds it.
    void chooseFile();
    // Asks for a checksum file and attaches its digests to the lines in the paste area.
    void chooseChecksums();
    // Attaches the digests of a checksum file to the paste area's lines; false (and a
    // message) when nothing could be attached.
    bool addChecksums(const QString &path);
    void pasteClipboard();
    // A drag the window takes: links, files or text.
    static bool accepts(const QMimeData *mime);
    // Local files are read as lists; links and text are added as pasted.
    void drop(const QMimeData *mime);

Q_SIGNALS:
    // A word for the status bar (timeout in ms, 0: until the next one).
    void message(const QString &text, int timeout);

private:
    bool readFile(const QString &path, QByteArray *data);
    bool attachChecksums(const QByteArray &data, const QString &name);
    bool finishConversion(const ListSink &converted, const QString &name, ListFormat::Kind kind);

    InputPanel *m_input;
    QWidget *m_window;
};
