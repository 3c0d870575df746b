#include "transferrow.h"

#include "textinterner.h"
#include "transferformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <type_traits>

namespace {

// The translation context of this file's texts (lupdate reads the macro; a free tr() it
// could not place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TransferModel)
};

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
            return Text::tr("Queued — press Start");
        if (run == RunState::Paused)
            return Text::tr("Queued — paused");
        if (!waitReason.isEmpty()) {
            // The engine says which rule holds the row, with its numbers.
            const qint64 left = waitUntilMs - now;
            if (left > 0)
                return Text::tr("Waiting %1 s — %2").arg((left + 999) / 1000).arg(waitReason);
            return Text::tr("Queued — %1").arg(waitReason);
        }
        return Text::tr("Queued");
    case State::RetryWait: {
        const qint64 left = retryAtMs - now;
        const int next = attempt + 1;
        if (left <= 0)
            return Text::tr("Retrying (attempt %1 of %2)").arg(next).arg(maxAttempts);
        return Text::tr("Retry in %1 s (attempt %2 of %3)")
            .arg((left + 999) / 1000)
            .arg(next)
            .arg(maxAttempts);
    }
    case State::Active:
        if (run == RunState::Paused)
            return Text::tr("Paused");
        if (attempt > 1)
            return Text::tr("Downloading (attempt %1 of %2)").arg(attempt).arg(maxAttempts);
        return Text::tr("Downloading");
    case State::Invalid: {
        QString reason = error;
        const QString prefix = errorKindName(ErrorKind::Invalid) + QStringLiteral(": ");
        if (reason.startsWith(prefix))
            reason = reason.mid(prefix.size());
        return reason.isEmpty() ? Text::tr("Invalid") : Text::tr("Invalid: %1").arg(reason);
    }
    case State::Done:
        // Verified on disk (or carried over from a resumed session): nothing was downloaded.
        if (result && result->skipped)
            return result->verified ? Text::tr("Done — already complete, verified")
                                    : Text::tr("Done — already complete");
        // Every digest the list gave matched the body.
        if (result && result->verified)
            return Text::tr("Done — verified");
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
        return f < 0 ? QString() : TransferFormat::percent(f);
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
        return eta < 0 ? Text::tr("unknown") : TransferFormat::duration(eta);
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
        r.errorDetail =
            Text::tr("not finished when exported (%1)").arg(TransferModel::stateName(state));
    }
    return r;
}

TransferRow TransferRow::fromEntry(ItemId id, quint32 number, const UrlList::Entry &entry,
                                   TextInterner &texts)
{
    TransferRow row;
    row.id = id;
    row.number = number;
    if (entry.valid) {
        row.url = UrlList::redacted(entry.url);
        // Usually the very text pasted, which the engine keeps too: one copy for both.
        TextInterner::share(row.url, entry.text);
    } else {
        row.url = UrlList::redactedText(entry.text);
        row.state = State::Invalid;
        row.error =
            texts.intern(errorKindName(ErrorKind::Invalid) + QStringLiteral(": ") + entry.reason);
    }
    return row;
}

TransferRow::Change TransferRow::takeUpdate(const ItemUpdate &u, qint64 now, TextInterner &texts)
{
    Change change;
    quint16 &changed = change.columns;
    if (u.attempt != attempt || u.maxAttempts != maxAttempts) {
        if (u.attempt != attempt) { // a new attempt starts from zero bytes
            sampleBytes = 0;
            sampleMs = now;
            speed = 0;
            lastDataMs = 0;
        }
        attempt = quint16(u.attempt);
        maxAttempts = quint16(u.maxAttempts);
        changed |= bit(Column::Attempts) | bit(Column::Status);
    }
    if (u.received != received || u.total != total) {
        if (u.carried > received)
            sampleMs = 0; // bytes from disk are no speed: the next sample starts after them
        total = u.total;
        takeBytes(u.received, now);
        changed |= ProgressColumns;
    }
    if (u.segments.isEmpty() ? bool(segments) : (!segments || *segments != u.segments)) {
        segments = u.segments.isEmpty() ? nullptr : std::make_unique<SegmentViews>(u.segments);
        changed |= bit(Column::Progress);
    }
    if (u.httpStatus != httpStatus) {
        httpStatus = qint16(u.httpStatus);
        changed |= bit(Column::Http);
    }
    if (u.retryAtMs != retryAtMs) {
        retryAtMs = u.retryAtMs;
        changed |= bit(Column::Status);
    }
    change.waitChanged = u.waitReason != waitReason || u.waitUntilMs != waitUntilMs;
    if (change.waitChanged) {
        waitReason = texts.intern(u.waitReason);
        waitUntilMs = u.waitUntilMs;
        changed |= bit(Column::Status);
    }
    if (!u.file.isEmpty() && u.file != file) {
        file = u.file;
        changed |= bit(Column::File);
    }
    if (!u.lastError.isEmpty() && u.lastError != error) {
        error = texts.intern(u.lastError);
        changed |= bit(Column::Error);
    }
    change.next = u.state == ItemState::Active      ? State::Active
                  : u.state == ItemState::RetryWait ? State::RetryWait
                  : u.state == ItemState::Queued    ? State::Queued
                                                    : state;
    // A batch may carry an attempt that started and already failed: it started all the same.
    if ((change.next == State::Active || u.attempt > 0) && startedMs == 0)
        startedMs = now;
    if (change.next != State::Active)
        speed = 0;
    return change;
}

void TransferRow::takeResult(const Result &r)
{
    auto kept = std::make_unique<Result>(r);
    TextInterner::share(kept->url, url);
    if (url.isEmpty())
        url = kept->url;
    TextInterner::share(kept->finalUrl, url);
    received = r.bytes;
    if (r.outcome == Outcome::Ok)
        total = r.bytes;
    if (r.httpStatus > 0)
        httpStatus = qint16(r.httpStatus);
    attempt = quint16(r.attempts);
    file = kept->file;
    const QString finalError = kept->error();
    if (!finalError.isEmpty() || r.outcome == Outcome::Ok)
        error = finalError;
    speed = 0;
    result = std::move(kept);
}

TransferRow::State TransferRow::stateOf(const Result &result)
{
    switch (result.outcome) {
    case Outcome::Ok:
        return State::Done;
    case Outcome::Failed:
        return State::Failed;
    case Outcome::Cancelled:
        return State::Cancelled;
    case Outcome::Invalid:
        return State::Invalid;
    }
    return State::Failed;
}

void TransferRow::resetForRetry()
{
    result.reset();
    segments.reset();
    received = 0;
    total = -1;
    startedMs = 0;
    sampleMs = 0;
    attempt = 0;
    httpStatus = 0;
    error.clear();
    file.clear();
    speed = 0;
    lastDataMs = 0;
}
