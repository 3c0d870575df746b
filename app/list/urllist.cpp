#include "urllist.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <utility>

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 Saturated = std::numeric_limits<qint64>::max();

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\f' || c == u'\v' || c.isSpace();
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// The scheme as RFC 3986 defines it (ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"), or an
// empty view when the text does not start with one.
QStringView schemeOf(QStringView text)
{
    if (text.isEmpty() || !isAsciiAlpha(text.front()))
        return {};
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u':')
            return text.first(i);
        if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != u'+' && c != u'-' && c != u'.')
            return {};
    }
    return {};
}

// The reason a URL text is unusable, or an empty string when `url` was filled with a valid
// http(s) URL. Cheap checks come first so that hostile lines never reach QUrl.
QString check(const QString &text, QUrl *url)
{
    if (text.size() > UrlList::MaxLineLength) {
        return u"URL too long (%1 characters, the limit is %2)"_s.arg(text.size())
            .arg(UrlList::MaxLineLength);
    }
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return u"contains control characters"_s;
        if (c.unicode() == 0xfffd)
            return u"contains invalid characters (the input is not valid UTF-8)"_s;
    }
    const QStringView scheme = schemeOf(text);
    if (scheme.isEmpty())
        return u"not a URL"_s;
    if (scheme.compare(u"http", Qt::CaseInsensitive) != 0 &&
        scheme.compare(u"https", Qt::CaseInsensitive) != 0) {
        // The scheme is at most the line's length and holds only URL scheme characters, so it
        // cannot carry credentials or control characters into the message.
        return u"unsupported scheme '%1' (only http and https)"_s.arg(scheme.toString());
    }
    const QUrl parsed(text, QUrl::TolerantMode);
    if (!parsed.isValid()) {
        // QUrl::errorString() quotes the source text, which may hold a password.
        return u"not a valid URL"_s;
    }
    if (parsed.host().isEmpty())
        return u"missing host"_s;
    *url = parsed;
    return {};
}

