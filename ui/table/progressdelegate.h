#pragma once

#include <QStyledItemDelegate>

#include "segmentview.h"

// Paints a row's progress as a real progress bar: the fill from TransferModel::ProgressRole,
// the percentage as its text, a busy bar while the size is unknown (-1), and, for a body
// fetched in several ranges (SegmentsRole), a thin strip under the bar with each range's
// progress, as aria2's and IDM's maps show it. It reads the index's roles only, so it works
// with any model (and proxy) that provides them.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text drawn on the bar: the percentage ("42%"), empty while the size is unknown.
    static QString barText(double fraction);
    // The strip: each range as a segment of `strip` (Mid), filled as far as it is done
    // (Highlight); ranges cover [0, last range's end).
    static void paintRanges(QPainter *painter, const QRect &strip, const SegmentViews &ranges,
                            const QPalette &palette);
};
