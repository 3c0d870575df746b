#include "urllist.h"

#include "linkfinder.h"
#include "listfields.h"
#include "urlcheck.h"
#include "urlrange.h"
#include "urlredactor.h"
#include "urlsyntax.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>

namespace {

// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UrlList)
};

using namespace Qt::StringLiterals;

QString check(const QString &text, QUrl *url)
{
    return UrlCheck::problem(text, url);
}

// Fills a list line's number and fields; false when that already makes it invalid (text and
// reason set), else *urlText is the URL text still to validate.
bool readFields(int line, QStringView content, UrlList::Entry *entry, QStringView *urlText)
{
    const qsizetype tab = content.indexOf(u'\t');
    *urlText = (tab < 0 ? content : content.first(tab)).trimmed();
    entry->line = line;
    if (urlText->size() > UrlList::MaxLineLength ||
        (tab < 0 && content.size() > UrlList::MaxLineLength)) {
        // Keep the raw text (consumers show redactedText()) but do not tokenize 100 KB.
        entry->text = urlText->toString();
        entry->reason = Text::tr("URL too long (%L1 characters, the limit is %L2)")
                            .arg(tab < 0 ? content.size() : urlText->size())
                            .arg(UrlList::MaxLineLength);
        return false;
    }
    if (content.size() > ListFields::MaxLength) {
        entry->text = urlText->toString();
        entry->reason = Text::tr("line too long (%L1 characters, the limit is %L2)")
                            .arg(content.size())
                            .arg(ListFields::MaxLength);
        return false;
    }
    if (tab >= 0) {
        ListFields fields = ListFields::read(content.mid(tab + 1), *urlText);
        entry->wantedName = std::move(fields.wantedName);
        entry->expectedSha256 = std::move(fields.sha256);
        entry->extras = std::move(fields.extras);
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
                const bool perFile =
                    !entry.wantedName.isEmpty() || !entry.expectedSha256.isEmpty() ||
                    (entry.extras &&
                     (!entry.extras->digests.isEmpty() || !entry.extras->mirrors.isEmpty()));
                if (perFile) {
                    entry.text = whole;
                    entry.reason =
                        Text::tr("a file name, digest or mirror cannot apply to a range of URLs");
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

QList<Digest> UrlList::Entry::digests() const
{
    QList<Digest> all;
    if (!expectedSha256.isEmpty())
        all.append(Digest{Digest::Algorithm::Sha256, expectedSha256});
    if (extras)
        all += extras->digests;
    return all;
}

QList<QUrl> UrlList::Entry::urls() const
{
    QList<QUrl> all{url};
    if (extras)
        all += extras->mirrors;
    return all;
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
