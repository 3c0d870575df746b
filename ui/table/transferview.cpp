#include "transferview.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include "progressdelegate.h"
#include "transferformat.h"
#include "urldelegate.h"

using Column = TransferModel::Column;
using Group = TransferModel::Group;

namespace {
constexpr int kPadding = 18; // cell margins and the sort arrow's room
// Columns beyond the core ones start hidden; the header's context menu shows them.
constexpr Column kHiddenByDefault[] = {Column::Http, Column::Elapsed, Column::Attempts};
// Columns that share the width left by the others, with their weight and narrowest width
// (in average characters).
struct Flex
{
    Column column;
    int weight;
    int minChars;
};
constexpr Flex kFlex[] = {
    {Column::Url, 6, 16}, {Column::Status, 6, 14}, {Column::File, 3, 9}, {Column::Error, 3, 8}};
} // namespace

TransferView::TransferView(TransferModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new TransferFilter(this)),
      m_tabs(new QTabBar(this)), m_search(new QLineEdit(this)), m_table(new QTableView(this))
{
    m_filter->setSourceModel(model);

    m_tabs->setObjectName(QStringLiteral("stateTabs"));
    m_tabs->setAccessibleName(tr("Show downloads by state"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (int i = 0; i < TransferModel::GroupCount; ++i)
        m_tabs->addTab(QString());
    m_tabs->setTabToolTip(int(Group::All), tr("Every download (Alt+1)"));
    m_tabs->setTabToolTip(int(Group::Unfinished),
                          tr("Queued, downloading, paused and waiting to retry (Alt+2)"));
    m_tabs->setTabToolTip(int(Group::Failed), tr("Failed (Alt+3)"));
    m_tabs->setTabToolTip(int(Group::Done), tr("Finished successfully (Alt+4)"));
    m_tabs->setTabToolTip(int(Group::Cancelled), tr("Cancelled (Alt+5)"));
    m_tabs->setTabToolTip(int(Group::Invalid),
                          tr("Lines that are not URLs Fanout can fetch (Alt+6)"));
    connect(m_tabs, &QTabBar::currentChanged, this,
            [this](int i) { m_filter->setGroup(TransferFilter::Group(i)); });

    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setAccessibleName(tr("Search downloads"));
    m_search->setPlaceholderText(tr("Search URL, file or error (Ctrl+F)"));
    m_search->setToolTip(tr("Escape clears the search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(320);
    connect(m_search, &QLineEdit::textChanged, m_filter, &TransferFilter::setSearchText);
    m_search->installEventFilter(this); // Escape clears it

    m_table->setObjectName(QStringLiteral("transferTable"));
    m_table->setAccessibleName(tr("Downloads"));
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(int(Column::Progress), new ProgressDelegate(m_table));
    m_table->setItemDelegateForColumn(int(Column::Url), new UrlDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Arrows move within the table, Tab leaves it (cell by cell, a long list kept the focus).
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(Column::Number), Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Fixed row heights: the view never measures 100,000 rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    rows->hide();
    rows->setAccessibleName(tr("Rows"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setAccessibleName(tr("Columns"));
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (Column c : kHiddenByDefault)
        header->setSectionHidden(int(c), true);
    connect(header, &QHeaderView::customContextMenuRequested, this, &TransferView::showColumnMenu);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        // A drag on the header's handle (or a double-click on it) is the user's choice.
        if (!m_fitting && (QGuiApplication::mouseButtons() & Qt::LeftButton))
            m_userSized = true;
    });
    fitColumns();

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
    const TransferModel::Summary s = m_model->summary();
    const QString names[] = {tr("All"),  tr("Unfinished"), tr("Failed"),
                             tr("Done"), tr("Cancelled"),  tr("Invalid")};
    static_assert(std::size(names) == size_t(TransferModel::GroupCount));
    for (int i = 0; i < TransferModel::GroupCount; ++i) {
        const int n = i == int(Group::All) ? s.total : s.count(Group(i));
        m_tabs->setTabText(i, QStringLiteral("%1 (%2)").arg(names[i]).arg(n));
        // Cancelled and Invalid have a tab while they have rows (or are being looked at).
        if (i >= int(Group::Cancelled))
            m_tabs->setTabVisible(i, n > 0 || m_tabs->currentIndex() == i);
    }
}

QString TransferView::tabText(TransferFilter::Group group) const
{
    return m_tabs->tabText(int(group));
}

void TransferView::fitColumns()
{
    if (m_userSized)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const QFontMetrics titles = header->fontMetrics();
    // The widest of a column's title, in the window's language, and its widest usual content,
    // in the window's locale ("1.023,99 MiB", "unbekannt").
    const auto fit = [&](Column c, const QString &sample) {
        const QString title = m_table->model()
                                  ? m_table->model()->headerData(int(c), Qt::Horizontal).toString()
                                  : QString();
        return std::max(metrics.horizontalAdvance(sample), titles.horizontalAdvance(title));
    };
    constexpr qint64 kWidestSize = 1073731829; // 1,023.99 MiB
    const int natural[] = {
        fit(Column::Number, QStringLiteral("99999")),
        0, // Url (flex)
        0, // File (flex)
        0, // Status (flex)
        fit(Column::Http, QStringLiteral("HTTP")),
        fit(Column::Progress, QString()) + 16,
        fit(Column::Size, TransferFormat::dataSize(kWidestSize)),
        fit(Column::Speed, TransferFormat::speed(1048473.0)), // 1,023.9 KiB/s
        fit(Column::Eta, QCoreApplication::translate("TransferModel", "unknown")),
        fit(Column::Elapsed, QStringLiteral("99:59:59")),
        fit(Column::Attempts, QString()),
        0, // Error (flex)
    };
    static_assert(std::size(natural) == size_t(Column::Count));
    m_fitting = true;
    int used = 0;
    for (int c = 0; c < int(Column::Count); ++c) {
        if (natural[c] > 0) {
            header->resizeSection(c, natural[c] + kPadding);
            used += header->isSectionHidden(c) ? 0 : natural[c] + kPadding;
        }
    }
    const int avg = metrics.averageCharWidth();
    int weights = 0;
    for (const Flex &f : kFlex)
        weights += header->isSectionHidden(int(f.column)) ? 0 : f.weight;
    // The viewport before a vertical scroll bar shows up: the table must not need a horizontal
    // one as soon as it fills.
    const int width = m_table->width() - 2 * m_table->frameWidth() -
                      m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int available = std::max(0, width - used);
    for (const Flex &f : kFlex) {
        if (header->isSectionHidden(int(f.column)) || weights == 0)
            continue;
        header->resizeSection(
            int(f.column), std::max(f.minChars * avg + kPadding, available * f.weight / weights));
    }
    m_fitting = false;
}

bool TransferView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        clearSearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TransferView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void TransferView::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < int(Column::Count); ++c) {
        QAction *toggle = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(c));
        // The URL and Status columns identify a row: they stay.
        toggle->setEnabled(c != int(Column::Url) && c != int(Column::Status));
        connect(toggle, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            fitColumns();
        });
    }
    menu.exec(header->mapToGlobal(pos));
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
    m_tabs->setTabVisible(int(group), true);
    m_tabs->setCurrentIndex(int(group));
}

void TransferView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void TransferView::clearSearch()
{
    m_search->clear();
}

QByteArray TransferView::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void TransferView::restoreState(const QByteArray &state)
{
    // Hidden and moved columns come back; the widths fit the window again.
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        fitColumns();
}
