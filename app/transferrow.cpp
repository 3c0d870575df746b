#include "transferrow.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <type_traits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TransferModel", text);
}

} // namespace

double TransferRow::fraction() const
{
    if (state == State::Done)
        return 1.0;
    if (total > 0)
        return std::clamp(double(received) / double(total), 0.0, 1.0);
    if (total == 0)
        return state == State::Active ? 0.0 : 1.0;
    return state == State::Active ? -1.0 : 0.0;
}

qint64 TransferRow::elapsedMs(qint64 now) const
{
    if (result)
        return result->elapsedMs;
    return startedMs > 0 ? std::max<qint64>(0, now - startedMs) : 0;
}

qint64 TransferRow::etaMs() const
{
    if (state != State::Active || total < 0 || speed < 1)
        return -1;
    return qint64(double(std::max<qint64>(0, total - received)) * 1000.0 / speed);
}

QString TransferRow::status(RunState run, qint64 now) const
{
    switch (state) {
    case State::Queued:
        if (run == RunState::NotStarted)
            return tr("Queued — press Start");
        if (run == RunState::Paused)
            return tr("Queued — paused");
        if (!waitReason.isEmpty()) {
            const qint64 left = waitUntilMs - now;
            if (left > 0)
                return tr("Waiting %1 s — %2").arg((left + 999) / 1000).arg(waitReason);
            return tr("Queued — %1").arg(waitReason);
        }
        return tr("Queued");
    case State::RetryWait: {
        const qint64 left = retryAtMs - now;
        const int next = attempt + 1;
        if (left <= 0)
            return tr("Retrying (attempt %1 of %2)").arg(next).arg(maxAttempts);
        return tr("Retry in %1 s (attempt %2 of %3)")
            .arg((left + 999) / 1000)
            .arg(next)
            .arg(maxAttempts);
    }
    case State::Active:
        if (run == RunState::Paused)
            return tr("Paused");
        if (attempt > 1)
            return tr("Downloading (attempt %1 of %2)").arg(attempt).arg(maxAttempts);
        return tr("Downloading");
    case State::Invalid: {
        QString reason = error;
        const QString prefix = errorKindName(ErrorKind::Invalid) + QStringLiteral(": ");
        if (reason.startsWith(prefix))
            reason = reason.mid(prefix.size());
        return reason.isEmpty() ? tr("Invalid") : tr("Invalid: %1").arg(reason);
    }
    case State::Done:
        // Verified on disk (or carried over from a resumed session): nothing was downloaded.
        if (result && result->skipped)
            return tr("Done — already complete");
        return TransferModel::stateName(state);
    default:
        return TransferModel::stateName(state);
    }
}

QVariant TransferRow::display(Column column, RunState run, qint64 now) const
{
    const QLocale locale;
    switch (column) {
    case Column::Number:
        return number;
    case Column::Url:
        return url;
    case Column::File:
        return file.mid(file.lastIndexOf(QLatin1Char('/')) + 1);
    case Column::Status:
        return status(run, now);
    case Column::Http:
        return httpStatus > 0 ? QString::number(httpStatus) : QString();
    case Column::Progress: {
        const double f = fraction();
        return f < 0 ? QString() : QStringLiteral("%1%").arg(int(f * 100));
    }
    case Column::Size:
        if (total >= 0)
            return locale.formattedDataSize(total);
        return received > 0 ? locale.formattedDataSize(received) : QString();
    case Column::Speed:
        return state == State::Active && speed >= 1
                   ? tr("%1/s").arg(locale.formattedDataSize(qint64(speed)))
                   : QString();
    case Column::Eta:
        return TransferModel::formatDuration(etaMs());
    case Column::Elapsed:
        return startedMs > 0 || (result && state != State::Invalid)
                   ? TransferModel::formatDuration(elapsedMs(now))
                   : QString();
    case Column::Attempts:
        return attempt > 0 ? QString::number(attempt) : QString();
    case Column::Error:
        return error;
    case Column::Count:
        break;
    }
    return {};
}

namespace {
// Calls f with the value RawRole holds for `column`: numbers as numbers (unknown ETAs last),
// texts as they are. raw() wraps it in a QVariant; rawLessThan() compares two rows' without one.
template <typename F>
auto withRaw(const TransferRow &row, TransferRow::Column column, qint64 now, F f)
{
    using Column = TransferRow::Column;
    switch (column) {
    case Column::Number:
        return f(row.number);
    case Column::Status:
        return f(int(row.state));
    case Column::Http:
        return f(int(row.httpStatus));
    case Column::Progress:
        return f(row.fraction());
    case Column::Size:
        return f(row.total >= 0 ? row.total : row.received);
    case Column::Speed:
        return f(row.state == TransferRow::State::Active ? double(row.speed) : 0.0);
    case Column::Eta: {
        const qint64 eta = row.etaMs();
        return f(eta < 0 ? std::numeric_limits<qint64>::max() : eta);
    }
    case Column::Elapsed:
        return f(row.elapsedMs(now));
    case Column::Attempts:
        return f(int(row.attempt));
    case Column::File:
        return f(row.file);
    case Column::Url:
        return f(row.url);
    case Column::Error:
    case Column::Count:
        break;
    }
    return f(row.error);
}
} // namespace

QVariant TransferRow::raw(Column column, qint64 now) const
{
    if (column >= Column::Count)
        return {};
    return withRaw(*this, column, now, [](const auto &value) { return QVariant(value); });
}

bool TransferRow::rawLessThan(const TransferRow &other, Column column, qint64 now) const
{
    if (column >= Column::Count)
        return false;
    return withRaw(*this, column, now, [&](const auto &mine) {
        return withRaw(other, column, now, [&](const auto &theirs) {
            // One column holds one type; the other pairings are never called.
            if constexpr (std::is_same_v<decltype(mine), decltype(theirs)>)
                return mine < theirs;
            else
                return false;
        });
    });
}

Result TransferRow::exportResult(qint64 now) const
{
    if (result)
        return *result;
    Result r;
    r.id = id;
    r.url = url;
    r.httpStatus = httpStatus;
    r.bytes = received;
    r.elapsedMs = elapsedMs(now);
    r.attempts = attempt;
    if (state == State::Invalid) {
        r.outcome = Outcome::Invalid;
        r.errorKind = ErrorKind::Invalid;
        r.errorDetail = error.mid(error.indexOf(QLatin1Char(':')) + 1).trimmed();
    } else {
        r.outcome = Outcome::Cancelled;
        r.errorKind = ErrorKind::Cancelled;
        r.errorDetail = tr("not finished when exported (%1)").arg(TransferModel::stateName(state));
    }
    return r;
}

QString TransferModel::stateName(RowState state)
{
    switch (state) {
    case RowState::Queued:
        return tr("Queued");
    case RowState::RetryWait:
        return tr("Waiting to retry");
    case RowState::Active:
        return tr("Downloading");
    case RowState::Done:
        return tr("Done");
    case RowState::Failed:
        return tr("Failed");
    case RowState::Cancelled:
        return tr("Cancelled");
    case RowState::Invalid:
        return tr("Invalid");
    }
    return {};
}

QString TransferModel::formatDuration(qint64 ms)
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
