#include "transferview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include "progressdelegate.h"

using Column = TransferModel::Column;

TransferView::TransferView(TransferModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new TransferFilter(this)),
      m_tabs(new QTabBar(this)), m_search(new QLineEdit(this)), m_table(new QTableView(this))
{
    m_filter->setSourceModel(model);

    m_tabs->setObjectName(QStringLiteral("stateTabs"));
    m_tabs->setAccessibleName(tr("Show downloads by state"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (int i = 0; i < 4; ++i)
        m_tabs->addTab(QString());
    m_tabs->setTabToolTip(0, tr("Every download (Alt+1)"));
    m_tabs->setTabToolTip(1, tr("Queued, running and waiting to retry (Alt+2)"));
    m_tabs->setTabToolTip(2, tr("Failed, cancelled and invalid (Alt+3)"));
    m_tabs->setTabToolTip(3, tr("Finished successfully (Alt+4)"));
    connect(m_tabs, &QTabBar::currentChanged, this,
            [this](int i) { m_filter->setGroup(TransferFilter::Group(i)); });

    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setAccessibleName(tr("Search downloads"));
    m_search->setPlaceholderText(tr("Search URL, file or error (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    connect(m_search, &QLineEdit::textChanged, m_filter, &TransferFilter::setSearchText);

    m_table->setObjectName(QStringLiteral("transferTable"));
    m_table->setAccessibleName(tr("Downloads"));
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(int(Column::Progress), new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(Column::Number), Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Fixed row heights: the view never measures 100,000 rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {4, 26, 20, 31, 5, 24, 9, 11, 6, 7, 7, 30};
    static_assert(std::size(widths) == size_t(Column::Count));
    for (int c = 0; c < int(Column::Count); ++c)
        header->resizeSection(c, widths[c] * em * 7 / 10 + 12);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransferView::selectionChanged);
    connect(m_model, &TransferModel::summaryChanged, this, &TransferView::updateTabCounts);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_tabs);
    bar->addStretch(1);
    bar->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    updateTabCounts();
}

void TransferView::updateTabCounts()
{
    using S = TransferModel::RowState;
    const TransferModel::Summary s = m_model->summary();
    const int counts[] = {s.total, s.count(S::Queued) + s.count(S::Active) + s.count(S::RetryWait),
                          s.count(S::Failed) + s.count(S::Cancelled) + s.count(S::Invalid),
                          s.count(S::Done)};
    const QString names[] = {tr("All"), tr("Active"), tr("Failed"), tr("Done")};
    for (int i = 0; i < 4; ++i)
        m_tabs->setTabText(i, QStringLiteral("%1 (%2)").arg(names[i]).arg(counts[i]));
}

QList<int> TransferView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<ItemId> TransferView::selectedIds() const
{
    QList<ItemId> ids;
    for (int row : selectedSourceRows())
        ids.append(m_model->index(row, 0).data(TransferModel::IdRole).value<ItemId>());
    return ids;
}

void TransferView::setRowActions(const QList<QAction *> &actions)
{
    m_table->addActions(actions);
}

void TransferView::setGroup(TransferFilter::Group group)
{
    m_tabs->setCurrentIndex(int(group));
}

void TransferView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QByteArray TransferView::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void TransferView::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}
