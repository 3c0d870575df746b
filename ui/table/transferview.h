#pragma once

#include <QList>
#include <QWidget>

#include "transferfilter.h"
#include "transfermodel.h"

class QLineEdit;
class QTabBar;
class QTableView;

// The download table with its state tabs (All, Active, Failed, Done) and search box. Row
// actions are added by the window; they act on selectedIds().
class TransferView final : public QWidget
{
    Q_OBJECT

public:
    explicit TransferView(TransferModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    TransferFilter *filter() const { return m_filter; }
    // Selected rows as source rows, in the model's order.
    QList<int> selectedSourceRows() const;
    QList<ItemId> selectedIds() const;
    void setRowActions(const QList<QAction *> &actions);
    void setGroup(TransferFilter::Group group);
    void focusSearch();
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void selectionChanged();

private:
    void updateTabCounts();

    TransferModel *m_model;
    TransferFilter *m_filter;
    QTabBar *m_tabs;
    QLineEdit *m_search;
    QTableView *m_table;
};
