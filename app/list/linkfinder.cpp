#include "linkfinder.h"

#include "urlsyntax.h"

#include <algorithm>

namespace {

// Characters that can never be part of a URL found in running text.
bool endsUrl(QChar c)
{
    return UrlSyntax::isSpace(c) || c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'<' ||
           c == u'>' || c == u'"' || c == u'`' || c == u'{' || c == u'}' || c == u'|' ||
           c == u'\\' || c == u'^' || c.unicode() == 0xfffd;
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

} // namespace

QStringView LinkFinder::next(QStringView line, qsizetype *from)
{
    qsizetype pos = *from;
    while (pos < line.size()) {
        const qsizetype at = line.indexOf(u"http", pos, Qt::CaseInsensitive);
        if (at < 0)
            break;
        const QStringView rest = line.mid(at);
        const qsizetype schemeLength = rest.startsWith(u"http://", Qt::CaseInsensitive)    ? 7
                                       : rest.startsWith(u"https://", Qt::CaseInsensitive) ? 8
                                                                                           : 0;
        // "xhttp://" or "svn+https://" are other schemes, not an http URL inside a word.
        const bool boundary =
            at == 0 || !(line[at - 1].isLetterOrNumber() || line[at - 1] == u'+' ||
                         line[at - 1] == u'-' || line[at - 1] == u'.');
        if (schemeLength == 0 || !boundary) {
            pos = at + 4;
            continue;
        }
        const qsizetype end = urlEnd(line, at);
        pos = std::max(end, at + schemeLength);
        if (end > at + schemeLength) {
            *from = pos;
            return line.mid(at, end - at);
        }
    }
    *from = line.size();
    return {};
}

bool LinkFinder::isWholeUrl(QStringView field)
{
    const bool http = field.startsWith(u"http://", Qt::CaseInsensitive) ||
                      field.startsWith(u"https://", Qt::CaseInsensitive);
    return http && std::none_of(field.begin(), field.end(), UrlSyntax::isSpace) &&
           urlEnd(field, 0) == field.size();
}