// Reads the optional tab-separated fields after the URL into the entry; false (with
// entry->reason set) when one of them is malformed.
bool readFields(QStringView fields, UrlList::Entry *entry)
{
    bool haveName = false;
    bool haveSha = false;
    for (const QStringView raw : fields.tokenize(u'\t')) {
        const QStringView field = raw.trimmed();
        if (field.isEmpty())
            continue;
        if (field.startsWith(u"sha256", Qt::CaseInsensitive)) {
            const QStringView hex = field.mid(6);
            const bool wellFormed = hex.size() == 65 && hex.front() == u'=' &&
                                    std::all_of(hex.begin() + 1, hex.end(), isHexDigit);
            if (!wellFormed) {
                entry->reason = u"malformed sha256 field (expected sha256= and 64 hex digits)"_s;
                return false;
            }
            if (haveSha) {
                entry->reason = u"more than one sha256 field"_s;
                return false;
            }
            haveSha = true;
            entry->expectedSha256 = hex.mid(1).toLatin1().toLower();
            continue;
        }
        if (haveName) {
            entry->reason = u"more than one file name field"_s;
            return false;
        }
        haveName = true;
        entry->wantedName = field.toString();
    }
    return true;
}

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
            if (i + 1 < url.size() && (isAsciiDigit(url[i + 1]) || isAsciiAlpha(url[i + 1])) &&
                url.indexOf(u'-', i + 1) > 0) {
                *error = u"malformed range: no closing ']'"_s;
                return false;
            }
            literal += url.mid(i);
            break;
        }
        const QStringView inner = QStringView(url).mid(i + 1, close - i - 1);
        const bool rangeChars = !inner.isEmpty() && inner.contains(u'-') &&
                                std::all_of(inner.begin(), inner.end(), [](QChar c) {
                                    return isAsciiDigit(c) || isAsciiAlpha(c) || c == u'-';
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
            return !s.isEmpty() && std::all_of(s.begin(), s.end(), isAsciiDigit);
        };
        if (allDigits(from) && allDigits(to)) {
            bool okFrom = false;
            bool okTo = false;
            segment.first = from.toLongLong(&okFrom);
            segment.last = to.toLongLong(&okTo);
            if (!okFrom || !okTo || from.size() > 15 || to.size() > 15) {
                *error = u"malformed range %1: number too large"_s.arg(shown);
                return false;
            }
            if (from.size() > 1 && from.front() == u'0')
                segment.width = int(from.size());
        } else if (from.size() == 1 && to.size() == 1 && isAsciiAlpha(from[0]) &&
                   isAsciiAlpha(to[0]) && from[0].isLower() == to[0].isLower()) {
            segment.letters = true;
            segment.first = from[0].unicode();
            segment.last = to[0].unicode();
        } else {
            *error = u"malformed range %1"_s.arg(shown);
            return false;
        }
        if (segment.first > segment.last) {
            *error = u"reversed range %1"_s.arg(shown);
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

// Builds the entries of a list or an extraction, so that both share validation, duplicate
// detection and range expansion.
class Builder
{
public:
    Builder(const UrlList::ParseOptions &options, QStringView text) : m_options(options)
    {
        // Rehashing a million keys while growing costs more than counting line breaks once.
        const qsizetype lines = text.count(u'\n') + 1;
        m_firstLine.reserve(lines);
        entries.reserve(lines);
    }

    // A clean list line: the URL and optional tab-separated fields.
    void addListLine(int line, QStringView content)
    {
        const qsizetype tab = content.indexOf(u'\t');
        const QStringView urlText = (tab < 0 ? content : content.first(tab)).trimmed();
        UrlList::Entry entry;
        entry.line = line;
        if (content.size() > UrlList::MaxLineLength) {
            // Keep the raw text (consumers show redactedText()) but do not tokenize 100 KB.
            entry.text = urlText.toString();
            entry.reason = u"URL too long (%1 characters, the limit is %2)"_s.arg(content.size())
                               .arg(UrlList::MaxLineLength);
            add(std::move(entry));
            return;
        }
        if (tab >= 0 && !readFields(content.mid(tab + 1), &entry)) {
            entry.text = urlText.toString();
            add(std::move(entry));
            return;
        }
        addUrl(std::move(entry), urlText);
    }

    // A URL found in text, or the URL of a list line whose fields are already in `entry`.
    void addUrl(UrlList::Entry entry, QStringView urlText)
    {
        if (m_options.expandRanges && urlText.contains(u'[') &&
            urlText.size() <= UrlList::MaxLineLength) {
            QString error;
            const QString whole = urlText.toString();
            const QStringList urls = UrlList::expandRanges(whole, m_options.rangeLimit, &error);
            if (urls.isEmpty()) {
                entry.text = whole;
                entry.reason = error;
                add(std::move(entry));
                return;
            }
            if (urls.size() > 1) {
                if (!entry.wantedName.isEmpty() || !entry.expectedSha256.isEmpty()) {
                    entry.text = whole;
                    entry.reason = u"a file name or sha256 cannot apply to a range of URLs"_s;
                    add(std::move(entry));
                    return;
                }
                for (const QString &one : urls)
                    validateAndAdd(UrlList::Entry(entry), one);
                return;
            }
        }
        validateAndAdd(std::move(entry), urlText);
    }

    QList<UrlList::Entry> entries;
    QList<UrlList::Duplicate> duplicates;

private:
    // Validates only entries that are not duplicates: QUrl is the expensive part of a line.
    void validateAndAdd(UrlList::Entry &&entry, QStringView urlText)
    {
        entry.text = urlText.toString();
        if (isDuplicate(entry))
            return;
        entry.reason = check(entry.text, &entry.url);
        entry.valid = entry.reason.isEmpty();
        entries.append(std::move(entry));
    }

    bool isDuplicate(const UrlList::Entry &entry)
    {
        const auto it = m_firstLine.constFind(entry.text);
        if (it != m_firstLine.constEnd()) {
            duplicates.append(UrlList::Duplicate{entry.line, it.value()});
            return true;
        }
        m_firstLine.insert(entry.text, entry.line);
        return false;
    }

    // For entries already known to be invalid, with text and reason set.
    void add(UrlList::Entry &&entry)
    {
        if (!isDuplicate(entry))
            entries.append(std::move(entry));
    }

    UrlList::ParseOptions m_options;
    QHash<QString, int> m_firstLine;
};

// Calls f(lineNumber, line) for every line, splitting at \n, \r\n or \r.
template <typename F> void forEachLine(QStringView text, F &&f)
{
    int line = 0;
    qsizetype start = 0;
    const qsizetype size = text.size();
    const QChar *data = text.data();
    for (qsizetype i = 0; i <= size; ++i) {
        if (i < size && data[i] != u'\n' && data[i] != u'\r')
            continue;
        f(++line, text.mid(start, i - start));
        if (i + 1 < size && data[i] == u'\r' && data[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
}

bool isListLineStart(QStringView s)
{
    return s.startsWith(u"http://", Qt::CaseInsensitive) ||
           s.startsWith(u"https://", Qt::CaseInsensitive);
}

// Characters that can never be part of a URL found in running text.
bool endsUrl(QChar c)
{
    return isSpace(c) || c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'<' || c == u'>' ||
           c == u'"' || c == u'`' || c == u'{' || c == u'}' || c == u'|' || c == u'\\' ||
           c == u'^' || c.unicode() == 0xfffd;
}

// The end of the URL that starts at text[from]: stops at a character no URL holds, or at a
// closing bracket that the URL did not open (Markdown "[x](url)", "(see url)").
qsizetype urlEnd(QStringView text, qsizetype from)
{
    int parens = 0;
    int squares = 0;
    qsizetype i = from;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (endsUrl(c))
            break;
        if (c == u'(') {
            ++parens;
        } else if (c == u')') {
            if (parens == 0)
                break;
            --parens;
        } else if (c == u'[') {
            ++squares;
        } else if (c == u']') {
            if (squares == 0)
                break;
            --squares;
        }
    }
    // Sentence punctuation and quotes after a URL belong to the text around it.
    while (i > from) {
        const QChar c = text[i - 1];
        if (c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' ||
            c == u'\'' || c == u'"' || c == u'>') {
            --i;
        } else if (c == u')' || c == u']') {
            const QStringView url = text.mid(from, i - from);
            const QChar open = c == u')' ? u'(' : u'[';
            if (url.count(open) >= url.count(c))
                break;
            --i;
        } else {
            break;
        }
    }
    return i;
}

void extractFromLine(Builder &builder, int line, QStringView content)
{
    qsizetype pos = 0;
    while (pos < content.size()) {
        const qsizetype at = content.indexOf(u"http", pos, Qt::CaseInsensitive);
        if (at < 0)
            return;
        const QStringView rest = content.mid(at);
        const qsizetype schemeLength = rest.startsWith(u"http://", Qt::CaseInsensitive)    ? 7
                                       : rest.startsWith(u"https://", Qt::CaseInsensitive) ? 8
                                                                                           : 0;
        // "xhttp://" or "svn+https://" are other schemes, not an http URL inside a word.
        const bool boundary =
            at == 0 || !(content[at - 1].isLetterOrNumber() || content[at - 1] == u'+' ||
                         content[at - 1] == u'-' || content[at - 1] == u'.');
        if (schemeLength == 0 || !boundary) {
            pos = at + 4;
            continue;
        }
        const qsizetype end = urlEnd(content, at);
        if (end > at + schemeLength) {
            UrlList::Entry entry;
            entry.line = line;
            builder.addUrl(std::move(entry), content.mid(at, end - at));
        }
        pos = std::max(end, at + schemeLength);
    }
}

} // namespace

UrlList UrlList::parse(QStringView text)
{
    return parse(text, ParseOptions());
}

UrlList UrlList::parse(QStringView text, const ParseOptions &options)
{
    Builder builder(options, text);
    forEachLine(text, [&builder](int line, QStringView raw) {
        const QStringView content = raw.trimmed();
        if (content.isEmpty() || content.front() == u'#')
            return;
        builder.addListLine(line, content);
    });
    UrlList list;
    list.m_entries = std::move(builder.entries);
    list.m_duplicates = std::move(builder.duplicates);
    return list;
}

UrlList UrlList::extract(QStringView text)
{
    return extract(text, ParseOptions());
}

UrlList UrlList::extract(QStringView text, const ParseOptions &options)
{
    Builder builder(options, text);
    forEachLine(text, [&builder](int line, QStringView raw) {
        const QStringView content = raw.trimmed();
        if (content.isEmpty())
            return;
        const qsizetype tab = content.indexOf(u'\t');
        const QStringView first = tab < 0 ? content : content.first(tab);
        const bool clean =
            isListLineStart(first) &&
            std::none_of(first.begin(), first.end(), [](QChar c) { return isSpace(c); }) &&
            urlEnd(first, 0) == first.size();
        if (clean)
            builder.addListLine(line, content);
        else
            extractFromLine(builder, line, content);
    });
    UrlList list;
    list.m_entries = std::move(builder.entries);
    list.m_duplicates = std::move(builder.duplicates);
    return list;
}

QStringList UrlList::expandRanges(const QString &url, int limit, QString *error)
{
    QString scratch;
    QString &message = error ? *error : scratch;
    message.clear();
    QList<RangeSegment> segments;
    if (!splitRanges(url, &segments, &message))
        return {};
    const qint64 count = countOf(segments);
    if (count > limit) {
        message = u"range expands to %1 URLs, more than the limit %2"_s.arg(count).arg(limit);
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

qint64 UrlList::rangeCount(const QString &url)
{
    QList<RangeSegment> segments;
    QString error;
    if (!splitRanges(url, &segments, &error))
        return -1;
    return countOf(segments);
}

int UrlList::validCount() const
{
    return int(
        std::count_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.valid; }));
}

int UrlList::invalidCount() const
{
    return int(m_entries.size()) - validCount();
}

QString UrlList::redacted(const QUrl &url)
{
    if (!url.isValid())
        return redactedText(url.toString());
    return url.toString(QUrl::RemoveUserInfo);
}

QString UrlList::redactedText(const QString &text)
{
    // Works on text that QUrl may reject, so it finds the authority by hand: after the scheme
    // and any slashes, up to the first character that ends an authority. Everything up to its
    // last '@' is user information.
    qsizetype start = 0;
    const QStringView scheme = schemeOf(text);
    if (!scheme.isEmpty()) {
        start = scheme.size() + 1;
        while (start < text.size() && (text[start] == u'/' || text[start] == u'\\'))
            ++start;
    }
    qsizetype end = start;
    while (end < text.size()) {
        const QChar c = text[end];
        if (c == u'/' || c == u'\\' || c == u'?' || c == u'#' || isSpace(c))
            break;
        ++end;
    }
    const qsizetype at = QStringView(text).first(end).lastIndexOf(u'@');
    if (at < start)
        return text;
    return text.left(start) + text.mid(at + 1);
}
