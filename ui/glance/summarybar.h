#pragma once

#include <QWidget>

#include "transfermodel.h"

class QLabel;
class QProgressBar;
class ThroughputChart;

// The batch at a glance: counts by TransferModel::Group (as the table's tabs count them), an
// overall progress bar, aggregate speed, elapsed time, ETA and "file N of M", and the throughput
// chart.
class SummaryBar final : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryBar(QWidget *parent = nullptr);

    void setSummary(const TransferModel::Summary &summary,
                    const QList<TransferModel::Sample> &history);
    QString countsText() const;  // for tests and accessibility
    QString figuresText() const; // the same

private:
    QLabel *m_counts;
    QLabel *m_figures;
    QProgressBar *m_overall;
    ThroughputChart *m_chart;
};
