#include "directproxyfactory.h"

namespace {
constexpr qsizetype kRememberedOrigins = 4096;
} // namespace

QList<QNetworkProxy> DirectProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    QList<QNetworkProxy> proxies;
    if (m_proxies == Proxies::System)
        proxies = QNetworkProxyFactory::proxyForQuery(query);
    if (proxies.isEmpty())
        proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
    QNetworkProxy &first = proxies.first(); // Qt's HTTP code takes the first that suits
    if (first.type() == QNetworkProxy::NoProxy &&
        query.queryType() == QNetworkProxyQuery::UrlRequest &&
        tcpGoesDirect(query.url().host(),
                      query.url().port(query.url().scheme() == QLatin1String("https") ? 443 : 80)))
        first = QNetworkProxy(QNetworkProxy::DefaultProxy);
    return proxies;
}

bool DirectProxyFactory::tcpGoesDirect(const QString &host, int port)
{
    const QString key = host + QLatin1Char(':') + QString::number(port);
    const auto known = m_direct.constFind(key);
    if (known != m_direct.cend())
        return *known;
    const QList<QNetworkProxy> tcp = QNetworkProxyFactory::proxyForQuery(
        QNetworkProxyQuery(host, port, QString(), QNetworkProxyQuery::TcpSocket));
    const bool direct = !tcp.isEmpty() && tcp.first().type() == QNetworkProxy::NoProxy;
    if (m_direct.size() >= kRememberedOrigins)
        m_direct.clear();
    m_direct.insert(key, direct);
    return direct;
}
