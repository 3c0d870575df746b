#pragma once

#include <QStyledItemDelegate>

// Paints a row's progress as a real progress bar: the fill from TransferModel::ProgressRole,
// the percentage as its text, a busy bar while the size is unknown (-1). It reads the
// index's roles only, so it works with any model (and proxy) that provides them.
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
};
