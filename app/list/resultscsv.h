#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

class ListSink;

// Converts a results CSV that Fanout exported (CsvWriter: RFC 4180, a header row naming the
// columns) back into a list: each row's `url`, with the base name of its `file` column as
// name= when there is one. Line by line in bounded memory; a quoted field may span lines (a row
// lands on the line it starts on, the lines it continues on stay blank). The formula guard the
// writer adds (a leading ' before = + - @ TAB CR) is taken off again.
class ResultsCsv final
{
public:
    explicit ResultsCsv(ListSink *sink);

    // One input line without its line break; lines are numbered from 1.
    void addLine(QStringView line);
    // Ends the input (a row left open by a quote is reported).
    void finish();

    // The fields of one complete CSV line (no quoted line breaks), for format detection.
    static QStringList splitLine(QStringView line);
    // True when `header` (a first line) names the url and file columns.
    static bool isHeader(QStringView header);

    // A row with a longer field or more fields is left out with a note (a list line could not
    // hold it anyway).
    static constexpr qsizetype maxField = 1024 * 1024;
    static constexpr qsizetype maxFields = 10000;

private:
    void endRow();

    ListSink *m_sink;
    int m_line = 0;
    int m_rowLine = 0; // the line the current row started on
    QStringList m_fields;
    QString m_field;
    bool m_quoted = false;  // inside a quoted field
    bool m_tooLong = false; // the row is skipped
    int m_urlColumn = -1;   // -1 until the header is read
    int m_fileColumn = -1;
};
