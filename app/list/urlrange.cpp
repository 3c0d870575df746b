#include "urlrange.h"

#include "urlsyntax.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <limits>
#include <utility>

namespace {

// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UrlRange)
};

using namespace Qt::StringLiterals;

constexpr qint64 Saturated = std::numeric_limits<qint64>::max();

struct RangeSegment
{
    QString literal; // text before the range (or the tail when isRange is false)
    bool isRange = false;
    bool letters = false;
    qint64 first = 0;
    qint64 last = 0;
    int width = 0; // zero padding width; 0 = none
};

// Splits a URL into literal text and ranges; false with *error on a malformed range. Brackets
// that do not look like a range (an IPv6 host "[::1]") stay literal.
bool splitRanges(const QString &url, QList<RangeSegment> *segments, QString *error)
{
    QString literal;
    qsizetype i = 0;
    while (i < url.size()) {
        if (url[i] != u'[') {
            literal += url[i++];
            continue;
        }
        const qsizetype close = url.indexOf(u']', i + 1);
        if (close < 0) {
            if (i + 1 < url.size() &&
                (UrlSyntax::isAsciiDigit(url[i + 1]) || UrlSyntax::isAsciiAlpha(url[i + 1])) &&
                url.indexOf(u'-', i + 1) > 0) {
                *error = Text::tr("malformed range: no closing ']'");
                return false;
            }
            literal += url.mid(i);
            break;
        }
        const QStringView inner = QStringView(url).mid(i + 1, close - i - 1);
        const bool rangeChars =
            !inner.isEmpty() && inner.contains(u'-') &&
            std::all_of(inner.begin(), inner.end(), [](QChar c) {
                return UrlSyntax::isAsciiDigit(c) || UrlSyntax::isAsciiAlpha(c) || c == u'-';
            });
        if (!rangeChars) {
            literal += url.mid(i, close - i + 1);
            i = close + 1;
            continue;
        }
        const qsizetype dash = inner.indexOf(u'-');
        const QStringView from = inner.first(dash);
        const QStringView to = inner.mid(dash + 1);
        const QString shown = u'[' + inner.toString() + u']';
        RangeSegment segment;
        segment.literal = std::exchange(literal, QString());
        segment.isRange = true;
        const auto allDigits = [](QStringView s) {
            return !s.isEmpty() && std::all_of(s.begin(), s.end(), UrlSyntax::isAsciiDigit);
        };
        if (allDigits(from) && allDigits(to)) {
            bool okFrom = false;
            bool okTo = false;
            segment.first = from.toLongLong(&okFrom);
            segment.last = to.toLongLong(&okTo);
            if (!okFrom || !okTo || from.size() > 15 || to.size() > 15) {
                *error = Text::tr("malformed range %1: number too large").arg(shown);
                return false;
            }
            if (from.size() > 1 && from.front() == u'0')
                segment.width = int(from.size());
        } else if (from.size() == 1 && to.size() == 1 && UrlSyntax::isAsciiAlpha(from[0]) &&
                   UrlSyntax::isAsciiAlpha(to[0]) && from[0].isLower() == to[0].isLower()) {
            segment.letters = true;
            segment.first = from[0].unicode();
            segment.last = to[0].unicode();
        } else {
            *error = Text::tr("malformed range %1").arg(shown);
            return false;
        }
        if (segment.first > segment.last) {
            *error = Text::tr("reversed range %1").arg(shown);
            return false;
        }
        segments->append(segment);
        i = close + 1;
    }
    RangeSegment tail;
    tail.literal = literal;
    segments->append(tail);
    return true;
}

qint64 countOf(const QList<RangeSegment> &segments)
{
    qint64 count = 1;
    for (const RangeSegment &s : segments) {
        if (!s.isRange)
            continue;
        const qint64 size = s.last - s.first + 1;
        if (count > Saturated / size)
            return Saturated;
        count *= size;
    }
    return count;
}

} // namespace

QStringList UrlRange::expand(const QString &url, int limit, QString *error)
{
    QString scratch;
    QString &message = error ? *error : scratch;
    message.clear();
    QList<RangeSegment> segments;
    if (!splitRanges(url, &segments, &message))
        return {};
    const qint64 count = countOf(segments);
    if (count > limit) {
        message =
            Text::tr("range expands to %L1 URLs, more than the limit %L2").arg(count).arg(limit);
        return {};
    }
    QStringList urls;
    urls.reserve(count);
    // An odometer over the ranges: the last range turns fastest.
    QList<qint64> current;
    for (const RangeSegment &s : segments)
        current.append(s.first);
    for (qint64 n = 0; n < count; ++n) {
        QString out;
        for (qsizetype k = 0; k < segments.size(); ++k) {
            const RangeSegment &s = segments[k];
            out += s.literal;
            if (!s.isRange)
                continue;
            if (s.letters)
                out += QChar(char16_t(current[k]));
            else
                out += QString::number(current[k]).rightJustified(s.width, u'0');
        }
        urls.append(out);
        for (qsizetype k = segments.size() - 1; k >= 0; --k) {
            if (!segments[k].isRange)
                continue;
            if (current[k] < segments[k].last) {
                ++current[k];
                break;
            }
            current[k] = segments[k].first;
        }
    }
    return urls;
}

qint64 UrlRange::count(const QString &url)
{
    QList<RangeSegment> segments;
    QString error;
    if (!splitRanges(url, &segments, &error))
        return -1;
    return countOf(segments);
}
