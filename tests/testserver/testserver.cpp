#include "testserver.h"
#include "testserver_p.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtEndian>

#include <algorithm>
#include <cstring>

// The routes are listed in testroutes.cpp; one connection is played by testconnection.cpp.

namespace {

constexpr qint64 kHashChunk = 1024 * 1024;

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

quint64 word(qint64 wordIndex, int seed)
{
    return mix(quint64(wordIndex) ^ (quint64(quint32(seed)) << 40));
}

} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.isNull() ? QByteArray("") : h.second;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// TestServer

TestServer::TestServer(QObject *parent)
    : QObject(parent), m_state(std::make_shared<TestServerState>())
{}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(quint16 port)
{
    QMutexLocker lock(&m_lifecycle);
    if (m_thread)
        return m_port != 0;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("TestServer"));
    m_core = std::make_unique<TestServerCore>(m_state);
    m_core->moveToThread(m_thread.get());
    m_thread->start();

    TestServerCore *core = m_core.get();
    quint16 listening = 0;
    QMetaObject::invokeMethod(
        core, [core, port, &listening] { listening = core->listen(port) ? core->port() : 0; },
        Qt::BlockingQueuedConnection);
    m_port = listening;
    if (m_port != 0)
        return true;
    lock.unlock();
    stop();
    return false;
}

void TestServer::stop()
{
    QMutexLocker lock(&m_lifecycle);
    if (!m_thread)
        return;
    TestServerCore *core = m_core.get();
    QThread *home = QThread::currentThread();
    QMetaObject::invokeMethod(
        core,
        [core, home] {
            core->shutdown();
            core->moveToThread(home); // so that it is deleted from the thread that owns it
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_core.reset();
    m_thread.reset();
    m_port = 0;
}

bool TestServer::isListening() const
{
    QMutexLocker lock(&m_lifecycle);
    return m_port != 0;
}

quint16 TestServer::port() const
{
    QMutexLocker lock(&m_lifecycle);
    return m_port;
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    return QUrl(urlString(pathAndQuery));
}

QString TestServer::urlString(const QString &pathAndQuery) const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port()) + pathAndQuery;
}

int TestServer::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->requests.size());
}

int TestServer::requestCount(const QString &path) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->pathCounts.value(path);
}

int TestServer::peakConcurrency() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->peak;
}

int TestServer::currentConcurrency() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->current;
}

int TestServer::connectionCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->connections;
}

QList<RecordedRequest> TestServer::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

QList<RecordedRequest> TestServer::requests(const QString &path) const
{
    QMutexLocker lock(&m_state->mutex);
    QList<RecordedRequest> out;
    for (const RecordedRequest &request : std::as_const(m_state->requests)) {
        if (request.path == path)
            out.append(request);
    }
    return out;
}

void TestServer::resetStats()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->requests.clear();
    m_state->pathCounts.clear();
    m_state->keyCounts.clear();
    m_state->peak = m_state->current; // requests still being served stay counted
    m_state->connections = 0;
}

char TestServer::byteAt(qint64 index, int seed)
{
    return char(word(index / 8, seed) >> (8 * (index % 8)));
}

void TestServer::fill(char *out, qint64 offset, qint64 length, int seed)
{
    qint64 i = offset;
    const qint64 end = offset + length;
    while (i < end && i % 8 != 0)
        *out++ = byteAt(i++, seed);
    for (; end - i >= 8; i += 8, out += 8) {
        const quint64 w = qToLittleEndian(word(i / 8, seed));
        std::memcpy(out, &w, 8);
    }
    while (i < end)
        *out++ = byteAt(i++, seed);
}

QByteArray TestServer::body(qint64 size, int seed)
{
    QByteArray data(qsizetype(size), Qt::Uninitialized);
    fill(data.data(), 0, size, seed);
    return data;
}

QByteArray TestServer::sha256(qint64 size, int seed)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(qsizetype(std::min<qint64>(size, kHashChunk)), Qt::Uninitialized);
    for (qint64 offset = 0; offset < size;) {
        const qint64 n = std::min<qint64>(chunk.size(), size - offset);
        fill(chunk.data(), offset, n, seed);
        hash.addData(QByteArrayView(chunk.constData(), qsizetype(n)));
        offset += n;
    }
    return hash.result();
}

QString TestServer::sha256Hex(qint64 size, int seed)
{
    return QString::fromLatin1(sha256(size, seed).toHex());
}

// ---------------------------------------------------------------------------------------------
// TestServerCore

TestServerCore::TestServerCore(std::shared_ptr<TestServerState> state) : m_state(std::move(state))
{}

TestServerCore::~TestServerCore() = default;

bool TestServerCore::listen(quint16 port)
{
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(1000);
    connect(m_server, &QTcpServer::newConnection, this, &TestServerCore::acceptConnections);
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 TestServerCore::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void TestServerCore::shutdown()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    qDeleteAll(findChildren<TestConnection *>(Qt::FindDirectChildrenOnly));
}

void TestServerCore::acceptConnections()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        int id = 0;
        {
            QMutexLocker lock(&m_state->mutex);
            id = ++m_state->connections;
        }
        new TestConnection(socket, id, m_state, this);
    }
}
