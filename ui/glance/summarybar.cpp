#include "summarybar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include "throughputchart.h"

SummaryBar::SummaryBar(QWidget *parent)
    : QWidget(parent), m_counts(new QLabel(this)), m_figures(new QLabel(this)),
      m_overall(new QProgressBar(this)), m_chart(new ThroughputChart(this))
{
    setAccessibleName(tr("Batch summary"));
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setObjectName(QStringLiteral("summaryFigures"));
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setAccessibleName(tr("Overall progress"));
    m_overall->setRange(0, 1000);
    m_overall->setValue(0);
    m_overall->setFormat(QStringLiteral("%p%"));
    m_overall->setToolTip(tr("Progress of the whole batch"));

    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(m_counts);
    text->addWidget(m_overall);
    text->addWidget(m_figures);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(text, 3);
    layout->addWidget(m_chart, 2);
    setSummary({}, {});
}

QString SummaryBar::countsText() const
{
    return m_counts->text();
}

void SummaryBar::setSummary(const TransferModel::Summary &s,
                            const QList<TransferModel::Sample> &history)
{
    using S = TransferModel::RowState;
    const QString counts = tr("Queued %1 · Active %2 · OK %3 · Failed %4 · Cancelled %5")
                               .arg(s.count(S::Queued) + s.count(S::RetryWait))
                               .arg(s.count(S::Active))
                               .arg(s.count(S::Done))
                               .arg(s.count(S::Failed))
                               .arg(s.count(S::Cancelled));
    m_counts->setText(
        s.count(S::Invalid) > 0 ? counts + tr(" · Invalid %1").arg(s.count(S::Invalid)) : counts);
    m_overall->setValue(int(s.fraction * 1000));
    const QLocale locale;
    QStringList figures;
    if (s.fileCount > 0)
        figures << tr("File %1 of %2").arg(s.currentFile).arg(s.fileCount);
    figures << tr("%1 received").arg(locale.formattedDataSize(s.receivedBytes));
    if (s.running)
        figures << tr("%1/s").arg(locale.formattedDataSize(qint64(s.bytesPerSecond)));
    if (s.elapsedMs > 0)
        figures << tr("Elapsed %1").arg(TransferModel::formatDuration(s.elapsedMs));
    if (s.running)
        figures << (s.etaMs >= 0 ? tr("ETA %1").arg(TransferModel::formatDuration(s.etaMs))
                                 : tr("ETA unknown"));
    m_figures->setText(figures.join(QStringLiteral(" · ")));
    m_chart->setHistory(history);
}
