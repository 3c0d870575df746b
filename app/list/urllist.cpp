#include "urllist.h"

#include "linkfinder.h"
#include "listfields.h"
#include "urlrange.h"
#include "urlredactor.h"
#include "urlsyntax.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace {

using namespace Qt::StringLiterals;

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
    const QStringView scheme = UrlSyntax::schemeOf(text);
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

// Fills a list line's number and fields; false when that already makes it invalid (text and
// reason set), else *urlText is the URL text still to validate.
bool readFields(int line, QStringView content, UrlList::Entry *entry, QStringView *urlText)
{
    const qsizetype tab = content.indexOf(u'\t');
    *urlText = (tab < 0 ? content : content.first(tab)).trimmed();
    entry->line = line;
    if (content.size() > UrlList::MaxLineLength) {
        // Keep the raw text (consumers show redactedText()) but do not tokenize 100 KB.
        entry->text = urlText->toString();
        entry->reason = u"URL too long (%1 characters, the limit is %2)"_s.arg(content.size())
                            .arg(UrlList::MaxLineLength);
        return false;
    }
    if (tab >= 0) {
        ListFields fields = ListFields::read(content.mid(tab + 1));
        entry->wantedName = std::move(fields.wantedName);
        entry->expectedSha256 = std::move(fields.sha256);
        if (!fields.error.isEmpty()) {
            entry->text = urlText->toString();
            entry->reason = std::move(fields.error);
            return false;
        }
    }
    return true;
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
        UrlList::Entry entry;
        QStringView urlText;
        if (readFields(line, content, &entry, &urlText))
            addUrl(std::move(entry), urlText);
        else
            add(std::move(entry));
    }

    // A URL found in text, or the URL of a list line whose fields are already in `entry`.
    void addUrl(UrlList::Entry entry, QStringView urlText)
    {
        if (m_options.expandRanges && urlText.contains(u'[') &&
            urlText.size() <= UrlList::MaxLineLength) {
            QString error;
            const QString whole = urlText.toString();
            const QStringList urls = UrlRange::expand(whole, m_options.rangeLimit, &error);
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

void extractFromLine(Builder &builder, int line, QStringView content)
{
    qsizetype pos = 0;
    for (QStringView url = LinkFinder::next(content, &pos); !url.isEmpty();
         url = LinkFinder::next(content, &pos)) {
        UrlList::Entry entry;
        entry.line = line;
        builder.addUrl(std::move(entry), url);
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

QStringView UrlList::urlTextOf(QStringView content)
{
    const qsizetype tab = content.indexOf(u'\t');
    return (tab < 0 ? content : content.first(tab)).trimmed();
}

UrlList::Entry UrlList::readLine(int line, QStringView content)
{
    Entry entry;
    QStringView urlText;
    if (readFields(line, content, &entry, &urlText)) {
        entry.text = urlText.toString();
        entry.reason = check(entry.text, &entry.url);
        entry.valid = entry.reason.isEmpty();
    }
    return entry;
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
        if (LinkFinder::isWholeUrl(first))
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
    return UrlRange::expand(url, limit, error);
}

qint64 UrlList::rangeCount(const QString &url)
{
    return UrlRange::count(url);
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
    return UrlRedactor::redacted(url);
}

QString UrlList::redactedText(const QString &text)
{
    return UrlRedactor::redactedText(text);
}
