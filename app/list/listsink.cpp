#include "listsink.h"

#include <QIODevice>

ListSink::ListSink() = default;

ListSink::ListSink(QIODevice *out) : m_out(out) {}

void ListSink::put(int line, QStringView text)
{
    if (!m_error.isEmpty())
        return;
    // Padding a million blank lines at once would be one huge string: in bounded pieces.
    static constexpr int padChunk = 4096;
    const QString blanks(padChunk, u'\n');
    while (m_line + 1 < line) {
        const int n = std::min(padChunk, line - 1 - m_line);
        write(QStringView(blanks).first(n));
        m_line += n;
    }
    if (m_filter)
        write(m_filter(text));
    else
        write(text);
    write(u"\n");
    ++m_line;
}

void ListSink::note(int line, const QString &message)
{
    ++m_noteCount;
    if (m_notes.size() < maxNotes)
        m_notes.append(Note{line, message});
}

void ListSink::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

void ListSink::write(QStringView text)
{
    if (!m_out) {
        m_text += text;
        return;
    }
    const QByteArray bytes = text.toUtf8();
    if (m_out->write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write the converted list: %1").arg(m_out->errorString()));
}
