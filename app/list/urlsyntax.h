#pragma once

#include <QChar>
#include <QStringView>

// The character classes of URL text that the list units share (spaces, ASCII letters and
// digits, hex digits) and where a URL's scheme ends. Inline: the text scanners ask per character.
class UrlSyntax final
{
public:
    static bool isSpace(QChar c)
    {
        return c == u' ' || c == u'\t' || c == u'\f' || c == u'\v' || c.isSpace();
    }
    static bool isAsciiAlpha(QChar c)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    }
    static bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
    static bool isHexDigit(QChar c)
    {
        return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    }

    // The scheme as RFC 3986 defines it (ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"), or an
    // empty view when the text does not start with one.
    static QStringView schemeOf(QStringView text);
};
