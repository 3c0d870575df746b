#include "transferformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <iterator>

namespace {

// The translation context of this file's texts (lupdate reads the macro; a free tr() it
// could not place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TransferFormat)
};

// The texts worded for TransferModel keep its translation context.
struct ModelText
{
    Q_DECLARE_TR_FUNCTIONS(TransferModel)
};

// "host not found: x" -> "Host not found: x"
QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

} // namespace

namespace TransferFormat {

QString duration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString dataSize(qint64 bytes)
{
    if (bytes < 1024) // formattedDataSize says "1 bytes"
        return Text::tr("%n byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes);
}

QString percent(double fraction)
{
    //: A share of a download, "42%": French writes a (no-break) space before the sign
    return Text::tr("%1%").arg(QLocale().toString(int(fraction * 100)));
}

QString percentFormat()
{
    return Text::tr("%1%").arg(QStringLiteral("%p"));
}

QString progressText(const QVariant &progress, qint64 received, qint64 total)
{
    if (!progress.isValid())
        return Text::tr("Not started");
    const double fraction = progress.toDouble();
    if (fraction < 0)
        return Text::tr("%1 of an unknown size").arg(dataSize(received));
    const QString percent = TransferFormat::percent(fraction);
    if (total < 0)
        return percent;
    //: "42%, 1.31 MiB of 3.00 MiB"
    return Text::tr("%1, %2 of %3").arg(percent, dataSize(received), dataSize(total));
}

QString speed(double bytesPerSecond)
{
    const auto bytes = qint64(bytesPerSecond);
    if (bytes < 1024)
        return Text::tr("%n byte(s)/s", nullptr, int(std::max<qint64>(0, bytes)));
    return Text::tr("%1/s").arg(QLocale().formattedDataSize(bytes, 1));
}

// The English reason phrase of a common HTTP status, nullptr for another.
const char *englishReason(int status)
{
    switch (status) {
    case 400:
        return QT_TRANSLATE_NOOP("TransferFormat", "Bad Request");
    case 401:
        return QT_TRANSLATE_NOOP("TransferFormat", "Unauthorized");
    case 403:
        return QT_TRANSLATE_NOOP("TransferFormat", "Forbidden");
    case 404:
        return QT_TRANSLATE_NOOP("TransferFormat", "Not Found");
    case 405:
        return QT_TRANSLATE_NOOP("TransferFormat", "Method Not Allowed");
    case 408:
        return QT_TRANSLATE_NOOP("TransferFormat", "Request Timeout");
    case 410:
        return QT_TRANSLATE_NOOP("TransferFormat", "Gone");
    case 416:
        return QT_TRANSLATE_NOOP("TransferFormat", "Range Not Satisfiable");
    case 429:
        return QT_TRANSLATE_NOOP("TransferFormat", "Too Many Requests");
    case 500:
        return QT_TRANSLATE_NOOP("TransferFormat", "Internal Server Error");
    case 502:
        return QT_TRANSLATE_NOOP("TransferFormat", "Bad Gateway");
    case 503:
        return QT_TRANSLATE_NOOP("TransferFormat", "Service Unavailable");
    case 504:
        return QT_TRANSLATE_NOOP("TransferFormat", "Gateway Timeout");
    default:
        return nullptr;
    }
}

QString reasonPhrase(int status)
{
    const char *english = englishReason(status);
    return english ? Text::tr(english) : QString();
}

QString readableError(const QString &error)
{
    const qsizetype colon = error.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? error : error.left(colon);
    QString detail = colon < 0 ? QString() : error.mid(colon + 1).trimmed();
    const auto is = [&kind](ErrorKind k) { return kind == errorKindName(k); };
    if (is(ErrorKind::Http)) {
        // "HTTP 404 Not Found", "HTTP 404", "404 Not Found"
        if (detail.startsWith(QLatin1String("HTTP "), Qt::CaseInsensitive))
            detail = detail.mid(5);
        // The status alone or with its standard English phrase reads in the window's language;
        // a server's own wording stays as it came.
        const qsizetype space = detail.indexOf(QLatin1Char(' '));
        bool number = false;
        const int status = detail.left(space).toInt(&number);
        const char *english = number ? englishReason(status) : nullptr;
        if (english && (space < 0 || detail.mid(space + 1).compare(QLatin1String(english),
                                                                   Qt::CaseInsensitive) == 0))
            return QStringLiteral("%1 %2").arg(status).arg(reasonPhrase(status));
        return detail.isEmpty() ? Text::tr("HTTP error") : capitalized(detail);
    }
    const struct
    {
        ErrorKind kind;
        const char *word;
    } words[] = {
        {ErrorKind::Timeout, QT_TRANSLATE_NOOP("TransferFormat", "Timed out")},
        {ErrorKind::Stall, QT_TRANSLATE_NOOP("TransferFormat", "Stalled")},
        {ErrorKind::Connect, QT_TRANSLATE_NOOP("TransferFormat", "Cannot connect")},
        {ErrorKind::Dns, QT_TRANSLATE_NOOP("TransferFormat", "Host not found")},
        {ErrorKind::Tls, QT_TRANSLATE_NOOP("TransferFormat", "Secure connection failed")},
        {ErrorKind::Redirect, QT_TRANSLATE_NOOP("TransferFormat", "Redirect failed")},
        {ErrorKind::Truncated, QT_TRANSLATE_NOOP("TransferFormat", "Cut short")},
        {ErrorKind::Disk, QT_TRANSLATE_NOOP("TransferFormat", "Cannot save")},
        {ErrorKind::Cancelled, QT_TRANSLATE_NOOP("TransferFormat", "Cancelled")},
        {ErrorKind::Invalid, QT_TRANSLATE_NOOP("TransferFormat", "Invalid")},
        {ErrorKind::Checksum, QT_TRANSLATE_NOOP("TransferFormat", "Checksum mismatch")},
    };
    for (const auto &w : words) {
        if (!is(w.kind))
            continue;
        // The detail often says it already ("host not found: x", "connection refused by x",
        // "cancelled by the user").
        if (w.kind == ErrorKind::Dns || w.kind == ErrorKind::Connect ||
            detail.startsWith(QString::fromLatin1(w.word), Qt::CaseInsensitive) ||
            detail.startsWith(Text::tr(w.word), Qt::CaseInsensitive) ||
            detail.startsWith(kind, Qt::CaseInsensitive))
            return detail.isEmpty() ? Text::tr(w.word) : capitalized(detail);
        return detail.isEmpty() ? Text::tr(w.word)
                                : Text::tr("%1: %2").arg(Text::tr(w.word), detail);
    }
    return error;
}

QString stateName(TransferModel::RowState state)
{
    using RowState = TransferModel::RowState;
    switch (state) {
    case RowState::Queued:
        return ModelText::tr("Queued");
    case RowState::RetryWait:
        return ModelText::tr("Waiting to retry");
    case RowState::Active:
        return ModelText::tr("Downloading");
    case RowState::Done:
        return ModelText::tr("Done");
    case RowState::Failed:
        return ModelText::tr("Failed");
    case RowState::Cancelled:
        return ModelText::tr("Cancelled");
    case RowState::Invalid:
        return ModelText::tr("Invalid");
    }
    return {};
}

QString columnTitle(TransferModel::Column column)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("TransferModel", "#"),
                                        QT_TRANSLATE_NOOP("TransferModel", "URL"),
                                        QT_TRANSLATE_NOOP("TransferModel", "File"),
                                        QT_TRANSLATE_NOOP("TransferModel", "Status"),
                                        QT_TRANSLATE_NOOP("TransferModel", "HTTP"),
                                        QT_TRANSLATE_NOOP("TransferModel", "Progress"),
                                        QT_TRANSLATE_NOOP("TransferModel", "Size"),
                                        QT_TRANSLATE_NOOP("TransferModel", "Speed"),
                                        QT_TRANSLATE_NOOP("TransferModel", "ETA"),
                                        QT_TRANSLATE_NOOP("TransferModel", "Elapsed"),
                                        QT_TRANSLATE_NOOP("TransferModel", "Attempts"),
                                        QT_TRANSLATE_NOOP("TransferModel", "Error")};
    static_assert(std::size(names) == size_t(TransferModel::Column::Count));
    const int section = int(column);
    if (section < 0 || section >= int(std::size(names)))
        return {};
    return ModelText::tr(names[section]);
}

QString columnToolTip(TransferModel::Column column)
{
    if (column == TransferModel::Column::Eta)
        return ModelText::tr("Estimated time left for this download");
    return columnTitle(column);
}

} // namespace TransferFormat
