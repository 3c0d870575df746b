#include "transfermodel.h"

#include "transferrow.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

using Column = TransferModel::Column;
using RowState = TransferModel::RowState;

constexpr quint16 bit(Column c)
{
    return quint16(1u << int(c));
}
constexpr quint16 kAllColumns = quint16((1u << int(Column::Count)) - 1);
// What moves while bytes arrive, and what a clock tick moves.
constexpr quint16 kProgressColumns =
    bit(Column::Progress) | bit(Column::Size) | bit(Column::Speed) | bit(Column::Eta);
constexpr quint16 kClockColumns =
    bit(Column::Status) | bit(Column::Speed) | bit(Column::Eta) | bit(Column::Elapsed);
constexpr qsizetype kInternCap = 1024;

RowState stateOf(const Result &result)
{
    switch (result.outcome) {
    case Outcome::Ok:
        return RowState::Done;
    case Outcome::Failed:
        return RowState::Failed;
    case Outcome::Cancelled:
        return RowState::Cancelled;
    case Outcome::Invalid:
        return RowState::Invalid;
    }
    return RowState::Failed;
}

// Shares the string data of `from` when equal, so a row and its Result hold one copy.
void share(QString &target, const QString &from)
{
    if (target == from)
        target = from;
}

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
    return parent.isValid() ? 0 : int(m_rows.size());
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
    static const char *const names[] = {
        QT_TR_NOOP("#"),    QT_TR_NOOP("URL"),      QT_TR_NOOP("File"),     QT_TR_NOOP("Status"),
        QT_TR_NOOP("HTTP"), QT_TR_NOOP("Progress"), QT_TR_NOOP("Size"),     QT_TR_NOOP("Speed"),
        QT_TR_NOOP("ETA"),  QT_TR_NOOP("Elapsed"),  QT_TR_NOOP("Attempts"), QT_TR_NOOP("Error")};
    static_assert(std::size(names) == size_t(Column::Count));
    if (role == Qt::ToolTipRole && section == int(Column::Eta))
        return tr("Estimated time left for this download");
    return tr(names[section]);
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!isInside(index))
        return {};
    const TransferRow &row = m_rows[size_t(index.row())];
    const auto column = Column(index.column());
    // Only the status and elapsed cells read the clock: a sort asks for 100,000 other cells.
    const auto now = [this, column] { return needsClock(column) ? m_clock() : 0; };
    switch (role) {
    case Qt::DisplayRole:
        return row.display(column, m_runState, now());
    case Qt::ToolTipRole:
        if (column == Column::Url || column == Column::File || column == Column::Status ||
            column == Column::Error)
            return row.display(column, m_runState, now());
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Number || column == Column::Http || column == Column::Size ||
            column == Column::Speed || column == Column::Eta || column == Column::Elapsed ||
            column == Column::Attempts)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RawRole:
        return row.raw(column, now());
    case ProgressRole:
        // A bar only where there is progress to show: a column of "0%" bars is noise.
        if (row.state != RowState::Active && row.state != RowState::Done && row.received == 0)
            return {};
        return row.fraction();
    case ReceivedRole:
        return row.received;
    case TotalRole:
        return row.total;
    case StateRole:
        return int(row.state);
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

void TransferModel::addItems(const QList<ItemId> &ids, const QList<UrlList::Entry> &entries)
{
    const qsizetype n = std::min(ids.size(), entries.size());
    if (n == 0)
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(n) - 1);
    const size_t needed = m_rows.size() + size_t(n);
    if (m_rows.capacity() < needed) // geometric: many small adds must not copy every row each time
        m_rows.reserve(std::max(needed, m_rows.capacity() * 2));
    m_rowOf.reserve(qsizetype(m_rows.size()) + n);
    for (qsizetype i = 0; i < n; ++i) {
        const UrlList::Entry &entry = entries[i];
        TransferRow row;
        row.id = ids[i];
        row.number = m_nextNumber++;
        if (entry.valid) {
            row.url = UrlList::redacted(entry.url);
            // Usually the very text pasted, which the engine keeps too: one copy for both.
            share(row.url, entry.text);
        } else {
            row.url = UrlList::redactedText(entry.text);
            row.state = RowState::Invalid;
            row.error =
                intern(errorKindName(ErrorKind::Invalid) + QStringLiteral(": ") + entry.reason);
        }
        m_rowOf.insert(row.id, first + int(i));
        ++m_counts[int(row.state)];
        m_rows.push_back(std::move(row));
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

QString TransferModel::intern(const QString &text)
{
    if (text.isEmpty())
        return text;
    if (const auto it = m_interned.constFind(text); it != m_interned.cend())
        return *it;
    if (m_interned.size() >= kInternCap)
        m_interned.clear(); // many distinct texts: sharing would not pay for the set
    m_interned.insert(text);
    return text;
}

bool TransferModel::needsClock(Column column)
{
    return column == Column::Status || column == Column::Elapsed;
}

bool TransferModel::lessThan(Column column, int leftRow, int rightRow) const
{
    const auto rows = qsizetype(m_rows.size());
    if (leftRow < 0 || rightRow < 0 || leftRow >= rows || rightRow >= rows)
        return false;
    return m_rows[size_t(leftRow)].rawLessThan(m_rows[size_t(rightRow)], column,
                                               needsClock(column) ? m_clock() : 0);
}

// checkIndex() would warn: views and the model tester legitimately ask about invalid indexes.
bool TransferModel::isInside(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < int(m_rows.size()) &&
           index.column() < int(Column::Count);
}

TransferRow *TransferModel::rowFor(ItemId id)
{
    const int r = m_rowOf.value(id, -1);
    return r < 0 ? nullptr : &m_rows[size_t(r)];
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
    markDirty(row, kAllColumns);
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
        m_meter.end(m_clock(), m_transferredBytes, m_counts[int(RowState::Active)]);
        m_tickTimer.stop();
        m_sampleTimer.stop();
    }
}

