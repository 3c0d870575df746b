#include "progressdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include "transfermodel.h"

namespace {
constexpr int kSteps = 1000; // resolution of the bar: finer than a pixel on any column
}

ProgressDelegate::ProgressDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString ProgressDelegate::barText(double fraction)
{
    // Sizes have their own column: the bar says how far, in a text that always fits.
    return fraction < 0 ? QString() : QStringLiteral("%1%").arg(int(fraction * 100));
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    // Selection and hover background first, so a selected row still reads as selected.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, option.widget);

    const QVariant value = index.data(TransferModel::ProgressRole);
    if (!value.isValid())
        return;
    const double fraction = value.toDouble();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = (option.state & QStyle::State_Enabled) | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    bar.minimum = 0;
    bar.maximum = fraction < 0 ? 0 : kSteps; // 0..0 is Qt's busy bar
    bar.progress = fraction < 0 ? 0 : int(fraction * kSteps);
    bar.textAlignment = Qt::AlignCenter;
    bar.text = barText(fraction);
    // The style wraps text that does not fit: a column too narrow for "100%" shows the bar alone.
    bar.textVisible = option.fontMetrics.horizontalAdvance(bar.text) <= bar.rect.width() - 4;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(barText(1.0)) + 40));
    return size;
}
