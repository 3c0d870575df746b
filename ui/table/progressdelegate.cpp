#include "progressdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionProgressBar>

#include <algorithm>

#include "segmentview.h"
#include "transferformat.h"
#include "transfermodel.h"

namespace {
constexpr int kSteps = 1000; // resolution of the bar: finer than a pixel on any column
constexpr int kStripHeight = 3;
} // namespace

ProgressDelegate::ProgressDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString ProgressDelegate::barText(double fraction)
{
    // Sizes have their own column: the bar says how far, in a text that always fits.
    return fraction < 0 ? QString() : TransferFormat::percent(fraction);
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
    const QVariant ranges = index.data(TransferModel::SegmentsRole);
    const bool strip = ranges.isValid() && option.rect.height() >= 14;
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, strip ? -(3 + kStripHeight) : -2);
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
    if (strip) {
        const QRect under(bar.rect.left(), bar.rect.bottom() + 2, bar.rect.width(), kStripHeight);
        paintRanges(painter, under, ranges.value<SegmentViews>(), option.palette);
    }
}

void ProgressDelegate::paintRanges(QPainter *painter, const QRect &strip,
                                   const SegmentViews &ranges, const QPalette &palette)
{
    const qint64 total = ranges.isEmpty() ? 0 : ranges.constLast().end;
    if (total <= 0 || strip.width() < 2)
        return;
    const auto xOf = [&strip, total](qint64 byte) {
        return strip.left() + int(double(byte) / double(total) * strip.width());
    };
    painter->save();
    for (const SegmentView &range : ranges) {
        const int left = xOf(range.start);
        // A one-pixel gap between ranges, so that neighbours read as two.
        const int right = std::max(left + 1, xOf(range.end) - 1);
        painter->fillRect(QRect(QPoint(left, strip.top()), QPoint(right - 1, strip.bottom())),
                          palette.color(QPalette::Mid));
        const int filled =
            xOf(range.start + std::clamp<qint64>(range.done, 0, range.end - range.start));
        if (filled > left)
            painter->fillRect(QRect(QPoint(left, strip.top()),
                                    QPoint(std::min(filled, right) - 1, strip.bottom())),
                              palette.color(QPalette::Highlight));
    }
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(barText(1.0)) + 40));
    return size;
}
