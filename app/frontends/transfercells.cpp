#include "transfercells.h"

#include "segmenttooltip.h"
#include "transferformat.h"
#include "transferrow.h"

using Column = TransferModel::Column;
using RowState = TransferModel::RowState;

namespace {

bool isNumeric(Column column)
{
    return column == Column::Number || column == Column::Http || column == Column::Size ||
           column == Column::Speed || column == Column::Eta || column == Column::Elapsed ||
           column == Column::Attempts;
}

bool hasToolTip(Column column)
{
    return column == Column::Url || column == Column::File || column == Column::Status ||
           column == Column::Error;
}

QVariant progress(const TransferRow &row)
{
    // A bar only where there is progress to show: a column of "0%" bars is noise.
    if (row.state != RowState::Active && row.state != RowState::Done && row.received == 0)
        return {};
    return row.fraction();
}

QVariant text(const TransferRow &row, Column column, const TransferCells::Context &context)
{
    if (column == Column::Status && row.state == RowState::Queued &&
        context.run == TransferModel::RunState::NotStarted && context.queuedNote &&
        !context.queuedNote->isEmpty())
        return *context.queuedNote;
    return row.display(column, context.run, context.now);
}

// A cell's own tip and, for a body fetched in several ranges, the ranges (every cell of the
// row says them: the row's tool tip).
QVariant toolTip(const TransferRow &row, Column column, const TransferCells::Context &context)
{
    const QString own = hasToolTip(column) ? text(row, column, context).toString() : QString();
    if (!row.segments || row.segments->isEmpty())
        return own.isEmpty() ? QVariant() : QVariant(own);
    const QString ranges = SegmentToolTip::text(*row.segments);
    return own.isEmpty() ? ranges : own + QLatin1Char('\n') + ranges;
}

} // namespace

bool TransferCells::needsClock(Column column)
{
    return column == Column::Status || column == Column::Elapsed;
}

QVariant TransferCells::data(const TransferRow &row, Column column, int role,
                             const Context &context)
{
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column, context);
    case Qt::ToolTipRole:
        return toolTip(row, column, context);
    case Qt::TextAlignmentRole:
        return isNumeric(column)
                   ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::AccessibleTextRole: // what a screen reader says for the painted bar
        return column == Column::Progress
                   ? QVariant(TransferFormat::progressText(progress(row), row.received, row.total))
                   : QVariant();
    case TransferModel::RawRole:
        return row.raw(column, context.now);
    case TransferModel::ProgressRole:
        return progress(row);
    case TransferModel::ReceivedRole:
        return row.received;
    case TransferModel::TotalRole:
        return row.total;
    case TransferModel::StateRole:
        return int(row.state);
    case TransferModel::IdRole:
        return row.id;
    case TransferModel::SegmentsRole:
        return row.segments ? QVariant::fromValue(*row.segments) : QVariant();
    default:
        return {};
    }
}
