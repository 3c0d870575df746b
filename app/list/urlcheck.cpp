#include "urlcheck.h"

#include <QCoreApplication>

#include "urlsyntax.h"

namespace {
// The translation context of this file's texts: English without a translator (headless), the
// window's language in the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UrlCheck)
};
} // namespace

QString UrlCheck::problem(const QString &text, QUrl *url)
{
    if (text.size() > MaxLength) {
        return Text::tr("URL too long (%L1 characters, the limit is %L2)")
            .arg(text.size())
            .arg(MaxLength);
    }
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Text::tr("contains control characters");
        if (c.unicode() == 0xfffd)
            return Text::tr("contains invalid characters (the input is not valid UTF-8)");
    }
    const QStringView scheme = UrlSyntax::schemeOf(text);
    if (scheme.isEmpty())
        return Text::tr("not a URL");
    if (scheme.compare(u"http", Qt::CaseInsensitive) != 0 &&
        scheme.compare(u"https", Qt::CaseInsensitive) != 0) {
        // The scheme is at most the line's length and holds only URL scheme characters, so it
        // cannot carry credentials or control characters into the message.
        return Text::tr("unsupported scheme '%1' (only http and https)").arg(scheme.toString());
    }
    const QUrl parsed(text, QUrl::TolerantMode);
    if (!parsed.isValid()) {
        // QUrl::errorString() quotes the source text, which may hold a password.
        return Text::tr("not a valid URL");
    }
    if (parsed.host().isEmpty())
        return Text::tr("missing host");
    *url = parsed;
    return {};
}
