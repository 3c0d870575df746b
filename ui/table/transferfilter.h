#pragma once

#include <QSortFilterProxyModel>

#include "transfermodel.h"

// Shows the rows of one TransferModel::Group (the same groups the summary bar counts) that
// contain the search text in their URL, file or error, and sorts by TransferModel::RawRole
// (numbers as numbers).
class TransferFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using Group = TransferModel::Group;

    explicit TransferFilter(QObject *parent = nullptr);

    void setGroup(Group group);
    Group group() const { return m_group; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TransferModel *m_transfers = nullptr; // the source, when it is a TransferModel
    Group m_group = Group::All;
    QString m_search;
};
