#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

class QIODevice;

// Where a converter of another list format (aria2 input, Metalink, a results CSV) writes: lines
// of the list format, each put at the line number of the input it came from so that a bad field
// is reported where the user wrote it, notes on what was left out, and a fatal error. The text
// goes to a device as it comes (a temporary file for lists of millions) or is kept in memory.
class ListSink final
{
public:
    struct Note
    {
        int line = 0; // 0: about the whole input
        QString message;
    };

    // Keeps the text in memory (text()).
    ListSink();
    // Streams the text, UTF-8, to `out` (which must stay open while the sink writes).
    explicit ListSink(QIODevice *out);

    // `text` (one line, no line break) lands on `line`, blank lines padding the way there; a line
    // at or before the last one written goes on the next line instead.
    void put(int line, QStringView text);
    // Passes every line put through `filter` first (checksums attached on the way).
    void setFilter(std::function<QString(QStringView)> filter) { m_filter = std::move(filter); }
    void note(int line, const QString &message);
    void fail(const QString &error);

    const QString &text() const { return m_text; }
    // The first maxNotes notes, in order; noteCount() counts them all.
    const QList<Note> &notes() const { return m_notes; }
    qsizetype noteCount() const { return m_noteCount; }
    // Why the input could not be read at all (a malformed document); empty when it could.
    const QString &error() const { return m_error; }
    // False once writing to the device failed (then error() says why).
    bool ok() const { return m_error.isEmpty(); }
    int lastLine() const { return m_line; }

    static constexpr int maxNotes = 1000;

private:
    void write(QStringView text);

    QIODevice *m_out = nullptr;
    std::function<QString(QStringView)> m_filter;
    QString m_text;
    QList<Note> m_notes;
    qsizetype m_noteCount = 0;
    QString m_error;
    int m_line = 0;
};
