#pragma once

#include <QStyledItemDelegate>

// Paints a row's progress as a real progress bar: the fill from TransferModel::ProgressRole,
// the percentage and bytes as its text, a busy bar while the size is unknown (-1). It reads the
// index's roles only, so it works with any model (and proxy) that provides them.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text drawn on the bar, e.g. "42% · 1.2 MiB of 3.0 MiB".
    static QString barText(double fraction, qint64 received, qint64 total);
};
