#include "testproxy.h"

#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

struct TestProxyState
{
    mutable QMutex mutex;
    QByteArray requiredAuthorization; // the whole "Basic ..." value; empty = none required
    int relayed = 0;
    int rejected = 0;
    QList<QByteArray> requestLines;
    QList<QByteArray> authorizations;
};

namespace {
constexpr qsizetype kMaxHead = 64 * 1024;

bool isHopByHop(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "connection" || n == "proxy-connection" || n == "keep-alive" ||
           n == "proxy-authorization";
}

struct Head
{
    QByteArray firstLine;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return QByteArray();
    }
};

Head parseHead(const QByteArray &head)
{
    Head result;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        if (i == 0) {
            result.firstLine = line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            result.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return result;
}

// One client connection: reads a request head, then either relays one request or tunnels.
class ProxyConnection final : public QObject
{
public:
    ProxyConnection(QTcpSocket *client, std::shared_ptr<TestProxyState> state, QObject *parent)
        : QObject(parent), m_client(client), m_state(std::move(state))
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &ProxyConnection::onClientData);
        connect(client, &QTcpSocket::disconnected, this, [this] {
            if (m_upstream)
                m_upstream->disconnectFromHost();
            deleteLater();
        });
    }

private:
    enum class Phase
    {
        Head,
        Connecting,
        Relaying,
        Tunnel
    };

    void onClientData()
    {
        m_buffer += m_client->readAll();
        if (m_phase == Phase::Relaying || m_phase == Phase::Tunnel) {
            m_upstream->write(m_buffer);
            m_buffer.clear();
            return;
        }
        if (m_phase != Phase::Head)
            return; // kept in m_buffer until the upstream connects
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > kMaxHead)
                answer(431, "Request Header Fields Too Large", {}, true);
            return;
        }
        const Head head = parseHead(m_buffer.left(end));
        m_buffer.remove(0, end + 4);
        handle(head);
    }

    void handle(const Head &head)
    {
        QByteArray required;
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->requestLines.append(head.firstLine);
            m_state->authorizations.append(head.header("Proxy-Authorization"));
            required = m_state->requiredAuthorization;
        }
        if (!required.isEmpty() && head.header("Proxy-Authorization") != required) {
            {
                QMutexLocker lock(&m_state->mutex);
                ++m_state->rejected;
            }
            // Keep the connection: clients retry on it with credentials.
            answer(407, "Proxy Authentication Required",
                   "Proxy-Authenticate: Basic realm=\"testproxy\"\r\n", false);
            onClientData(); // a retry may already be buffered
            return;
        }
        const QList<QByteArray> parts = head.firstLine.split(' ');
        if (parts.size() != 3) {
            answer(400, "Bad Request", {}, true);
            return;
        }
        const QByteArray method = parts.at(0);
        QString host;
        int port = 0;
        QByteArray upstreamHead;
        if (method == "CONNECT") {
            const QUrl authority(QStringLiteral("tunnel://") + QString::fromLatin1(parts.at(1)));
            host = authority.host();
            port = authority.port(443);
            m_tunnel = true;
        } else {
            const QUrl target(QString::fromLatin1(parts.at(1)));
            if (target.scheme() != QLatin1String("http") || target.host().isEmpty()) {
                answer(400, "Bad Request", {}, true);
                return;
            }
            host = target.host();
            port = target.port(80);
            QByteArray path =
                target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
            if (path.isEmpty())
                path = "/";
            upstreamHead = method + ' ' + path + ' ' + parts.at(2) + "\r\n";
            for (const auto &h : head.headers) {
                if (!isHopByHop(h.first))
                    upstreamHead += h.first + ": " + h.second + "\r\n";
            }
            upstreamHead += "Connection: close\r\n\r\n";
        }
        m_phase = Phase::Connecting;
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this, [this, upstreamHead] {
            {
                QMutexLocker lock(&m_state->mutex);
                ++m_state->relayed;
            }
            if (m_tunnel) {
                m_phase = Phase::Tunnel;
                m_client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            } else {
                m_phase = Phase::Relaying;
                m_upstream->write(upstreamHead);
            }
            if (!m_buffer.isEmpty()) {
                m_upstream->write(m_buffer);
                m_buffer.clear();
            }
        });
        connect(m_upstream, &QTcpSocket::readyRead, this, &ProxyConnection::onUpstreamData);
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
            onUpstreamData();
            m_client->disconnectFromHost(); // after what is written has gone out
        });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
            if (m_phase == Phase::Connecting)
                answer(502, "Bad Gateway", {}, true);
        });
        m_upstream->connectToHost(host, quint16(port));
    }

    void onUpstreamData()
    {
        const QByteArray data = m_upstream->readAll();
        if (m_tunnel || m_headDone) {
            m_client->write(data);
            return;
        }
        // Our answer closes the connection whatever the target said, so the client does not
        // send a second request that would go nowhere.
        m_responseHead += data;
        const qsizetype end = m_responseHead.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const Head head = parseHead(m_responseHead.left(end));
        QByteArray out = head.firstLine + "\r\n";
        for (const auto &h : head.headers) {
            if (!isHopByHop(h.first))
                out += h.first + ": " + h.second + "\r\n";
        }
        out += "Connection: close\r\n\r\n" + m_responseHead.mid(end + 4);
        m_responseHead.clear();
        m_headDone = true;
        m_client->write(out);
    }

    void answer(int code, const QByteArray &reason, const QByteArray &extraHeaders, bool close)
    {
        m_client->write("HTTP/1.1 " + QByteArray::number(code) + ' ' + reason + "\r\n" +
                        extraHeaders + "Content-Length: 0\r\n" +
                        (close ? QByteArray("Connection: close\r\n") : QByteArray()) + "\r\n");
        if (close)
            m_client->disconnectFromHost();
    }

    QTcpSocket *m_client;
    QPointer<QTcpSocket> m_upstream;
    std::shared_ptr<TestProxyState> m_state;
    QByteArray m_buffer;
    QByteArray m_responseHead;
    Phase m_phase = Phase::Head;
    bool m_tunnel = false;
    bool m_headDone = false;
};
} // namespace

