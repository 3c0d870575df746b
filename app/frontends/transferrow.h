#pragma once

#include <QString>
#include <QVariant>

#include <memory>

#include "itemupdate.h"
#include "result.h"
#include "segmentview.h"
#include "transfermodel.h"
#include "urllist.h"

class TextInterner;

// One row of the TransferModel and how its cells read: kept apart from the model's bookkeeping
// (batches, flags, timers). Small on purpose, about 170 bytes plus its strings, because a batch
// may hold 100,000 of them; no QObject per row.
struct TransferRow
{
    using Column = TransferModel::Column;
    using State = TransferModel::RowState;
    using RunState = TransferModel::RunState;

    ItemId id = 0;
    QString url;   // redacted
    QString file;  // absolute path (or the name being written)
    QString error; // "kind: detail": the final error, or why the last attempt failed
    std::unique_ptr<Result> result;         // once finished
    std::unique_ptr<SegmentViews> segments; // the live ranges; null when fetched in one piece
    qint64 received = 0;
    qint64 total = -1;
    qint64 startedMs = 0; // wall clock of the first attempt's start
    qint64 retryAtMs = 0;
    QString waitReason; // queued behind its host's politeness (cooldown, open breaker)
    qint64 waitUntilMs = 0;
    qint64 sampleMs = 0; // speed sampling window
    qint64 sampleBytes = 0;
    qint64 lastDataMs = 0; // when bytes last arrived in this attempt
    float speed = 0;       // bytes/s, smoothed; 0 once no bytes came for StaleMs
    quint32 number = 0;
    qint16 httpStatus = 0;
    quint16 attempt = 0;
    quint16 maxAttempts = 1;
    quint16 dirty = 0; // one bit per Column with a change not yet signalled
    State state = State::Queued;

    // No bytes for this long: the speed is 0 and the ETA unknown, not an old figure.
    static constexpr qint64 StaleMs = 2000;

    // The change flags of columns (see `dirty`), and what moves while bytes arrive or the clock
    // ticks.
    static constexpr quint16 bit(Column c) { return quint16(1u << int(c)); }
    static constexpr quint16 AllColumns = quint16((1u << int(Column::Count)) - 1);
    static constexpr quint16 ProgressColumns =
        quint16((1u << int(Column::Progress)) | (1u << int(Column::Size)) |
                (1u << int(Column::Speed)) | (1u << int(Column::Eta)));
    static constexpr quint16 ClockColumns =
        quint16((1u << int(Column::Status)) | (1u << int(Column::Speed)) |
                (1u << int(Column::Eta)) | (1u << int(Column::Elapsed)));

    // A new row for a list entry: queued, or invalid with its reason as the error.
    static TransferRow fromEntry(ItemId id, quint32 number, const UrlList::Entry &entry,
                                 TextInterner &texts);
    // What an update changed: the columns to signal, and the state the row moves to (the model
    // sets it, as it counts the states).
    struct Change
    {
        quint16 columns = 0;
        State next = State::Queued;
        bool waitChanged = false; // a countdown may have to tick
    };
    // Takes what an update says about the attempt: attempt number, bytes, HTTP status, retry
    // time, wait reason, file, error and the live ranges (under the Progress column).
    Change takeUpdate(const ItemUpdate &update, qint64 now, TextInterner &texts);
    // Takes the engine's final word; the model sets stateOf(result) after.
    void takeResult(const Result &result);
    static State stateOf(const Result &result);
    // Back to an unstarted row (Engine::retry); the model sets the state to Queued after.
    void resetForRetry();

    bool isFinal() const { return state >= State::Done; }
    bool isLive() const
    {
        return state == State::Active || state == State::RetryWait ||
               (state == State::Queued && waitUntilMs > 0);
    }
    // The attempt has `bytes` now: the speed follows over windows of at least 250 ms.
    void takeBytes(qint64 bytes, qint64 now);
    // On the clock: the speed falls to 0 when no bytes came for StaleMs.
    void settleSpeed(qint64 now);
    double fraction() const; // 0..1, or -1 while active with an unknown size
    qint64 elapsedMs(qint64 now) const;
    qint64 etaMs() const; // -1 unknown: not running, unknown size, or no bytes coming
    QString status(RunState run, qint64 now) const;
    QVariant display(Column column, RunState run, qint64 now) const;
    QVariant raw(Column column, qint64 now) const;
    // raw(column) < other.raw(column), compared as QSortFilterProxyModel compares variants.
    bool rawLessThan(const TransferRow &other, Column column, qint64 now) const;
    // The Result to export: the engine's once finished, else a stand-in (see TransferModel).
    Result exportResult(qint64 now) const;
};
