#pragma once

#include <QStringView>

// Finds http(s) URLs in running text (a web page, Markdown, an e-mail) one line at a time:
// where a URL starts (not inside another scheme such as "svn+https://"), and where it ends,
// before sentence punctuation, quotes or a bracket that it did not open.
class LinkFinder final
{
public:
    // The next URL of `line` at or after *from, or an empty view when there is none; *from
    // moves past it, so calling again finds the one after.
    static QStringView next(QStringView line, qsizetype *from);
    // Whether `field` (a line's text before any tab) is one http(s) URL and nothing else, as
    // the first field of a clean list line is.
    static bool isWholeUrl(QStringView field);
};
