#include "csvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <array>

namespace {

// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window (QCoreApplication::translate is thread-safe).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
};

using namespace Qt::StringLiterals;

struct Column
{
    QLatin1StringView name;
    QString (*value)(const Result &);
};

// One table drives both header() and row(), so a new column is one line here and the two can
// never disagree. Append only: consumers read columns by position.
const std::array<Column, 12> &columns()
{
    static const std::array<Column, 12> table = {{
        {"url"_L1, [](const Result &r) { return r.url; }},
        {"final_url"_L1, [](const Result &r) { return r.finalUrl; }},
        {"outcome"_L1, [](const Result &r) { return outcomeName(r.outcome); }},
        {"http_status"_L1,
         [](const Result &r) { return r.httpStatus ? QString::number(r.httpStatus) : QString(); }},
        {"bytes"_L1, [](const Result &r) { return QString::number(r.bytes); }},
        {"elapsed_ms"_L1, [](const Result &r) { return QString::number(r.elapsedMs); }},
        {"attempts"_L1, [](const Result &r) { return QString::number(r.attempts); }},
        {"error"_L1, [](const Result &r) { return r.error(); }},
        {"file"_L1, [](const Result &r) { return r.file; }},
        {"sha256"_L1, [](const Result &r) { return r.sha256; }},
        {"polite_wait_ms"_L1, [](const Result &r) { return QString::number(r.politeWaitMs); }},
        {"skipped"_L1, [](const Result &r) { return r.skipped ? u"yes"_s : u"no"_s; }},
    }};
    return table;
}

void appendLine(QString *out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            *out += u',';
        *out += CsvWriter::escapeField(fields[i]);
    }
    *out += u"\r\n";
}

} // namespace

namespace CsvWriter {

QStringList header(bool hookColumn)
{
    QStringList names;
    for (const Column &c : columns())
        names.append(c.name);
    if (hookColumn)
        names.append(u"hook"_s);
    names.append(u"segments"_s); // the last column, after hook (issue 17)
    return names;
}

QStringList row(const Result &result, bool hookColumn)
{
    QStringList values;
    for (const Column &c : columns())
        values.append(c.value(result));
    if (hookColumn)
        values.append(result.hook);
    values.append(QString::number(result.segments));
    return values;
}

QString escapeField(const QString &field)
{
    QString value = field;
    // A spreadsheet runs a cell starting with these as a formula (CSV injection); a leading
    // apostrophe makes it text. Tab and CR are included because some spreadsheets skip them.
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            value.prepend(u'\'');
    }
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') ||
                             value.contains(u'\r') || value.contains(u'\n');
    if (!needsQuotes)
        return value;
    value.replace(u'"', u"\"\""_s);
    return u'"' + value + u'"';
}

QString line(const QStringList &fields)
{
    QString out;
    appendLine(&out, fields);
    return out;
}

QString toCsv(const QList<Result> &results)
{
    QString out;
    appendLine(&out, header());
    for (const Result &r : results)
        appendLine(&out, row(r));
    return out;
}

bool write(const QString &path, const QList<Result> &results, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = Text::tr("cannot write %1: %2").arg(path, why);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray data = toCsv(results).toUtf8();
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace CsvWriter
