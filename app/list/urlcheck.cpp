#include "urlcheck.h"

#include "urlsyntax.h"

using namespace Qt::StringLiterals;

QString UrlCheck::problem(const QString &text, QUrl *url)
{
    if (text.size() > MaxLength) {
        return u"URL too long (%1 characters, the limit is %2)"_s.arg(text.size()).arg(MaxLength);
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
