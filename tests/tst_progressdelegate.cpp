#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>

#include "segmentview.h"
#include <QStyleFactory>
#include <QTest>

#include "progressdelegate.h"
#include "transfermodel.h"

// The delegate paints a real bar whose fill follows ProgressRole, a busy bar for an unknown size,
// and the percentage and bytes as text. Painted into a QImage: no window, no display.
class TestProgressDelegate final : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_model{1, 1};
    ProgressDelegate m_delegate;
    static constexpr int W = 400, H = 24;

    QImage paint(double fraction, qint64 received = 0, qint64 total = -1,
                 const SegmentViews &ranges = {})
    {
        if (!m_model.item(0, 0))
            m_model.setItem(0, 0, new QStandardItem);
        QStandardItem *item = m_model.item(0, 0);
        item->setData(ranges.isEmpty() ? QVariant() : QVariant::fromValue(ranges),
                      TransferModel::SegmentsRole);
        item->setData(fraction, TransferModel::ProgressRole);
        item->setData(received, TransferModel::ReceivedRole);
        item->setData(total, TransferModel::TotalRole);
        QImage image(W, H, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, W, H);
        option.palette = QApplication::palette();
        option.state = QStyle::State_Enabled;
        option.fontMetrics = QFontMetrics(QApplication::font());
        option.font = QApplication::font();
        m_delegate.paint(&painter, option, m_model.index(0, 0));
        return image;
    }
    // The share of a scanline above the text that has the colour of the bar's fill.
    static double filledShare(const QImage &image)
    {
        const QColor fill = QApplication::palette().color(QPalette::Highlight);
        const int y = 5;
        int filled = 0;
        for (int x = 0; x < W; ++x) {
            const QColor c = image.pixelColor(x, y);
            const int d = std::abs(c.red() - fill.red()) + std::abs(c.green() - fill.green()) +
                          std::abs(c.blue() - fill.blue());
            if (d < 90)
                ++filled;
        }
        return double(filled) / W;
    }

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void fillFollowsProgress_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::newRow("0%") << 0.0;
        QTest::newRow("25%") << 0.25;
        QTest::newRow("60%") << 0.6;
        QTest::newRow("100%") << 1.0;
    }
    void fillFollowsProgress()
    {
        QFETCH(double, fraction);
        const double share = filledShare(paint(fraction, qint64(fraction * 1000), 1000));
        QVERIFY2(std::abs(share - fraction) < 0.05,
                 qPrintable(QStringLiteral("fill %1 for %2").arg(share).arg(fraction)));
    }

    void busyBarForUnknownSize()
    {
        const QImage busy = paint(-1, 5000, -1);
        const QImage empty = paint(0, 0, 1000);
        QVERIFY(busy != empty);
        QVERIFY(filledShare(busy) > 0.02); // something moves on the bar
    }

    void paintsNothingWithoutProgressRole()
    {
        QStandardItemModel plain(1, 1);
        QImage image(W, H, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QImage before = image;
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, W, H);
        option.palette = QApplication::palette();
        m_delegate.paint(&painter, option, plain.index(0, 0));
        painter.end();
        QCOMPARE(filledShare(image), 0.0);
    }

    // A body fetched in ranges: a strip under the bar, each range a segment of it in the
    // palette's Mid, filled in Highlight as far as that range is done; none in one piece.
    void rangesStripUnderTheBar()
    {
        const qint64 total = 4000;
        // Four ranges: done, half done, a quarter done, not begun.
        const SegmentViews ranges{
            {0, 1000, 1000}, {1000, 2000, 500}, {2000, 3000, 250}, {3000, 4000, 0}};
        const QImage image = paint(0.44, 1750, total, ranges);
        const QRgb done = QApplication::palette().color(QPalette::Highlight).rgb();
        const QRgb left = QApplication::palette().color(QPalette::Mid).rgb();
        const int y = H - 4; // in the strip, under the bar
        const auto at = [&](double share) { return image.pixel(int(share * (W - 4)) + 2, y); };
        QCOMPARE(at(0.10), done); // range 1: done
        QCOMPARE(at(0.30), done); // range 2: its first half
        QCOMPARE(at(0.45), left); // range 2: its second half
        QCOMPARE(at(0.55), done); // range 3: its first quarter
        QCOMPARE(at(0.70), left); // range 3: the rest
        QCOMPARE(at(0.90), left); // range 4: not begun
        // In one piece: no strip, the bar reaches down to where the strip would be.
        const QImage plain = paint(0.44, 1750, total);
        QVERIFY(plain.pixel(int(0.9 * (W - 4)) + 2, y) != left);
    }

    // Sizes have their own column: the bar holds the percentage only, which fits any width
    // the column may have ("%·1.31 MiB of 20.00 MiB" overflowed it).
    void textIsThePercentageOnly()
    {
        QCOMPARE(ProgressDelegate::barText(0.42), QStringLiteral("42%"));
        QCOMPARE(ProgressDelegate::barText(1.0), QStringLiteral("100%"));
        QCOMPARE(ProgressDelegate::barText(0.0), QStringLiteral("0%"));
        QCOMPARE(ProgressDelegate::barText(-1), QString()); // unknown size: the busy bar
        QStyleOptionViewItem option;
        option.fontMetrics = QFontMetrics(QApplication::font());
        const QSize hint = m_delegate.sizeHint(option, QModelIndex());
        QVERIFY2(hint.width() >= option.fontMetrics.horizontalAdvance(QStringLiteral("100%")),
                 qPrintable(QString::number(hint.width())));
        QVERIFY2(hint.width() < 120, qPrintable(QString::number(hint.width())));
    }
};

QTEST_MAIN(TestProgressDelegate)
#include "tst_progressdelegate.moc"
