#include "urlredactor.h"

#include "urlsyntax.h"

QString UrlRedactor::redacted(const QUrl &url)
{
    if (!url.isValid())
        return redactedText(url.toString());
    return url.toString(QUrl::RemoveUserInfo);
}

QString UrlRedactor::redactedText(const QString &text)
{
    // Works on text that QUrl may reject, so it finds the authority by hand: after the scheme
    // and any slashes, up to the first character that ends an authority. Everything up to its
    // last '@' is user information.
    qsizetype start = 0;
    const QStringView scheme = UrlSyntax::schemeOf(text);
    if (!scheme.isEmpty()) {
        start = scheme.size() + 1;
        while (start < text.size() && (text[start] == u'/' || text[start] == u'\\'))
            ++start;
    }
    qsizetype end = start;
    while (end < text.size()) {
        const QChar c = text[end];
        if (c == u'/' || c == u'\\' || c == u'?' || c == u'#' || UrlSyntax::isSpace(c))
            break;
        ++end;
    }
    const qsizetype at = QStringView(text).first(end).lastIndexOf(u'@');
    if (at < start)
        return text;
    return text.left(start) + text.mid(at + 1);
}
