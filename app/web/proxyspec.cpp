#include "proxyspec.h"

#include <QCoreApplication>
#include <QUrl>

namespace {
// The translation context of this file's texts (lupdate reads the macro; a free tr() it
// could not place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProxySpec)
};
} // namespace

std::optional<QNetworkProxy> ProxySpec::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<QNetworkProxy> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString spec = text.trimmed();
    if (spec.isEmpty())
        return fail(Text::tr("The proxy URL is empty"));
    if (!spec.contains(QLatin1String("://")))
        spec.prepend(QLatin1String("http://"));
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid())
        return fail(Text::tr("Not a proxy URL: use http://host:port or socks5://host:port"));
    const QString scheme = url.scheme().toLower();
    QNetworkProxy proxy;
    quint16 defaultPort = kDefaultSocksPort;
    if (scheme == QLatin1String("http")) {
        proxy.setType(QNetworkProxy::HttpProxy);
        defaultPort = kDefaultHttpPort;
    } else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        proxy.setType(QNetworkProxy::Socks5Proxy);
        QNetworkProxy::Capabilities caps = proxy.capabilities();
        // Qt sends names to a SOCKS5 proxy when the capability is set; socks5:// resolves here.
        caps.setFlag(QNetworkProxy::HostNameLookupCapability, scheme == QLatin1String("socks5h"));
        proxy.setCapabilities(caps);
    } else if (scheme == QLatin1String("https")) {
        return fail(Text::tr("https:// proxies (TLS to the proxy) are not supported; use http:// "
                             "(https downloads still go through it encrypted)"));
    } else if (scheme.startsWith(QLatin1String("socks"))) {
        return fail(Text::tr("Only SOCKS5 proxies are supported (socks5:// or socks5h://)"));
    } else {
        return fail(Text::tr("Unknown proxy scheme \"%1\": use http:// or socks5://").arg(scheme));
    }
    if (url.host().isEmpty())
        return fail(Text::tr("The proxy URL has no host"));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return fail(Text::tr("A proxy URL has no path: use scheme://host:port"));
    if (url.hasQuery() || url.hasFragment())
        return fail(Text::tr("A proxy URL has no query or fragment: use scheme://host:port"));
    const int port = url.port(defaultPort);
    if (port <= 0 || port > 65535)
        return fail(Text::tr("The proxy port must be between 1 and 65535"));
    proxy.setHostName(url.host());
    proxy.setPort(quint16(port));
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        proxy.setUser(url.userName(QUrl::FullyDecoded));
        proxy.setPassword(url.password(QUrl::FullyDecoded));
    }
    return proxy;
}