// Lives in the proxy's thread; owns the listening socket and the connections.
class TestProxyCore final : public QObject
{
public:
    explicit TestProxyCore(std::shared_ptr<TestProxyState> state) : m_state(std::move(state)) {}

    bool listen(quint16 port)
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection())
                new ProxyConnection(client, m_state, this);
        });
        return m_server->listen(QHostAddress::LocalHost, port);
    }
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }
    void shutdown()
    {
        // Children (server, connections, sockets) go with the core's thread still running.
        const QList<QObject *> children = this->children();
        qDeleteAll(children);
        m_server = nullptr;
    }

private:
    std::shared_ptr<TestProxyState> m_state;
    QTcpServer *m_server = nullptr;
};

TestProxy::TestProxy(QObject *parent) : QObject(parent), m_state(std::make_shared<TestProxyState>())
{}

TestProxy::~TestProxy()
{
    stop();
}

bool TestProxy::start(quint16 port)
{
    if (m_thread)
        return m_port != 0;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("TestProxy"));
    m_core = std::make_unique<TestProxyCore>(m_state);
    m_core->moveToThread(m_thread.get());
    m_thread->start();
    TestProxyCore *core = m_core.get();
    quint16 listening = 0;
    QMetaObject::invokeMethod(
        core, [core, port, &listening] { listening = core->listen(port) ? core->port() : 0; },
        Qt::BlockingQueuedConnection);
    m_port = listening;
    if (m_port != 0)
        return true;
    stop();
    return false;
}

void TestProxy::stop()
{
    if (!m_thread)
        return;
    TestProxyCore *core = m_core.get();
    QThread *home = QThread::currentThread();
    QMetaObject::invokeMethod(
        core,
        [core, home] {
            core->shutdown();
            core->moveToThread(home);
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_core.reset();
    m_thread.reset();
    m_port = 0;
}

quint16 TestProxy::port() const
{
    return m_port;
}

QNetworkProxy TestProxy::networkProxy() const
{
    return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_port);
}

void TestProxy::setRequiredCredentials(const QString &user, const QString &password)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->requiredAuthorization =
        user.isEmpty() ? QByteArray()
                       : "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

int TestProxy::relayedCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->relayed;
}

int TestProxy::rejectedCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->rejected;
}

QList<QByteArray> TestProxy::requestLines() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requestLines;
}

QList<QByteArray> TestProxy::proxyAuthorizations() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->authorizations;
}

void TestProxy::resetStats()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->relayed = 0;
    m_state->rejected = 0;
    m_state->requestLines.clear();
    m_state->authorizations.clear();
}
