#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QString>

#include <memory>

class QThread;
class TestProxyCore;
struct TestProxyState;

// A small forward HTTP proxy on 127.0.0.1 for integration tests: absolute-form requests
// ("GET http://host:port/path HTTP/1.1") are sent on to the target with Connection: close and the
// answer relayed back; "CONNECT host:port" opens a tunnel. It may demand Proxy-Authorization
// Basic and answers 407 with Proxy-Authenticate otherwise, keeping the connection open for the
// retry, as real proxies do. One request per client connection after that (the answer says
// Connection: close). Runs in its own thread. start() and stop() belong to the thread that
// created it; the rest is thread-safe.
class TestProxy final : public QObject
{
    Q_OBJECT

public:
    explicit TestProxy(QObject *parent = nullptr);
    ~TestProxy() override;

    // Listens on 127.0.0.1 (port 0 = any free port) and returns once listening.
    bool start(quint16 port = 0);
    void stop();
    quint16 port() const;
    // An HttpProxy for 127.0.0.1:port(), without credentials.
    QNetworkProxy networkProxy() const;

    // Demand these credentials from now on; an empty user demands none.
    void setRequiredCredentials(const QString &user, const QString &password);

    // Requests sent on to their target plus tunnels opened.
    int relayedCount() const;
    // Requests refused with 407.
    int rejectedCount() const;
    // The request line of every request received, relayed or not, in order.
    QList<QByteArray> requestLines() const;
    // The Proxy-Authorization value of every request received (empty when none), in order.
    QList<QByteArray> proxyAuthorizations() const;
    void resetStats();

private:
    std::shared_ptr<TestProxyState> m_state;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<TestProxyCore> m_core;
    quint16 m_port = 0;
};
