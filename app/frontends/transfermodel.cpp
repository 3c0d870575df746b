#include "transfermodel.h"

#include "changeblocks.h"
#include "summarybuilder.h"
#include "transfercells.h"
#include "transferformat.h"
#include "transferrow.h"

#include <QDateTime>

#include <algorithm>

namespace {

using Column = TransferModel::Column;
using RowState = TransferModel::RowState;

} // namespace

TransferModel::TransferModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    m_tickTimer.setInterval(1000);
    connect(&m_flushTimer, &QTimer::timeout, this, &TransferModel::flush);
    connect(&m_tickTimer, &QTimer::timeout, this, &TransferModel::tick);
    connect(&m_sampleTimer, &QTimer::timeout, this, &TransferModel::sample);
    m_sampleTimer.setInterval(int(m_meter.sampleIntervalMs()));
}

TransferModel::~TransferModel() = default;

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int TransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

Qt::ItemFlags TransferModel::flags(const QModelIndex &index) const
{
    if (!isInside(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto column = Column(section);
    return role == Qt::ToolTipRole ? TransferFormat::columnToolTip(column)
                                   : TransferFormat::columnTitle(column);
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!isInside(index))
        return {};
    const auto column = Column(index.column());
    // Only the status and elapsed cells read the clock: a sort asks for 100,000 other cells.
    const bool clock = TransferCells::needsClock(column) &&
                       (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawRole);
    return TransferCells::data(m_rows[index.row()], column, role,
                               {m_runState, clock ? m_clock() : 0, &m_queuedNote});
}

void TransferModel::addItems(const QList<ItemId> &ids, const QList<UrlList::Entry> &entries)
{
    const qsizetype n = std::min(ids.size(), entries.size());
    if (n == 0)
        return;
    const int first = m_rows.size();
    beginInsertRows({}, first, first + int(n) - 1);
    m_rows.reserveMore(n);
    for (qsizetype i = 0; i < n; ++i) {
        TransferRow row = TransferRow::fromEntry(ids[i], m_nextNumber++, entries[i], m_texts);
        ++m_counts[int(row.state)];
        m_rows.append(std::move(row));
    }
    endInsertRows();
    if (!m_early.isEmpty()) {
        QList<Result> early;
        for (ItemId id : ids) {
            if (auto it = m_early.find(id); it != m_early.end()) {
                early.append(*it);
                m_early.erase(it);
            }
        }
        applyResults(early);
    }
    scheduleFlush();
}

bool TransferModel::lessThan(Column column, int leftRow, int rightRow) const
{
    const int rows = m_rows.size();
    if (leftRow < 0 || rightRow < 0 || leftRow >= rows || rightRow >= rows)
        return false;
    return m_rows[leftRow].rawLessThan(m_rows[rightRow], column,
                                       TransferCells::needsClock(column) ? m_clock() : 0);
}

// checkIndex() would warn: views and the model tester legitimately ask about invalid indexes.
bool TransferModel::isInside(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_rows.size() &&
           index.column() < int(Column::Count);
}

void TransferModel::markDirty(TransferRow &row, quint16 columns)
{
    if (row.dirty == 0)
        m_dirty.append(row.id);
    row.dirty |= columns;
    scheduleFlush();
}

void TransferModel::scheduleFlush()
{
    m_summaryDirty = true;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TransferModel::setState(TransferRow &row, RowState state)
{
    if (row.state == state)
        return;
    --m_counts[int(row.state)];
    ++m_counts[int(state)];
    // An attempt that failed within one batch of updates shows up as RetryWait at once.
    if ((state == RowState::Active || state == RowState::RetryWait) && !m_meter.isRunning()) {
        m_meter.begin(m_clock(), m_transferredBytes);
        m_sampleTimer.setInterval(int(m_meter.sampleIntervalMs()));
        m_sampleTimer.start();
    }
    row.state = state;
    markDirty(row, TransferRow::AllColumns);
    updateLive(row);
}

void TransferModel::updateLive(TransferRow &row)
{
    if (row.isLive())
        m_live.insert(row.id);
    else
        m_live.remove(row.id);
    if (!m_live.isEmpty() && !m_tickTimer.isActive())
        m_tickTimer.start();
    // The batch ends when nothing runs, waits or queues.
    if (m_live.isEmpty() && m_counts[int(RowState::Queued)] == 0 && m_meter.isRunning()) {
        m_meter.end(m_clock(), m_transferredBytes, requestsInFlight());
        m_tickTimer.stop();
        m_sampleTimer.stop();
    }
}

void TransferModel::applyUpdates(const QList<ItemUpdate> &updates)
{
    const qint64 now = m_clock();
    for (const ItemUpdate &u : updates) {
        TransferRow *row = m_rows.find(u.id);
        // Updates racing a Result (or for removed rows) must not revive a finished row.
        if (!row || row->isFinal())
            continue;
        const qint64 delta = u.received - row->received;
        m_receivedBytes += delta;
        // Bytes of a part continued from disk came over no network: not in the throughput.
        const qint64 fetched = u.received - std::max(row->received, u.carried);
        if (fetched > 0)
            m_transferredBytes += fetched;
        const TransferRow::Change change = row->takeUpdate(u, now, m_texts);
        if (change.columns)
            markDirty(*row, change.columns);
        setState(*row, change.next);
        if (change.waitChanged)
            updateLive(*row); // a countdown ticks while it waits
    }
}

void TransferModel::applyResults(const QList<Result> &results)
{
    for (const Result &r : results) {
        TransferRow *row = m_rows.find(r.id);
        if (!row) {
            m_early.insert(r.id, r);
            continue;
        }
        const qint64 delta = r.bytes - row->received;
        m_receivedBytes += delta;
        if (delta > 0)
            m_transferredBytes += delta;
        row->takeResult(r);
        markDirty(*row, TransferRow::AllColumns);
        setState(*row, TransferRow::stateOf(r));
    }
}

void TransferModel::resetForRetry(ItemId id)
{
    TransferRow *row = m_rows.find(id);
    if (!row || !row->isFinal() || row->state == RowState::Invalid)
        return;
    m_receivedBytes -= row->received;
    row->resetForRetry();
    setState(*row, RowState::Queued);
}

void TransferModel::changeUrl(ItemId id, const QString &shownUrl)
{
    TransferRow *row = m_rows.find(id);
    if (!row || row->state == RowState::Invalid)
        return;
    row->url = shownUrl;
    row->error.clear(); // why the old URL failed says nothing about the new one
    markDirty(*row, TransferRow::AllColumns);
    resetForRetry(id);
}

void TransferModel::removeItem(ItemId id)
{
    const int r = rowOf(id);
    if (r < 0)
        return;
    beginRemoveRows({}, r, r);
    TransferRow &row = m_rows[r];
    --m_counts[int(row.state)];
    m_receivedBytes -= row.received;
    m_live.remove(id);
    m_dirty.removeOne(id);
    m_rows.removeAt(r);
    endRemoveRows();
    scheduleFlush();
}

void TransferModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_live.clear();
    m_dirty.clear();
    m_early.clear();
    m_texts.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    m_receivedBytes = 0;
    m_transferredBytes = 0;
    m_meter.reset();
    m_nextNumber = 1; // a new list counts from 1 again
    m_tickTimer.stop();
    m_sampleTimer.stop();
    endResetModel();
    Q_EMIT summaryChanged();
}

void TransferModel::setRunState(RunState state)
{
    if (m_runState == state)
        return;
    m_runState = state;
    // Queued and active rows word their status by the run state; paused rows show no speed.
    for (auto &row : m_rows) {
        if (row.state == RowState::Queued || row.state == RowState::Active)
            markDirty(row, TransferRow::bit(Column::Status) | TransferRow::bit(Column::Speed) |
                               TransferRow::bit(Column::Eta));
    }
    scheduleFlush();
}

void TransferModel::setQueuedNote(const QString &note)
{
    if (m_queuedNote == note)
        return;
    m_queuedNote = note;
    for (auto &row : m_rows) {
        if (row.state == RowState::Queued)
            markDirty(row, TransferRow::bit(Column::Status));
    }
    scheduleFlush();
}

void TransferModel::tick()
{
    const qint64 now = m_clock();
    for (ItemId id : std::as_const(m_live)) {
        TransferRow *row = m_rows.find(id);
        if (!row)
            continue;
        row->settleSpeed(now); // no update for a while means no bytes: the speed falls
        markDirty(*row, TransferRow::ClockColumns);
    }
}

int TransferModel::requestsInFlight() const
{
    // An active row is one request, or as many as its body has ranges being filled.
    int requests = 0;
    for (ItemId id : m_live) {
        const TransferRow *row = m_rows.find(id);
        if (!row || row->state != RowState::Active)
            continue;
        int busy = 0;
        if (row->segments) {
            for (const SegmentView &range : *row->segments)
                busy += range.busy ? 1 : 0;
        }
        requests += std::max(1, busy);
    }
    return requests;
}

void TransferModel::sample()
{
    if (!m_meter.sample(m_clock(), m_transferredBytes, requestsInFlight()))
        return;
    m_sampleTimer.setInterval(int(m_meter.sampleIntervalMs()));
    scheduleFlush();
}

void TransferModel::flush()
{
    m_flushTimer.stop();
    if (!m_dirty.isEmpty()) {
        // (row, mask) sorted by row; runs of contiguous rows with the same mask become one
        // dataChanged per contiguous column range.
        std::vector<std::pair<int, quint16>> dirty;
        dirty.reserve(size_t(m_dirty.size()));
        for (ItemId id : std::as_const(m_dirty)) {
            const int r = rowOf(id);
            if (r < 0)
                continue;
            TransferRow &row = m_rows[r];
            if (row.dirty)
                dirty.emplace_back(r, row.dirty);
            row.dirty = 0;
        }
        m_dirty.clear();
        const auto blocks = ChangeBlocks::of(std::move(dirty), int(Column::Count));
        for (const ChangeBlocks::Block &b : blocks)
            Q_EMIT dataChanged(index(b.firstRow, b.firstColumn), index(b.lastRow, b.lastColumn));
    }
    if (m_summaryDirty) {
        m_summaryDirty = false;
        Q_EMIT summaryChanged();
    }
}

void TransferModel::setUpdateInterval(int ms)
{
    m_flushTimer.setInterval(std::max(50, ms));
}

void TransferModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

TransferModel::Summary TransferModel::summary() const
{
    SummaryBuilder builder(m_counts, m_rows.size(), m_receivedBytes, m_runState, m_meter,
                           m_clock());
    for (ItemId id : m_live) {
        if (const TransferRow *row = m_rows.find(id))
            builder.addLive(*row);
    }
    return builder.summary();
}

QList<ItemId> TransferModel::idsInState(RowState state) const
{
    QList<ItemId> ids;
    for (const TransferRow &row : m_rows) {
        if (row.state == state)
            ids.append(row.id);
    }
    return ids;
}

QList<Result> TransferModel::results() const
{
    const qint64 now = m_clock();
    QList<Result> out;
    out.reserve(m_rows.size());
    for (const TransferRow &row : m_rows)
        out.append(row.exportResult(now));
    return out;
}

QString TransferModel::stateName(RowState state)
{
    return TransferFormat::stateName(state);
}
