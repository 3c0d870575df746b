#include "throughputchart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

#include "themepalette.h"
#include "transferformat.h"

ThroughputChart::ThroughputChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Throughput chart"));
    setToolTip(tr("Throughput (filled) and requests in flight (line) over the batch"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize ThroughputChart::sizeHint() const
{
    return {280, 64};
}

QSize ThroughputChart::minimumSizeHint() const
{
    return {120, 48};
}

void ThroughputChart::setHistory(const QList<TransferModel::Sample> &history)
{
    m_history = history;
    update();
}

void ThroughputChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(frame, 3, 3);
    const QRectF area = frame.adjusted(4, 16, -4, -4);
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QRectF caption = frame.adjusted(6, 2, -6, 0);
    if (m_history.size() < 2) {
        p.drawText(caption, Qt::AlignLeft | Qt::AlignTop, tr("Throughput"));
        return;
    }
    double maxSpeed = 1;
    int maxFlight = 1;
    for (const auto &s : std::as_const(m_history)) {
        maxSpeed = std::max(maxSpeed, s.bytesPerSecond);
        maxFlight = std::max(maxFlight, s.inFlight);
    }
    const double t0 = double(m_history.first().ms);
    const double span = std::max(1.0, double(m_history.last().ms) - t0);
    const auto x = [&](qint64 ms) { return area.left() + (double(ms) - t0) / span * area.width(); };

    QPainterPath speed;
    speed.moveTo(area.bottomLeft());
    QPainterPath flight;
    for (qsizetype i = 0; i < m_history.size(); ++i) {
        const auto &s = m_history[i];
        const double px = x(s.ms);
        speed.lineTo(px, area.bottom() - s.bytesPerSecond / maxSpeed * area.height());
        const QPointF f(px, area.bottom() - double(s.inFlight) / maxFlight * area.height());
        if (i == 0)
            flight.moveTo(f);
        else
            flight.lineTo(f);
    }
    speed.lineTo(area.right(), area.bottom());
    speed.closeSubpath();
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(90);
    p.setPen(QPen(palette().color(QPalette::Highlight), 1));
    p.setBrush(fill);
    p.drawPath(speed);
    p.setBrush(Qt::NoBrush);
    const QColor second = ThemePalette::secondSeries(palette());
    p.setPen(QPen(second, 1.5));
    p.drawPath(flight);

    p.setPen(palette().color(QPalette::Text));
    // maxSpeed is at least 1 for the scale; a batch that moved no bytes has no peak to name.
    const bool moved = std::any_of(m_history.cbegin(), m_history.cend(),
                                   [](const auto &s) { return s.bytesPerSecond >= 1; });
    p.drawText(caption, Qt::AlignLeft | Qt::AlignTop,
               moved ? tr("peak %1").arg(TransferFormat::speed(maxSpeed)) : tr("Throughput"));
    p.setPen(second);
    p.drawText(caption, Qt::AlignRight | Qt::AlignTop,
               tr("at most %n in flight", nullptr, maxFlight));
}
