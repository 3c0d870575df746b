#include "redirectchain.h"

#include <QCoreApplication>

#include "urllist.h"

namespace {

// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window (QCoreApplication::translate is thread-safe).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedirectChain)
};

bool isWebScheme(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

QUrl withoutFragment(QUrl url)
{
    url.setFragment(QString());
    return url;
}

RedirectChain::Hop refused(const QString &why)
{
    return {QUrl(), why};
}

} // namespace

RedirectChain::RedirectChain(const QUrl &start)
{
    m_visited.insert(withoutFragment(start));
}

bool RedirectChain::isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool RedirectChain::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool RedirectChain::mayCarry(const QByteArray &headerName, const QUrl &origin, const QUrl &url)
{
    if (url.host().compare(origin.host(), Qt::CaseInsensitive) == 0)
        return true;
    const QByteArray lower = headerName.toLower();
    return lower != "authorization" && lower != "cookie" && lower != "proxy-authorization";
}

RedirectChain::Hop RedirectChain::follow(const QUrl &current, int status,
                                         const QByteArray &location)
{
    if (location.isEmpty())
        return refused(Text::tr("HTTP %1 without a Location header").arg(status));
    const QUrl target = current.resolved(QUrl::fromEncoded(location.trimmed()));
    const QString shown = UrlList::redacted(target);
    if (!target.isValid() || target.host().isEmpty())
        return refused(Text::tr("invalid redirect target %1").arg(shown));
    if (!isWebScheme(target.scheme()))
        return refused(
            Text::tr("redirect to unsupported scheme '%1' (%2)").arg(target.scheme(), shown));
    if (current.scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http"))
        return refused(Text::tr("refused redirect from https to http (%1)").arg(shown));
    if (++m_hops > maxHops)
        return refused(Text::tr("more than %n redirects", nullptr, maxHops));
    QUrl next = target;
    // Credentials follow a redirect only within the same origin, never to another host.
    if (next.userInfo().isEmpty() && sameOrigin(next, current))
        next.setUserInfo(current.userInfo(QUrl::FullyEncoded), QUrl::StrictMode);
    const QUrl key = withoutFragment(next);
    if (m_visited.contains(key))
        return refused(Text::tr("redirect loop at %1").arg(shown));
    m_visited.insert(key);
    return {next, QString()};
}