void TransferModel::applyUpdates(const QList<ItemUpdate> &updates)
{
    const qint64 now = m_clock();
    for (const ItemUpdate &u : updates) {
        TransferRow *row = rowFor(u.id);
        // Updates racing a Result (or for removed rows) must not revive a finished row.
        if (!row || row->isFinal())
            continue;
        quint16 changed = 0;
        if (u.attempt != row->attempt || u.maxAttempts != row->maxAttempts) {
            if (u.attempt != row->attempt) { // a new attempt starts from zero bytes
                row->sampleBytes = 0;
                row->sampleMs = now;
                row->speed = 0;
                row->lastDataMs = 0;
            }
            row->attempt = quint16(u.attempt);
            row->maxAttempts = quint16(u.maxAttempts);
            changed |= bit(Column::Attempts) | bit(Column::Status);
        }
        if (u.received != row->received || u.total != row->total) {
            const qint64 delta = u.received - row->received;
            m_receivedBytes += delta;
            if (delta > 0)
                m_transferredBytes += delta;
            row->total = u.total;
            row->takeBytes(u.received, now);
            changed |= kProgressColumns;
        }
        if (u.httpStatus != row->httpStatus) {
            row->httpStatus = qint16(u.httpStatus);
            changed |= bit(Column::Http);
        }
        if (u.retryAtMs != row->retryAtMs) {
            row->retryAtMs = u.retryAtMs;
            changed |= bit(Column::Status);
        }
        const bool waitChanged =
            u.waitReason != row->waitReason || u.waitUntilMs != row->waitUntilMs;
        if (waitChanged) {
            row->waitReason = intern(u.waitReason);
            row->waitUntilMs = u.waitUntilMs;
            changed |= bit(Column::Status);
        }
        if (!u.file.isEmpty() && u.file != row->file) {
            row->file = u.file;
            changed |= bit(Column::File);
        }
        if (!u.lastError.isEmpty() && u.lastError != row->error) {
            row->error = intern(u.lastError);
            changed |= bit(Column::Error);
        }
        const RowState next = u.state == ItemState::Active      ? RowState::Active
                              : u.state == ItemState::RetryWait ? RowState::RetryWait
                              : u.state == ItemState::Queued    ? RowState::Queued
                                                                : row->state;
        // A batch may carry an attempt that started and already failed: it started all the same.
        if ((next == RowState::Active || u.attempt > 0) && row->startedMs == 0)
            row->startedMs = now;
        if (next != RowState::Active)
            row->speed = 0;
        if (changed)
            markDirty(*row, changed);
        setState(*row, next);
        if (waitChanged)
            updateLive(*row); // a countdown ticks while it waits
    }
}

void TransferModel::applyResults(const QList<Result> &results)
{
    for (const Result &r : results) {
        TransferRow *row = rowFor(r.id);
        if (!row) {
            m_early.insert(r.id, r);
            continue;
        }
        auto result = std::make_unique<Result>(r);
        share(result->url, row->url);
        if (row->url.isEmpty())
            row->url = result->url;
        share(result->finalUrl, row->url);
        const qint64 delta = r.bytes - row->received;
        m_receivedBytes += delta;
        if (delta > 0)
            m_transferredBytes += delta;
        row->received = r.bytes;
        if (r.outcome == Outcome::Ok)
            row->total = r.bytes;
        if (r.httpStatus > 0)
            row->httpStatus = qint16(r.httpStatus);
        row->attempt = quint16(r.attempts);
        row->file = result->file;
        const QString error = result->error();
        if (!error.isEmpty() || r.outcome == Outcome::Ok)
            row->error = error;
        row->speed = 0;
        row->result = std::move(result);
        markDirty(*row, kAllColumns);
        setState(*row, stateOf(r));
    }
}

