#include "transferrow.h"

#include "transferformat.h"

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

void TransferRow::takeBytes(qint64 bytes, qint64 now)
{
    if (bytes > received)
        lastDataMs = now;
    received = bytes;
    const qint64 dt = now - sampleMs;
    if (sampleMs == 0) {
        sampleMs = now;
        sampleBytes = bytes;
    } else if (dt >= 250) { // short windows make a jumpy figure
        const double instant = double(bytes - sampleBytes) * 1000.0 / double(dt);
        speed = speed <= 0 ? float(instant) : float(0.7 * speed + 0.3 * instant);
        if (speed < 1)
            speed = 0;
        sampleMs = now;
        sampleBytes = bytes;
    }
}

void TransferRow::settleSpeed(qint64 now)
{
    if (state != State::Active || lastDataMs == 0 || now - lastDataMs >= StaleMs) {
        speed = 0;
        sampleMs = now;
        sampleBytes = received;
    } else if (sampleMs > 0 && now - sampleMs >= 1000) {
        takeBytes(received, now);
    }
}

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
            // The engine says which rule holds the row, with its numbers.
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
    const bool running = state == State::Active && run != RunState::Paused;
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
            return TransferFormat::dataSize(total);
        return received > 0 ? TransferFormat::dataSize(received) : QString();
    case Column::Speed:
        // A paused row has no speed; a running one says 0 when no bytes come.
        return running ? TransferFormat::speed(speed) : QString();
    case Column::Eta: {
        if (!running)
            return QString();
        const qint64 eta = etaMs();
        return eta < 0 ? tr("unknown") : TransferFormat::duration(eta);
    }
    case Column::Elapsed:
        return startedMs > 0 || (result && state != State::Invalid)
                   ? TransferFormat::duration(elapsedMs(now))
                   : QString();
    case Column::Attempts:
        return attempt > 0 ? QString::number(attempt) : QString();
    case Column::Error:
        return TransferFormat::readableError(error); // RawRole keeps "kind: detail"
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

bool TransferModel::inGroup(RowState state, Group group)
{
    switch (group) {
    case Group::All:
        return true;
    case Group::Unfinished:
        return state == RowState::Queued || state == RowState::RetryWait ||
               state == RowState::Active;
    case Group::Failed:
        return state == RowState::Failed;
    case Group::Done:
        return state == RowState::Done;
    case Group::Cancelled:
        return state == RowState::Cancelled;
    case Group::Invalid:
        return state == RowState::Invalid;
    }
    return false;
}

int TransferModel::Summary::count(Group group) const
{
    int n = 0;
    for (int state = 0; state < StateCount; ++state)
        n += inGroup(RowState(state), group) ? counts[state] : 0;
    return n;
}
