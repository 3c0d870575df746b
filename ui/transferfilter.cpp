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

bool TransferFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    using Column = TransferModel::Column;
    using S = TransferModel::RowState;
    const QAbstractItemModel *model = sourceModel();
    const auto at = [&](Column c) { return model->index(sourceRow, int(c), sourceParent); };
    const auto state = S(at(Column::Number).data(TransferModel::StateRole).toInt());
    switch (m_group) {
    case Group::All:
        break;
    case Group::Active:
        if (state != S::Active && state != S::RetryWait && state != S::Queued)
            return false;
        break;
    case Group::Failed:
        if (state != S::Failed && state != S::Cancelled && state != S::Invalid)
            return false;
        break;
    case Group::Done:
        if (state != S::Done)
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    for (Column c : {Column::Url, Column::File, Column::Error}) {
        if (at(c).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
