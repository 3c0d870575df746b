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
    // A scheduled start ("Starts at 06:30, in 2 h 05 min"), with a button to cancel it; empty:
    // none, the line is hidden.
    void setScheduledStart(const QString &text);
    QString scheduledStartText() const;

Q_SIGNALS:
    void scheduledStartCancelled();

private:
    QLabel *m_counts;
    QLabel *m_figures;
    QWidget *m_scheduled;
    QLabel *m_scheduledText;
    QProgressBar *m_overall;
    ThroughputChart *m_chart;
};
