// DirectProxyFactory: where the system's settings say "no proxy" for a URL and for a TCP
// connection to its host, DefaultProxy (so Qt buffers the socket); everywhere else exactly what
// the system says. libproxy reads http_proxy and no_proxy from the environment.
#include <QNetworkProxyFactory>
#include <QTest>

#include "directproxyfactory.h"

namespace {
QNetworkProxy firstFor(DirectProxyFactory &factory, const char *url)
{
    const QList<QNetworkProxy> proxies =
        factory.queryProxy(QNetworkProxyQuery(QUrl(QString::fromLatin1(url))));
    return proxies.isEmpty() ? QNetworkProxy() : proxies.first();
}
} // namespace

class TestDirectProxyFactory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QNetworkProxyFactory::setUseSystemConfiguration(true); }
    void cleanup()
    {
        qunsetenv("http_proxy");
        qunsetenv("https_proxy");
        qunsetenv("no_proxy");
    }

    void directBecomesDefault()
    {
        DirectProxyFactory factory;
        QCOMPARE(firstFor(factory, "http://127.0.0.1:8080/f").type(), QNetworkProxy::DefaultProxy);
        QCOMPARE(firstFor(factory, "http://files.example.test/f").type(),
                 QNetworkProxy::DefaultProxy);
        // And what the socket then asks (a TCP query through the application's factory) goes
        // direct.
        const QList<QNetworkProxy> tcp = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(
            QStringLiteral("files.example.test"), 80, QString(), QNetworkProxyQuery::TcpSocket));
        QCOMPARE(tcp.first().type(), QNetworkProxy::NoProxy);
    }

    void theSystemsProxyIsPassedOn()
    {
        qputenv("http_proxy", "http://127.0.0.1:3128");
        DirectProxyFactory factory;
        const QNetworkProxy proxy = firstFor(factory, "http://files.example.test/f");
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(proxy.port(), quint16(3128));
    }

    void noProxyHostsStayDirect()
    {
        qputenv("http_proxy", "http://127.0.0.1:3128");
        qputenv("no_proxy", "files.example.test");
        DirectProxyFactory factory;
        QCOMPARE(firstFor(factory, "http://files.example.test/f").type(),
                 QNetworkProxy::DefaultProxy);
        // ... and the socket's own question agrees, so DefaultProxy means direct there too.
        const QList<QNetworkProxy> tcp = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(
            QStringLiteral("files.example.test"), 80, QString(), QNetworkProxyQuery::TcpSocket));
        QCOMPARE(tcp.first().type(), QNetworkProxy::NoProxy);
        // Another host still goes through the proxy.
        QCOMPARE(firstFor(factory, "http://other.example.test/f").type(), QNetworkProxy::HttpProxy);
    }

    void noneNeverNamesAProxy()
    {
        // --no-proxy: whatever the system says, every URL goes direct; where the socket's own
        // question also goes direct, said as DefaultProxy (buffered), else as NoProxy.
        qputenv("http_proxy", "http://127.0.0.1:3128");
        qputenv("https_proxy", "http://127.0.0.1:3128");
        qputenv("no_proxy", "files.example.test");
        DirectProxyFactory factory(DirectProxyFactory::Proxies::None);
        QCOMPARE(firstFor(factory, "http://files.example.test/f").type(),
                 QNetworkProxy::DefaultProxy);
        for (const char *url : {"http://other.example.test/f", "https://other.example.test/f"}) {
            const QNetworkProxy proxy = firstFor(factory, url);
            QVERIFY2(proxy.type() == QNetworkProxy::NoProxy ||
                         proxy.type() == QNetworkProxy::DefaultProxy,
                     url);
            if (proxy.type() == QNetworkProxy::DefaultProxy) {
                const QUrl parsed(QString::fromLatin1(url));
                const QList<QNetworkProxy> tcp =
                    QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(
                        parsed.host(),
                        parsed.port(parsed.scheme() == QLatin1String("https") ? 443 : 80),
                        QString(), QNetworkProxyQuery::TcpSocket));
                QCOMPARE(tcp.first().type(), QNetworkProxy::NoProxy);
            }
        }
        qunsetenv("http_proxy");
        qunsetenv("https_proxy");
        QCOMPARE(firstFor(factory, "http://127.0.0.1:8080/f").type(), QNetworkProxy::DefaultProxy);
    }

    void manyHostsAreAnsweredAlike()
    {
        // The remembered answers are bounded; answers stay right past the bound.
        DirectProxyFactory factory;
        for (int i = 0; i < 10000; ++i) {
            const QByteArray url = "http://h" + QByteArray::number(i) + ".example.test/f";
            QCOMPARE(firstFor(factory, url.constData()).type(), QNetworkProxy::DefaultProxy);
        }
    }
};

QTEST_GUILESS_MAIN(TestDirectProxyFactory)
#include "tst_directproxyfactory.moc"
