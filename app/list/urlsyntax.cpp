#include "urlsyntax.h"

QStringView UrlSyntax::schemeOf(QStringView text)
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
