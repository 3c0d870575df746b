#include "transferfilter.h"

#include "transfermodel.h"

TransferFilter::TransferFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TransferModel::RawRole);
    // Rows move between groups as they finish; the model's coalescing keeps this cheap.
    setDynamicSortFilter(true);
}

void TransferFilter::setGroup(Group group)
{
    if (m_group == group)
        return;
    m_group = group;
    invalidateRowsFilter();
}

void TransferFilter::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void TransferFilter::setSourceModel(QAbstractItemModel *model)
{
    m_transfers = qobject_cast<TransferModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TransferFilter::sort(int column, Qt::SortOrder order)
{
    // The model keeps its rows in ascending number order, so the table's usual order is the
    // source order: nothing to sort, and rows added (100,000 pasted) need no comparisons.
    if (m_transfers && column == int(TransferModel::Column::Number) && order == Qt::AscendingOrder)
        column = -1;
    QSortFilterProxyModel::sort(column, order);
}

bool TransferFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The model compares its own values: no two QVariants per comparison when 100,000 rows are
    // sorted by a column.
    if (m_transfers && sortRole() == TransferModel::RawRole && !isSortLocaleAware() &&
        sortCaseSensitivity() == Qt::CaseSensitive && left.column() == right.column())
        return m_transfers->lessThan(TransferModel::Column(left.column()), left.row(), right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

bool TransferFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    using Column = TransferModel::Column;
    using S = TransferModel::RowState;
    if (m_group == Group::All && m_search.isEmpty())
        return true; // what the table shows most of the time: nothing to look at
    const QAbstractItemModel *model = sourceModel();
    const auto at = [&](Column c) { return model->index(sourceRow, int(c), sourceParent); };
    const auto state = S(at(Column::Number).data(TransferModel::StateRole).toInt());
    if (!TransferModel::inGroup(state, m_group))
        return false;
    if (m_search.isEmpty())
        return true;
    for (Column c : {Column::Url, Column::File, Column::Error}) {
        if (at(c).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
