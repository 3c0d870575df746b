#include "urldelegate.h"

#include <QFontMetrics>

UrlDelegate::UrlDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString UrlDelegate::elide(const QString &url, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(url) <= width)
        return url;
    const QString ellipsis(QChar(0x2026));
    // head: up to the end of host:port; tail: the last segment, with its query.
    const qsizetype authority = url.indexOf(QLatin1String("://"));
    const qsizetype pathStart = url.indexOf(QLatin1Char('/'), authority < 0 ? 0 : authority + 3);
    const qsizetype queryStart = url.indexOf(QLatin1Char('?'), std::max<qsizetype>(0, pathStart));
    const qsizetype pathEnd = queryStart < 0 ? url.size() : queryStart;
    const qsizetype lastSlash = pathStart < 0 ? -1 : url.lastIndexOf(QLatin1Char('/'), pathEnd - 1);
    if (pathStart < 0 || lastSlash <= pathStart) // no middle to drop: the scheme goes first
        return metrics.elidedText(authority < 0 ? url : url.mid(authority + 3), Qt::ElideRight,
                                  width);
    const QString head = url.left(pathStart + 1);
    const QString tail = url.mid(lastSlash + 1);
    const QString kept = head + ellipsis + QLatin1Char('/');
    if (metrics.horizontalAdvance(kept + tail) <= width) {
        // Drop the middle of the path from its start, keeping as much of its end as fits: the
        // fewest characters cut, found by bisection (the width shrinks as more is cut).
        const QString middle = url.mid(pathStart + 1, lastSlash - pathStart - 1);
        const auto candidate = [&](qsizetype cut) {
            return head + ellipsis + middle.mid(cut) + QLatin1Char('/') + tail;
        };
        qsizetype low = 1, high = middle.size(); // candidate(high) == kept + tail fits
        while (low < high) {
            const qsizetype mid = (low + high) / 2;
            if (metrics.horizontalAdvance(candidate(mid)) <= width)
                high = mid;
            else
                low = mid + 1;
        }
        return candidate(high);
    }
    // Too narrow for both: the scheme goes first, then the end of the file name's query.
    const QString bare = (authority < 0 ? kept : kept.mid(authority + 3));
    if (metrics.horizontalAdvance(bare + tail) <= width)
        return bare + tail;
    const int left = width - metrics.horizontalAdvance(bare);
    if (left >= metrics.horizontalAdvance(ellipsis) * 2)
        return bare + metrics.elidedText(tail, Qt::ElideRight, left);
    // Narrower still: host:port, as much of it as fits.
    return metrics.elidedText(authority < 0 ? url : url.mid(authority + 3), Qt::ElideRight, width);
}

void UrlDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int margin = 8; // the style's text margins on both sides
    option->text = elide(option->text, option->fontMetrics, option->rect.width() - margin);
    option->textElideMode = Qt::ElideRight;
}
