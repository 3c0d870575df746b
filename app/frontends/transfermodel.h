#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

#include "batchmeter.h"
#include "itemupdate.h"
#include "result.h"
#include "rowtable.h"
#include "textinterner.h"
#include "urllist.h"

struct TransferRow;

// The live table of a batch: one row per item, fed by the Engine's batched ItemUpdates and
// Results. Changes only set per-row column flags; a timer turns them into few dataChanged signals
// (contiguous rows and columns coalesced), so the view repaints at most a few times a second and
// only the cells that changed, whatever the number of rows. QtCore only, so it tests headless.
// The rows word their cells (TransferRow, TransferFormat); SummaryBuilder adds up the batch.
class TransferModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Number,
        Url,
        File,
        Status,
        Http,
        Progress,
        Size,
        Speed,
        Eta,
        Elapsed,
        Attempts,
        Error,
        Count
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1, // unformatted value (File: the absolute path): sorting, tests
        ProgressRole,               // double 0..1, or -1 when the size is unknown
        ReceivedRole,               // qint64 bytes received so far
        TotalRole,                  // qint64 expected bytes, -1 unknown
        StateRole,                  // int(RowState)
        IdRole,                     // ItemId
        SegmentsRole,               // SegmentViews: the live ranges; invalid when in one piece
    };
    enum class RowState : quint8
    {
        Queued,
        RetryWait,
        Active,
        Done,
        Failed,
        Cancelled,
        Invalid
    };
    static constexpr int StateCount = 7;
    // The one grouping of row states, used by the table's tabs and by the summary bar alike.
    // Unfinished: queued (also waiting for Start or for a host), waiting to retry, downloading
    // and paused. Every other group is one final state.
    enum class Group
    {
        All,
        Unfinished,
        Failed,
        Done,
        Cancelled,
        Invalid
    };
    static constexpr int GroupCount = 6;
    static bool inGroup(RowState state, Group group);
    enum class RunState
    {
        NotStarted,
        Running,
        Paused
    };

    struct Summary
    {
        int total = 0;
        int counts[StateCount] = {};
        qint64 receivedBytes = 0; // bytes of the current attempts plus finished items
        double fraction = 0;      // the whole batch, 0..1
        double bytesPerSecond = 0;
        qint64 elapsedMs = 0; // the batch's, from its first start; retries do not reset it
        qint64 etaMs = -1;    // -1 unknown (a row that hangs, an unknown size, paused)
        int currentFile = 0;  // "file N of M": items started or finished
        int fileCount = 0;    // items that will be downloaded (not invalid)
        bool running = false;
        bool paused = false; // active rows hold: they count as paused, not as downloading
        int count(RowState s) const { return counts[int(s)]; }
        int count(Group g) const;
        int downloading() const { return paused ? 0 : count(RowState::Active); }
        int pausedRows() const { return paused ? count(RowState::Active) : 0; }
    };
    using Sample = BatchMeter::Sample;

    explicit TransferModel(QObject *parent = nullptr);
    ~TransferModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Appends one row per entry; ids[i] is the engine's id for entries[i]. Rows keep the order
    // they were added in, which is ascending Column::Number order (a view sorted so needs no
    // sorting).
    void addItems(const QList<ItemId> &ids, const QList<UrlList::Entry> &entries);
    void applyUpdates(const QList<ItemUpdate> &updates);
    void applyResults(const QList<Result> &results);
    // A finished item is about to run again (Engine::retry): back to queued, result dropped.
    void resetForRetry(ItemId id);
    // Change URL: the row shows `shownUrl` (redacted) and, when it had finished, waits again.
    void changeUrl(ItemId id, const QString &shownUrl);
    void removeItem(ItemId id);
    void clear();
    void setRunState(RunState state);
    RunState runState() const { return m_runState; }
    // What queued rows say while the batch waits for Start (empty: "Queued — press Start"):
    // the window's scheduled start ("Queued — starts at 21:00").
    void setQueuedNote(const QString &note);

    // Whether leftRow's RawRole value in `column` orders before rightRow's, as
    // QSortFilterProxyModel compares them (case-sensitive, not locale-aware), without making a
    // QVariant: sorting 100,000 rows asks this millions of times.
    bool lessThan(Column column, int leftRow, int rightRow) const;

    int rowOf(ItemId id) const { return m_rows.rowOf(id); }
    QList<ItemId> idsInState(RowState state) const;

    // One Result per row in row order, for Export CSV. Rows still running are exported as
    // outcome "cancelled" with the error "cancelled: not finished when exported (<status>)", so the
    // file keeps one row per item and the outcome column keeps its four stable words.
    QList<Result> results() const;

    Summary summary() const;
    const QList<Sample> &history() const { return m_meter.history(); }

    // Coalescing interval of dataChanged (at least 50 ms).
    void setUpdateInterval(int ms);
    int updateInterval() const { return m_flushTimer.interval(); }
    // Emits what is pending now instead of at the next timer tick.
    void flush();
    // Wall clock in ms since the epoch (ItemUpdate::retryAtMs uses it); tests pass a fake one.
    void setClock(std::function<qint64()> clock);

    static QString stateName(RowState state);

Q_SIGNALS:
    // Emitted after each flush that changed anything, for the summary bar and the chart.
    void summaryChanged();

private:
    bool isInside(const QModelIndex &index) const;
    void markDirty(TransferRow &row, quint16 columns);
    void scheduleFlush();
    void setState(TransferRow &row, RowState state);
    void updateLive(TransferRow &row);
    void tick();
    void sample();
    int requestsInFlight() const; // the batch meter's line: ranges count one each

    RowTable<TransferRow> m_rows;
    QSet<ItemId> m_live;           // active or waiting to retry: their clocks tick
    QList<ItemId> m_dirty;         // rows with pending column flags, in no order
    QHash<ItemId, Result> m_early; // results that arrived before addItems()
    TextInterner m_texts;
    QTimer m_flushTimer;
    QTimer m_tickTimer;   // 1 s: countdowns, elapsed time, speed decay
    QTimer m_sampleTimer; // chart samples
    std::function<qint64()> m_clock;
    RunState m_runState = RunState::NotStarted;
    QString m_queuedNote;
    int m_counts[StateCount] = {};
    quint32 m_nextNumber = 1;
    qint64 m_receivedBytes = 0;
    qint64 m_transferredBytes = 0; // never decreases: drives the chart
    BatchMeter m_meter;
    bool m_summaryDirty = false;
};