void TransferModel::resetForRetry(ItemId id)
{
    TransferRow *row = rowFor(id);
    if (!row || !row->isFinal() || row->state == RowState::Invalid)
        return;
    m_receivedBytes -= row->received;
    row->result.reset();
    row->received = 0;
    row->total = -1;
    row->startedMs = 0;
    row->sampleMs = 0;
    row->attempt = 0;
    row->httpStatus = 0;
    row->error.clear();
    row->file.clear();
    row->speed = 0;
    row->lastDataMs = 0;
    setState(*row, RowState::Queued);
}

void TransferModel::removeItem(ItemId id)
{
    const int r = rowOf(id);
    if (r < 0)
        return;
    beginRemoveRows({}, r, r);
    TransferRow &row = m_rows[size_t(r)];
    --m_counts[int(row.state)];
    m_receivedBytes -= row.received;
    m_live.remove(id);
    m_dirty.removeOne(id);
    m_rowOf.remove(id);
    m_rows.erase(m_rows.begin() + r);
    rebuildIndex(r);
    endRemoveRows();
    scheduleFlush();
}

void TransferModel::rebuildIndex(int from)
{
    for (size_t i = size_t(from); i < m_rows.size(); ++i)
        m_rowOf[m_rows[i].id] = int(i);
}

void TransferModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_live.clear();
    m_dirty.clear();
    m_early.clear();
    m_interned.clear();
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
            markDirty(row, bit(Column::Status) | bit(Column::Speed) | bit(Column::Eta));
    }
    scheduleFlush();
}

void TransferModel::tick()
{
    const qint64 now = m_clock();
    for (ItemId id : std::as_const(m_live)) {
        TransferRow *row = rowFor(id);
        if (!row)
            continue;
        row->settleSpeed(now); // no update for a while means no bytes: the speed falls
        markDirty(*row, kClockColumns);
    }
}

void TransferModel::sample()
{
    if (!m_meter.sample(m_clock(), m_transferredBytes, m_counts[int(RowState::Active)]))
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
            TransferRow &row = m_rows[size_t(r)];
            if (row.dirty)
                dirty.emplace_back(r, row.dirty);
            row.dirty = 0;
        }
        m_dirty.clear();
        std::sort(dirty.begin(), dirty.end());
        size_t i = 0;
        while (i < dirty.size()) {
            size_t j = i + 1;
            while (j < dirty.size() && dirty[j].first == dirty[j - 1].first + 1 &&
                   dirty[j].second == dirty[i].second)
                ++j;
            const quint16 mask = dirty[i].second;
            int c = 0;
            while (c < int(Column::Count)) {
                if (!(mask & (1u << c))) {
                    ++c;
                    continue;
                }
                int end = c;
                while (end + 1 < int(Column::Count) && (mask & (1u << (end + 1))))
                    ++end;
                Q_EMIT dataChanged(index(dirty[i].first, c), index(dirty[j - 1].first, end));
                c = end + 1;
            }
            i = j;
        }
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
    Summary s;
    s.total = int(m_rows.size());
    std::copy(std::begin(m_counts), std::end(m_counts), std::begin(s.counts));
    s.receivedBytes = m_receivedBytes;
    s.fileCount = s.total - m_counts[int(RowState::Invalid)];
    const int finished = m_counts[int(RowState::Done)] + m_counts[int(RowState::Failed)] +
                         m_counts[int(RowState::Cancelled)];
    s.currentFile = std::min(s.fileCount, finished + m_counts[int(RowState::Active)]);
    s.paused = m_runState == RunState::Paused;
    s.running = m_meter.isRunning();
    s.elapsedMs = m_meter.elapsedMs(m_clock());
    double done = finished;
    double speed = 0;
    qint64 slowest = 0;   // the longest ETA of the rows running
    bool unknown = false; // a row whose end cannot be told: hanging, unknown size, retrying
    for (ItemId id : m_live) {
        const TransferRow &row = m_rows[size_t(m_rowOf.value(id))];
        done += std::max(0.0, row.fraction());
        if (row.state == RowState::Active) {
            speed += row.speed;
            const qint64 eta = row.etaMs();
            unknown = unknown || eta < 0;
            slowest = std::max(slowest, eta);
        } else if (row.state == RowState::RetryWait) {
            unknown = true;
        }
    }
    s.fraction = s.fileCount > 0 ? std::clamp(done / s.fileCount, 0.0, 1.0) : 0.0;
    // The sum of the rows' speeds: the bar says what the table says.
    s.bytesPerSecond = s.running && !s.paused ? speed : 0;
    const int queued = m_counts[int(RowState::Queued)];
    if (!s.running)
        s.etaMs = s.fileCount > 0 && finished == s.fileCount ? 0 : -1;
    else if (s.paused || unknown || (queued > 0 && finished == 0))
        s.etaMs = -1;
    else if (queued == 0)
        s.etaMs = slowest;
    else // the queue drains at the pace files have finished so far
        s.etaMs = std::max(slowest, s.elapsedMs * queued / finished);
    return s;
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
    out.reserve(qsizetype(m_rows.size()));
    for (const TransferRow &row : m_rows)
        out.append(row.exportResult(now));
    return out;
}
