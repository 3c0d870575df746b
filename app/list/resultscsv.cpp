#include "resultscsv.h"

#include "linebuilder.h"
#include "listsink.h"
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's texts: English without a translator (headless), the
// window's language in the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ResultsCsv)
};

// CsvWriter's formula guard, undone: "'=1" was "=1".
QString unguarded(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'') {
        const QChar c = cell[1];
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return cell.mid(1);
    }
    return cell;
}

// Feeds `line` into a CSV field state. Past maxField characters in one field it sets *tooLong
// and from then on follows only the quotes (to find where the row ends), keeping nothing.
void scan(QStringView line, QStringList *fields, QString *field, bool *quoted, bool *tooLong)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (*quoted) {
            if (c != u'"') {
                *field += c;
            } else if (i + 1 < line.size() && line[i + 1] == u'"') {
                *field += u'"';
                ++i;
            } else {
                *quoted = false;
            }
        } else if (c == u',') {
            fields->append(std::move(*field));
            field->clear();
        } else if (c == u'"' && field->isEmpty()) {
            *quoted = true;
        } else {
            *field += c; // a stray quote inside an unquoted field is kept, as most readers do
        }
        if (field->size() > ResultsCsv::maxField || fields->size() > ResultsCsv::maxFields)
            *tooLong = true;
        if (*tooLong) {
            fields->clear();
            field->clear();
        }
    }
}

} // namespace

ResultsCsv::ResultsCsv(ListSink *sink) : m_sink(sink) {}

QStringList ResultsCsv::splitLine(QStringView line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool tooLong = false;
    scan(line, &fields, &field, &quoted, &tooLong);
    fields.append(field);
    return fields;
}

bool ResultsCsv::isHeader(QStringView header)
{
    const QStringList names = splitLine(header);
    return names.contains(u"url"_s) && names.contains(u"file"_s);
}

void ResultsCsv::addLine(QStringView line)
{
    ++m_line;
    if (m_quoted) {
        if (!m_tooLong)
            m_field += u'\n'; // the line break was inside the quoted field
    } else {
        if (line.trimmed().isEmpty())
            return;
        m_rowLine = m_line;
        m_tooLong = false;
    }
    const bool wasTooLong = m_tooLong;
    scan(line, &m_fields, &m_field, &m_quoted, &m_tooLong);
    if (m_tooLong && !wasTooLong)
        m_sink->note(
            m_rowLine,
            Text::tr("a field is longer than %1 characters (or the row has more than %2 fields); "
                     "row left out")
                .arg(maxField)
                .arg(maxFields));
    if (m_quoted)
        return;
    if (m_tooLong) {
        m_tooLong = false;
        return;
    }
    endRow();
}

void ResultsCsv::finish()
{
    if (m_quoted && !m_tooLong) {
        m_sink->note(m_rowLine, Text::tr("a quoted field is not closed; row left out"));
        m_fields.clear();
        m_field.clear();
    }
}

void ResultsCsv::endRow()
{
    m_fields.append(std::move(m_field));
    m_field.clear();
    const QStringList fields = std::move(m_fields);
    m_fields.clear();
    if (!m_sink->ok())
        return;
    if (m_urlColumn < 0) {
        m_urlColumn = int(fields.indexOf(u"url"_s));
        m_fileColumn = int(fields.indexOf(u"file"_s));
        if (m_urlColumn < 0)
            m_sink->fail(Text::tr("not a results CSV: the first row names no url column"));
        return;
    }
    if (m_urlColumn >= fields.size()) {
        m_sink->note(m_rowLine, Text::tr("the row has no url column; left out"));
        return;
    }
    const QString url = unguarded(fields[m_urlColumn]).trimmed();
    if (url.isEmpty())
        return;
    LineBuilder out(url);
    if (m_fileColumn >= 0 && m_fileColumn < fields.size()) {
        const QString file = unguarded(fields[m_fileColumn]);
        out.add(u"name", QStringView(file).mid(file.lastIndexOf(u'/') + 1));
    }
    if (out.problem().isEmpty())
        m_sink->put(m_rowLine, out.text());
    else
        m_sink->note(m_rowLine, Text::tr("not converted: %1").arg(out.problem()));
}
