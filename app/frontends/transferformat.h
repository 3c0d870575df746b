#pragma once

#include <QString>
#include <QVariant>

#include "result.h"
#include "transfermodel.h"

// How the window words numbers and errors: durations, sizes, speeds with plurals that read
// right, and an error as people read it ("404 Not Found") instead of the CSV's "kind: detail".
// Kept apart from TransferModel so the model holds state, not wording: the state names and
// column headers are worded here too.
namespace TransferFormat {

// "1:05", "1:02:03"; empty for a negative (unknown) duration.
QString duration(qint64 ms);
// "824 bytes", "1 byte", "1.31 MiB".
QString dataSize(qint64 bytes);
// "42%" (French "42 %"): a fraction from 0 to 1 as a whole percentage in the window's language.
QString percent(double fraction);
// The same pattern as a QProgressBar format: "%p%" (French "%p %").
QString percentFormat();
// The progress as a screen reader says it, from TransferModel::ProgressRole's value (none: not
// started): "42%, 1.31 MiB of 3.00 MiB", "1.31 MiB of an unknown size", "Not started".
QString progressText(const QVariant &fraction, qint64 received, qint64 total);
// "824 bytes/s", "1 byte/s", "1.3 MiB/s": one decimal, so the column stays narrow.
QString speed(double bytesPerSecond);
// "http: HTTP 404 Not Found" -> "404 Not Found", "timeout: no connection within 30 s" ->
// "Timed out: no connection within 30 s". Text without a known kind word comes back as it is.
QString readableError(const QString &error);
// The standard reason phrase of an HTTP status ("Not Found", translated), empty when not a
// common one.
QString reasonPhrase(int status);
// "Queued", "Waiting to retry", "Downloading", "Done", ... (TransferModel::stateName).
QString stateName(TransferModel::RowState state);
// The table's column headers ("#", "URL", ..., "ETA") and their tool tips.
QString columnTitle(TransferModel::Column column);
QString columnToolTip(TransferModel::Column column);

} // namespace TransferFormat
