#include "pasteanalysis.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {

// The translation context of this file's texts (lupdate reads the macro; a free tr() it
// could not place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InputPanel)
};

constexpr qsizetype kShownChars = 160; // of a line quoted in a message

// A line as a message may quote it: control characters (NUL included) made visible as their
// Unicode pictures, and a 100 KB line cut to its start and its length.
QString shown(const QString &text)
{
    QString out = text.left(kShownChars);
    for (QChar &c : out) {
        if (c.unicode() < 0x20)
            c = QChar(0x2400 + c.unicode());
        else if (c.unicode() == 0x7f)
            c = QChar(0x2421);
    }
    if (text.size() > kShownChars)
        out += Text::tr("… (%1 characters)").arg(QLocale().toString(text.size()));
    return out;
}

// What a line's fields say, for a line that has any: "2 digests (MD5, SHA-256) · 3 mirrors ·
// folder a/b · 1 header"; empty for a plain line.
QString fieldsOf(const UrlList::Entry &e)
{
    QStringList parts;
    const QList<Digest> digests = e.digests();
    if (!digests.isEmpty()) {
        QStringList names;
        for (const Digest &d : digests)
            names << QString(Digest::titleOf(d.algorithm));
        parts << QCoreApplication::translate("InputPanel", "%n digest(s) (%1)", nullptr,
                                             int(digests.size()))
                     .arg(names.join(QStringLiteral(", ")));
    }
    if (e.extras && !e.extras->mirrors.isEmpty())
        parts << QCoreApplication::translate("InputPanel", "%n mirror(s)", nullptr,
                                             int(e.extras->mirrors.size()));
    if (!e.dir().isEmpty())
        parts << Text::tr("folder %1").arg(e.dir());
    if (e.extras && !e.extras->headers.isEmpty())
        parts << QCoreApplication::translate("InputPanel", "%n header(s)", nullptr,
                                             int(e.extras->headers.size()));
    return parts.join(QStringLiteral(" · "));
}

// The most entries parsing could make: one per line, a range as many as it expands to (up to
// the limit; past it the line is one invalid entry), and at least one per "://" for free text.
// Stops counting once past `cap`, so refusing a million lines costs one quick scan.
qsizetype estimateEntries(QStringView text, qsizetype cap)
{
    qsizetype total = 0;
    qsizetype start = 0;
    while (start <= text.size() && total <= cap) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = text.sliced(start, end - start);
        if (line.contains(u'[') && line.size() <= UrlList::MaxLineLength) {
            const qint64 count = UrlList::rangeCount(line.trimmed().toString());
            total += (count >= 1 && count <= PasteAnalysis::RangeLimit) ? qsizetype(count) : 1;
        } else {
            total += 1;
        }
        start = end + 1;
    }
    return std::max(total, qsizetype(text.count(u"://")));
}
} // namespace

PasteAnalysis PasteAnalysis::of(const QString &text, const QSet<QString> &known)
{
    PasteAnalysis a;
    const QLocale locale;
    if (text.size() > MaxChars) {
        a.refusal =
            Text::tr("Not added: the text is %1 characters long, more than a list of %2 URLs "
                     "can be. Split it into smaller lists.")
                .arg(locale.toString(text.size()), locale.toString(MaxEntries));
        return a;
    }
    if (estimateEntries(text, MaxEntries) > MaxEntries) {
        a.refusal =
            Text::tr("Not added: %1 lines are more than the %2 URLs Fanout takes at a time. "
                     "Split the list into smaller ones.")
                .arg(locale.toString(text.count(u'\n') + (text.endsWith(u'\n') ? 0 : 1)),
                     locale.toString(MaxEntries));
        return a;
    }
    UrlList::ParseOptions options;
    options.expandRanges = true;
    options.rangeLimit = RangeLimit;
    a.list = UrlList::parse(text, options);
    // Free text gives many "invalid" lines; if picking links out of it finds more, it was not
    // meant as a list.
    // A list whose bad lines all start like URLs is a list with broken URLs (too long, NUL,
    // invalid UTF-8): each must be reported, not replaced by the links found inside it.
    const bool brokenList = std::all_of(
        a.list.entries().cbegin(), a.list.entries().cend(), [](const UrlList::Entry &e) {
            return e.valid || e.text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                   e.text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
        });
    if (a.list.invalidCount() > 0 && !brokenList) {
        UrlList extracted = UrlList::extract(text, options);
        if (extracted.validCount() > a.list.validCount()) {
            a.list = std::move(extracted);
            a.extracted = true;
        }
    }
    // Every problem is counted, but only the first ones of each kind are worded: a million bad
    // lines must not become a million messages.
    auto note = [&a](QList<Problem> &kind, int line, auto message, bool error) {
        ++a.problemCount;
        if (kind.size() < MaxShownProblems)
            kind.append({line, message(), error});
    };
    QList<Problem> skipped, invalid, duplicates, ranges, fields;
    for (const UrlList::Entry &e : a.list.entries()) {
        if (e.valid && !known.isEmpty() && known.contains(UrlList::redacted(e.url))) {
            ++a.alreadyKnown;
            note(
                skipped, e.line,
                [&e] {
                    return Text::tr("Line %1: already in the list, skipped — %2")
                        .arg(e.line)
                        .arg(shown(UrlList::redacted(e.url)));
                },
                false);
            continue;
        }
        a.accepted.append(e);
        if (e.valid && (e.extras || !e.expectedSha256.isEmpty()) &&
            (fields.isEmpty() || fields.last().line != e.line)) {
            note(
                fields, e.line,
                [&e] { return Text::tr("Line %1: %2").arg(e.line).arg(fieldsOf(e)); }, false);
        }
        if (!e.valid) {
            note(
                invalid, e.line,
                [&e] {
                    return Text::tr("Line %1: invalid — %2 (%3)")
                        .arg(e.line)
                        .arg(e.reason, shown(UrlList::redactedText(e.text)));
                },
                true);
        }
    }
    a.duplicates = a.list.duplicates().size();
    for (const UrlList::Duplicate &d : a.list.duplicates()) {
        note(
            duplicates, d.line,
            [&d] {
                return Text::tr("Line %1: duplicate of line %2, kept once")
                    .arg(d.line)
                    .arg(d.firstLine);
            },
            false);
    }
    // Ranges: say how many URLs a line became, so a typo like [1-100000] does not surprise.
    QList<std::pair<int, int>> perLine; // entries are in line order: runs of one line
    for (const UrlList::Entry &e : std::as_const(a.accepted)) {
        if (!perLine.isEmpty() && perLine.last().first == e.line)
            ++perLine.last().second;
        else
            perLine.append({e.line, 1});
    }
    for (const auto &lineCount : std::as_const(perLine)) {
        // Plain copies: C++20 lets a lambda capture structured bindings, clang 14 does not.
        const int line = lineCount.first;
        const int count = lineCount.second;
        if (count > 1) {
            note(
                ranges, line,
                [line, count, &locale] {
                    return Text::tr("Line %1: range expands to %2 URLs")
                        .arg(line)
                        .arg(locale.toString(count));
                },
                false);
        }
    }
    a.problems = skipped + invalid + duplicates + ranges + fields;
    std::stable_sort(a.problems.begin(), a.problems.end(),
                     [](const Problem &x, const Problem &y) { return x.line < y.line; });
    if (a.problems.size() > MaxShownProblems)
        a.problems.resize(MaxShownProblems);
    return a;
}
