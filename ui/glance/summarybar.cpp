#include "summarybar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "throughputchart.h"
#include "transferformat.h"

SummaryBar::SummaryBar(QWidget *parent)
    : QWidget(parent), m_counts(new QLabel(this)), m_figures(new QLabel(this)),
      m_scheduled(new QWidget(this)), m_scheduledText(new QLabel(m_scheduled)),
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
    m_overall->setFormat(TransferFormat::percentFormat()); // "42 %" in French
    m_overall->setToolTip(tr("Progress of the whole batch"));

    m_scheduledText->setObjectName(QStringLiteral("scheduledStart"));
    auto *cancel = new QPushButton(tr("Cancel Scheduled Start"), m_scheduled);
    cancel->setObjectName(QStringLiteral("cancelScheduledStart"));
    cancel->setToolTip(tr("The rows keep waiting for Start"));
    connect(cancel, &QPushButton::clicked, this, &SummaryBar::scheduledStartCancelled);
    auto *scheduled = new QHBoxLayout(m_scheduled);
    scheduled->setContentsMargins(0, 0, 0, 0);
    scheduled->addWidget(m_scheduledText, 1);
    scheduled->addWidget(cancel);
    m_scheduled->hide();

    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(m_scheduled);
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
    using G = TransferModel::Group;
    using S = TransferModel::RowState;
    // The groups the tabs show, with the same names and numbers; the unfinished ones in detail.
    QStringList detail;
    const auto part = [&detail](int n, const char *text) {
        if (n > 0)
            detail << tr(text, nullptr, n);
    };
    part(s.downloading(), QT_TRANSLATE_N_NOOP("SummaryBar", "%n downloading"));
    part(s.pausedRows(), QT_TRANSLATE_N_NOOP("SummaryBar", "%n paused"));
    part(s.count(S::Queued), QT_TRANSLATE_N_NOOP("SummaryBar", "%n queued"));
    part(s.count(S::RetryWait), QT_TRANSLATE_N_NOOP("SummaryBar", "%n waiting to retry"));
    QString unfinished = tr("Unfinished %L1").arg(s.count(G::Unfinished));
    if (!detail.isEmpty())
        unfinished += QStringLiteral(" (%1)").arg(detail.join(QStringLiteral(", ")));
    QStringList counts{unfinished, tr("Failed %L1").arg(s.count(G::Failed)),
                       tr("Done %L1").arg(s.count(G::Done))};
    if (s.count(G::Cancelled) > 0)
        counts << tr("Cancelled %L1").arg(s.count(G::Cancelled));
    if (s.count(G::Invalid) > 0)
        counts << tr("Invalid %L1").arg(s.count(G::Invalid));
    m_counts->setText(counts.join(QStringLiteral(" · ")));
    m_overall->setValue(int(s.fraction * 1000));

    QStringList figures;
    if (s.fileCount > 0)
        figures << tr("File %L1 of %L2").arg(s.currentFile).arg(s.fileCount);
    figures << tr("%1 received").arg(TransferFormat::dataSize(s.receivedBytes));
    if (s.running && s.paused)
        figures << tr("Paused");
    else if (s.running)
        figures << TransferFormat::speed(s.bytesPerSecond);
    if (s.elapsedMs > 0)
        figures << tr("Elapsed %1").arg(TransferFormat::duration(s.elapsedMs));
    if (s.running)
        figures << (s.etaMs >= 0 ? tr("ETA %1").arg(TransferFormat::duration(s.etaMs))
                                 : tr("ETA unknown"));
    m_figures->setText(figures.join(QStringLiteral(" · ")));
    m_chart->setHistory(history);
}

void SummaryBar::setScheduledStart(const QString &text)
{
    m_scheduledText->setText(text);
    m_scheduled->setVisible(!text.isEmpty());
}

QString SummaryBar::scheduledStartText() const
{
    return m_scheduled->isHidden() ? QString() : m_scheduledText->text();
}

QString SummaryBar::figuresText() const
{
    return m_figures->text();
}
