// Proxy URLs as --proxy and the settings take them.
#include <QTest>

#include "proxyspec.h"

class TestProxySpec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGoodUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("remoteDns");
        const int http = QNetworkProxy::HttpProxy;
        const int socks = QNetworkProxy::Socks5Proxy;
        QTest::newRow("http") << "http://proxy.corp:8080" << http << "proxy.corp" << 8080 << ""
                              << "" << true;
        QTest::newRow("http default port")
            << "http://proxy.corp" << http << "proxy.corp" << 3128 << ""
            << "" << true;
        QTest::newRow("no scheme") << "proxy.corp:3129" << http << "proxy.corp" << 3129 << ""
                                   << "" << true;
        QTest::newRow("trailing slash") << "http://p:1/" << http << "p" << 1 << ""
                                        << "" << true;
        QTest::newRow("upper-case scheme") << "HTTP://P:80" << http << "p" << 80 << ""
                                           << "" << true;
        QTest::newRow("credentials")
            << "http://al%40ice:p%3Ass@p:8080" << http << "p" << 8080 << "al@ice"
            << "p:ss" << true;
        QTest::newRow("user only") << "http://bob@p:8080" << http << "p" << 8080 << "bob"
                                   << "" << true;
        QTest::newRow("ipv6") << "http://[::1]:8080" << http << "::1" << 8080 << ""
                              << "" << true;
        QTest::newRow("socks5") << "socks5://127.0.0.1:9050" << socks << "127.0.0.1" << 9050 << ""
                                << "" << false;
        QTest::newRow("socks5 default port") << "socks5://s" << socks << "s" << 1080 << ""
                                             << "" << false;
        QTest::newRow("socks5h") << "socks5h://u:p@s:1081" << socks << "s" << 1081 << "u"
                                 << "p" << true;
    }
    void parsesGoodUrls()
    {
        QFETCH(QString, url);
        QFETCH(int, type);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, remoteDns);
        QString error;
        const std::optional<QNetworkProxy> proxy = ProxySpec::parse(url, &error);
        QVERIFY2(proxy, qPrintable(error));
        QCOMPARE(int(proxy->type()), type);
        QCOMPARE(proxy->hostName(), host);
        QCOMPARE(int(proxy->port()), port);
        QCOMPARE(proxy->user(), user);
        QCOMPARE(proxy->password(), password);
        QCOMPARE(bool(proxy->capabilities() & QNetworkProxy::HostNameLookupCapability), remoteDns);
    }

    void rejectsBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "  "
                               << "empty";
        QTest::newRow("https") << "https://p:443"
                               << "https://";
        QTest::newRow("socks4") << "socks4://p:1080"
                                << "SOCKS5";
        QTest::newRow("socks4a") << "socks4a://p:1080"
                                 << "SOCKS5";
        QTest::newRow("ftp") << "ftp://p:21"
                             << "scheme";
        QTest::newRow("no host") << "http://:8080"
                                 << "host";
        QTest::newRow("path") << "http://p:8080/proxy.pac"
                              << "path";
        QTest::newRow("query") << "http://p:8080?x=1"
                               << "query";
        QTest::newRow("port 0") << "http://p:0"
                                << "port";
        QTest::newRow("port too big") << "http://p:70000"
                                      << "";
        QTest::newRow("port not a number") << "http://p:http"
                                           << "";
        QTest::newRow("spaces") << "http://my proxy:8080"
                                << "";
    }
    void rejectsBadUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!ProxySpec::parse(url, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void passwordNeverInMessages()
    {
        QString error;
        QVERIFY(!ProxySpec::parse(QStringLiteral("http://u:hunter2@p:8080/x"), &error));
        QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));
        QVERIFY(!ProxySpec::parse(QStringLiteral("gopher://u:hunter2@p"), &error));
        QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProxySpec)
#include "tst_proxyspec.moc"
