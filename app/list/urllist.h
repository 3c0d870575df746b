#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include <memory>

#include "listextras.h"

// Turns pasted text or a list file into download items. Every non-empty line that is not a
// comment becomes an entry: a valid one with its URL, or an invalid one with its reason.
// Nothing is dropped without a word: exact duplicates are reported with their line numbers.
class UrlList final
{
public:
    struct Entry
    {
        int line = 0; // 1-based line number in the input
        QString text; // the trimmed URL text (first tab-separated field)
        QUrl url;     // valid only when valid == true
        bool valid = false;
        QString reason;            // why the line is invalid; empty when valid
        QString wantedName;        // optional file name after a tab
        QByteArray expectedSha256; // optional "sha256=<hex>" after a tab, as lower-case hex
        // dir=, other digests, mirrors, header=: shared, immutable, null when there are none.
        std::shared_ptr<const ListExtras> extras;

        // Every expected digest: sha256 and those of the extras.
        QList<Digest> digests() const;
        QString dir() const { return extras ? extras->dir : QString(); }
        // The URL, then its mirrors.
        QList<QUrl> urls() const;
    };
    struct Duplicate
    {
        int line = 0;      // the line that repeats
        int firstLine = 0; // the line it repeats
    };

    // One URL per line (\n, \r\n or \r). Blank lines and lines starting with '#' are ignored;
    // whitespace is trimmed; only http and https with a host are valid. A line may carry extra
    // tab-separated fields (ListFields): a name, dir=, digests, mirrors, header=.
    static UrlList parse(QStringView text);

    // What parse() may do beyond one-URL-per-line. The headless mode uses the defaults (a line
    // is taken literally); the window turns on range expansion.
    struct ParseOptions
    {
        bool expandRanges = false; // "img[001-250].jpg" becomes 250 entries on the same line
        int rangeLimit = 10000;    // a line expanding to more is one invalid entry instead
    };
    static UrlList parse(QStringView text, const ParseOptions &options);

    // One line of a list, read as parse() reads it, for readers that stream a list of millions
    // (ListReader): the content is the trimmed line, neither blank nor a comment. urlTextOf()
    // is what duplicates are found by (the trimmed first tab-separated field).
    static QStringView urlTextOf(QStringView content);
    static Entry readLine(int line, QStringView content);

    // Pulls every http(s) URL out of arbitrary text (a web page, Markdown, an e-mail), in
    // order, with the line it was found on. Trailing punctuation that ends a sentence or closes
    // a bracket is not part of the URL. A line that is a clean list line (URL and optional tab
    // fields) is taken exactly as parse() would. Duplicates are reported as by parse().
    static UrlList extract(QStringView text);
    static UrlList extract(QStringView text, const ParseOptions &options);

    // Expands numeric ranges "[001-250]" (zero padding kept: the width of the first number
    // when it starts with 0) and letter ranges "[a-z]"; several ranges multiply, the first
    // varying slowest. A URL without ranges gives itself. Empty with *error set when the
    // result would exceed `limit` or a range is malformed or reversed.
    static QStringList expandRanges(const QString &url, int limit, QString *error = nullptr);
    // How many URLs expandRanges() would give, without building them: 1 without ranges,
    // -1 for a malformed or reversed range; saturates at the qint64 maximum.
    static qint64 rangeCount(const QString &url);

    // URLs longer than this are rejected (with a reason) instead of being handed to QUrl; a
    // line with fields may be up to ListFields::MaxLength.
    static constexpr int MaxLineLength = 8192;

    const QList<Entry> &entries() const { return m_entries; }
    const QList<Duplicate> &duplicates() const { return m_duplicates; }
    int validCount() const;
    int invalidCount() const;

    // The URL as it may be shown or stored: user name and password removed.
    static QString redacted(const QUrl &url);
    // The same for text that may not parse as a URL (an invalid line).
    static QString redactedText(const QString &text);

private:
    QList<Entry> m_entries;
    QList<Duplicate> m_duplicates;
};
