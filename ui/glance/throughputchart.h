#pragma once

#include <QList>
#include <QWidget>

#include "transfermodel.h"

// A small live chart of the batch: throughput as a filled area, requests in flight as a line on
// their own scale. Painted with QPainter from TransferModel's history; no chart library.
class ThroughputChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ThroughputChart(QWidget *parent = nullptr);

    void setHistory(const QList<TransferModel::Sample> &history);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<TransferModel::Sample> m_history;
};
