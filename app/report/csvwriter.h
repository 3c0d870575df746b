#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "result.h"

// Writes results as RFC 4180 CSV (UTF-8, CRLF, header row first), neutralising cells a
// spreadsheet would run as formulas, and replacing the file atomically (QSaveFile).
namespace CsvWriter {

// The columns, in order: url,final_url,outcome,http_status,bytes,elapsed_ms,attempts,error,
// file,sha256, then polite_wait_ms (time queued behind its host's politeness rules) and skipped
// (yes when the file was already complete and verified, so nothing was downloaded). With
// `hookColumn` (an item hook is set) one more column trails them all: hook (Result::hook).
QStringList header(bool hookColumn = false);
QStringList row(const Result &result, bool hookColumn = false);

// One field quoted when it needs to be; a leading =, +, -, @, tab or CR is prefixed with '.
QString escapeField(const QString &field);
// One line of fields, with its CRLF.
QString line(const QStringList &fields);
QString toCsv(const QList<Result> &results);

// Atomic write; on failure returns false and sets *error to a message naming the path.
bool write(const QString &path, const QList<Result> &results, QString *error = nullptr);

} // namespace CsvWriter
