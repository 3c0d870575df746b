#pragma once

#include <QList>
#include <QWidget>

#include "transferfilter.h"
#include "transfermodel.h"

class QLineEdit;
class QTabBar;
class QTableView;

// The download table with its state tabs (TransferModel::Group, counted as the summary bar
// counts) and search box. Row actions are added by the window; they act on selectedIds(). The
// columns fit the window: the fixed ones at their natural width, URL, File, Status and Error
// sharing the rest, until the user sizes a column by hand.
class TransferView final : public QWidget
{
    Q_OBJECT

public:
    explicit TransferView(TransferModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    TransferFilter *filter() const { return m_filter; }
    QLineEdit *searchBox() const { return m_search; }
    // Selected rows as source rows, in the model's order.
    QList<int> selectedSourceRows() const;
    QList<ItemId> selectedIds() const;
    void setRowActions(const QList<QAction *> &actions);
    void setGroup(TransferFilter::Group group);
    QString tabText(TransferFilter::Group group) const;
    void focusSearch();
    void clearSearch();
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void selectionChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTabCounts();
    void fitColumns();
    void showColumnMenu(const QPoint &pos);

    TransferModel *m_model;
    TransferFilter *m_filter;
    QTabBar *m_tabs;
    QLineEdit *m_search;
    QTableView *m_table;
    bool m_fitting = false;   // fitColumns() is resizing: not the user
    bool m_userSized = false; // the user sized a column: leave the widths alone
};
