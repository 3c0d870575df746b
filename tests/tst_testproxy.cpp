// The forward proxy the integration tests put between the engine and the TestServer.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#include "testproxy.h"
#include "testserver.h"

class TestTestProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_proxy.start());
        m_server.resetStats();
        m_proxy.resetStats();
        m_proxy.setRequiredCredentials({}, {});
    }
    void cleanup()
    {
        m_proxy.stop();
        m_server.stop();
    }

    void relaysGets_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("size");
        QTest::newRow("small") << "/file?size=1000" << qint64(1000);
        QTest::newRow("empty") << "/file?size=0" << qint64(0);
        QTest::newRow("chunked") << "/chunked?size=300000" << qint64(300000);
        QTest::newRow("until close") << "/nolength?size=70000" << qint64(70000);
    }
    void relaysGets()
    {
        QFETCH(QString, path);
        QFETCH(qint64, size);
        QNetworkAccessManager manager;
        manager.setProxy(m_proxy.networkProxy());
        const QUrl url = m_server.url(path);
        std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), TestServer::body(size));
        QCOMPARE(m_proxy.relayedCount(), 1);
        QCOMPARE(m_proxy.requestLines(), QList<QByteArray>{"GET " + url.toEncoded() + " HTTP/1.1"});
        // The server saw an origin-form request without the proxy's headers.
        const RecordedRequest seen = m_server.requests().constLast();
        QCOMPARE(seen.target, url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
        QVERIFY(seen.header("Proxy-Connection").isNull());
    }

    void sequentialRequestsEachRelayed()
    {
        QNetworkAccessManager manager;
        manager.setProxy(m_proxy.networkProxy());
        for (int i = 1; i <= 3; ++i) {
            std::unique_ptr<QNetworkReply> reply(
                manager.get(QNetworkRequest(m_server.url(QStringLiteral("/file?size=10")))));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(m_proxy.relayedCount(), i);
        }
        QCOMPARE(m_server.requestCount(), 3);
    }

    void demandsCredentials_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << ""
                              << "" << false;
        QTest::newRow("wrong password") << "alice"
                                        << "nope" << false;
        QTest::newRow("right") << "alice"
                               << "s3cret:x" << true;
    }
    void demandsCredentials()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        m_proxy.setRequiredCredentials(QStringLiteral("alice"), QStringLiteral("s3cret:x"));
        QNetworkAccessManager manager;
        QNetworkProxy proxy = m_proxy.networkProxy();
        proxy.setUser(user);
        proxy.setPassword(password);
        manager.setProxy(proxy);
        std::unique_ptr<QNetworkReply> reply(
            manager.get(QNetworkRequest(m_server.url(QStringLiteral("/file?size=100")))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        if (accepted) {
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->readAll(), TestServer::body(100));
            QCOMPARE(m_proxy.relayedCount(), 1);
            QCOMPARE(m_proxy.proxyAuthorizations().constLast(),
                     QByteArray("Basic " + QByteArray("alice:s3cret:x").toBase64()));
            // The target never sees the proxy's credentials.
            QVERIFY(m_server.requests().constLast().header("Proxy-Authorization").isNull());
        } else {
            QCOMPARE(reply->error(), QNetworkReply::ProxyAuthenticationRequiredError);
            QCOMPARE(m_proxy.relayedCount(), 0);
            QVERIFY(m_proxy.rejectedCount() >= 1);
            QCOMPARE(m_server.requestCount(), 0);
        }
    }

    void tunnelsConnect()
    {
        QTcpSocket socket;
        socket.setProxy(m_proxy.networkProxy()); // QTcpSocket speaks CONNECT to an HTTP proxy
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 10000);
        socket.write("GET /file?size=500 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray response;
        QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll()).endsWith(TestServer::body(500)),
                                 10000);
        QVERIFY2(response.startsWith("HTTP/1.1 200"), response.left(100).constData());
        QCOMPARE(m_proxy.relayedCount(), 1);
        QCOMPARE(m_proxy.requestLines(),
                 QList<QByteArray>{"CONNECT 127.0.0.1:" + QByteArray::number(m_server.port()) +
                                   " HTTP/1.1"});
    }

    void unreachableTargetIs502()
    {
        QNetworkAccessManager manager;
        manager.setProxy(m_proxy.networkProxy());
        const quint16 closedPort = m_server.port();
        m_server.stop(); // nobody listens there now
        std::unique_ptr<QNetworkReply> reply(manager.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/file").arg(closedPort)))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 502);
        QCOMPARE(m_proxy.relayedCount(), 0);
    }

private:
    TestServer m_server;
    TestProxy m_proxy;
};

QTEST_GUILESS_MAIN(TestTestProxy)
#include "tst_testproxy.moc"
