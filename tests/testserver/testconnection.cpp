#include "testquery.h"
#include "testresponses.h"
#include "testserver_p.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#include <sys/socket.h>

using namespace TestResponses;

namespace {
constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kHighWater = 1024 * 1024;
constexpr qsizetype kMaxHead = 64 * 1024;
constexpr int kAbortGraceMs = 30; // lets the client read the last bytes before the RST
} // namespace

TestConnection::TestConnection(QTcpSocket *socket, int id, std::shared_ptr<TestServerState> state,
                               QObject *parent)
    : QObject(parent), m_state(std::move(state)), m_socket(socket), m_dripTimer(new QTimer(this)),
      m_id(id)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &TestConnection::readInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_plan.dripChunk > 0)
            checkDone();
        else
            pump();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &TestConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
    connect(m_dripTimer, &QTimer::timeout, this, &TestConnection::drip);
    readInput();
}

TestConnection::~TestConnection()
{
    m_dead = true;
    m_socket->disconnect(this);
    endRequest();
    m_socket->abort();
}

void TestConnection::readInput()
{
    if (m_dead)
        return;
    m_input += m_socket->readAll();
    processInput();
}

void TestConnection::processInput()
{
    if (m_dead || m_busy)
        return;
    RecordedRequest request;
    if (parseOneRequest(request))
        begin(request);
}

// Takes one complete request head off m_input. Returns false when there is none yet; answers
// 400/431 itself and closes when the head is malformed or too large.
bool TestConnection::parseOneRequest(RecordedRequest &request)
{
    if (m_skipBody > 0) {
        const qint64 n = std::min<qint64>(m_skipBody, m_input.size());
        m_input.remove(0, qsizetype(n));
        m_skipBody -= n;
        if (m_skipBody > 0)
            return false;
    }
    while (m_input.startsWith("\r\n"))
        m_input.remove(0, 2);
    const qsizetype end = m_input.indexOf("\r\n\r\n");
    auto refuse = [this](int status) {
        m_busy = true;
        m_isHead = false;
        m_bodySent = 0;
        m_allQueued = false;
        m_plan = textPlan(status, reasonPhrase(status) + '\n');
        m_plan.end = ResponsePlan::End::Close;
        m_clientWantsClose = true;
        sendHead();
        pump();
    };
    if (end < 0) {
        if (m_input.size() > kMaxHead)
            refuse(431);
        return false;
    }
    const QByteArray head = m_input.left(end);
    m_input.remove(0, end + 4);

    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        refuse(400);
        return false;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    const qsizetype q = request.target.indexOf('?');
    const QByteArray rawPath = q < 0 ? request.target : request.target.left(q);
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    if (q >= 0)
        request.query = QUrlQuery(QString::fromLatin1(request.target.mid(q + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.emplaceBack(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    request.connectionId = m_id;

    const QByteArray connection = request.header("Connection").toLower();
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    m_clientWantsClose =
        connection.contains("close") || (http10 && !connection.contains("keep-alive"));
    m_skipBody = std::max<qint64>(0, request.header("Content-Length").toLongLong());
    const qint64 n = std::min<qint64>(m_skipBody, m_input.size());
    m_input.remove(0, qsizetype(n));
    m_skipBody -= n;
    return true;
}

void TestConnection::begin(const RecordedRequest &request)
{
    m_busy = true;
    m_inFlight = true;
    m_bodySent = 0;
    m_allQueued = false;
    m_isHead = request.method == "HEAD";
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->requests.append(request);
        m_serial = ++m_state->serials;
        m_state->requests.last().serial = m_serial;
        ++m_state->pathCounts[request.path];
        ++m_state->current;
        m_state->peak = std::max(m_state->peak, m_state->current);
    }
    m_plan = route(request);
    if (m_plan.silent)
        return;
    auto answer = [this] {
        if (m_dead)
            return;
        if (m_plan.resetFirst) {
            resetConnection();
            return;
        }
        sendHead();
        if (m_plan.dripChunk > 0 && !m_isHead) {
            m_dripTimer->start(std::max(1, m_plan.dripIntervalMs));
            drip();
        } else {
            pump();
        }
    };
    if (m_plan.delayMs > 0)
        QTimer::singleShot(m_plan.delayMs, this, answer);
    else
        answer();
}

void TestConnection::sendHead()
{
    const ResponsePlan &p = m_plan;
    const bool closing = m_clientWantsClose || p.end != ResponsePlan::End::KeepAlive;
    QList<QPair<QByteArray, QByteArray>> headers;
    headers.emplaceBack("Date", httpDate());
    headers.emplaceBack("Server", "fanout-testserver");
    QList<QPair<QByteArray, QByteArray>> overrides;
    for (const auto &h : p.headers) {
        if (h.first.startsWith('\x01'))
            overrides.emplaceBack(h.first.mid(1), h.second);
        else
            headers.append(h);
    }
    if (!bodyless(p.status)) {
        if (p.framing == ResponsePlan::Framing::Length)
            headers.emplaceBack("Content-Length", QByteArray::number(p.declaredLength));
        else if (p.framing == ResponsePlan::Framing::Chunked)
            headers.emplaceBack("Transfer-Encoding", "chunked");
    }
    if (closing && p.end != ResponsePlan::End::HoldOpen && p.end != ResponsePlan::End::Abort)
        headers.emplaceBack("Connection", "close");
    for (const auto &o : overrides) {
        headers.removeIf(
            [&o](const auto &h) { return h.first.compare(o.first, Qt::CaseInsensitive) == 0; });
        headers.append(o);
    }

    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(p.status) + ' ' + reasonPhrase(p.status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    m_socket->write(out);
}

// Queues body bytes while less than kHighWater is waiting in the socket; called again from
// bytesWritten, so that bodies of any size stream without being built in memory.
void TestConnection::pump()
{
    if (m_dead || !m_busy)
        return;
    if (!m_allQueued) {
        const qint64 total = (m_isHead || bodyless(m_plan.status)) ? 0
                             : m_plan.sendLimit >= 0 ? std::min(m_plan.sendLimit, m_plan.bodySize)
                                                     : m_plan.bodySize;
        const bool chunked = m_plan.framing == ResponsePlan::Framing::Chunked;
        QByteArray buffer;
        while (m_bodySent < total && m_socket->bytesToWrite() < kHighWater) {
            const qint64 n = std::min(kChunk, total - m_bodySent);
            if (m_plan.generated) {
                buffer.resize(qsizetype(n));
                TestServer::fill(buffer.data(), m_plan.bodyOffset + m_bodySent, n, m_plan.seed);
            } else {
                buffer = m_plan.fixedBody.mid(qsizetype(m_bodySent), qsizetype(n));
            }
            if (chunked)
                m_socket->write(QByteArray::number(n, 16) + "\r\n" + buffer + "\r\n");
            else
                m_socket->write(buffer);
            m_bodySent += n;
        }
        if (m_bodySent >= total) {
            if (chunked && !m_isHead && m_bodySent == m_plan.bodySize)
                m_socket->write("0\r\n\r\n");
            m_allQueued = true;
        }
    }
    checkDone();
}

void TestConnection::drip()
{
    if (m_dead || m_allQueued)
        return;
    const qint64 total =
        m_plan.sendLimit >= 0 ? std::min(m_plan.sendLimit, m_plan.bodySize) : m_plan.bodySize;
    const qint64 n = std::min(m_plan.dripChunk, total - m_bodySent);
    if (n > 0) {
        QByteArray buffer(qsizetype(n), Qt::Uninitialized);
        TestServer::fill(buffer.data(), m_plan.bodyOffset + m_bodySent, n, m_plan.seed);
        if (m_plan.framing == ResponsePlan::Framing::Chunked)
            buffer = QByteArray::number(n, 16) + "\r\n" + buffer + "\r\n";
        m_socket->write(buffer);
        m_bodySent += n;
    }
    if (m_bodySent >= total) {
        m_dripTimer->stop();
        if (m_plan.framing == ResponsePlan::Framing::Chunked && m_bodySent == m_plan.bodySize)
            m_socket->write("0\r\n\r\n");
        m_allQueued = true;
    }
    checkDone();
}

void TestConnection::checkDone()
{
    if (!m_dead && m_busy && m_allQueued && m_socket->bytesToWrite() == 0)
        finishResponse();
}

void TestConnection::finishResponse()
{
    m_allQueued = false; // so that further bytesWritten signals do not finish twice
    switch (m_plan.end) {
    case ResponsePlan::End::KeepAlive:
        if (m_clientWantsClose) {
            closeConnection();
            return;
        }
        endRequest();
        m_busy = false;
        m_plan = ResponsePlan();
        QMetaObject::invokeMethod(this, &TestConnection::processInput, Qt::QueuedConnection);
        return;
    case ResponsePlan::End::Close:
        closeConnection();
        return;
    case ResponsePlan::End::Abort:
        QTimer::singleShot(kAbortGraceMs, this, &TestConnection::resetConnection);
        return;
    case ResponsePlan::End::HoldOpen:
        return; // the request stays in flight until the client gives up
    }
}

// Closes with an RST instead of a FIN: SO_LINGER with a zero timeout, then close.
void TestConnection::resetConnection()
{
    if (m_dead)
        return;
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lin = {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
    }
    m_socket->abort();
    onDisconnected();
}

void TestConnection::closeConnection()
{
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void TestConnection::endRequest()
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    QMutexLocker lock(&m_state->mutex);
    --m_state->current;
    // Its record (unless resetStats() dropped it) learns when it ended; recent ones are last.
    for (auto r = m_state->requests.rbegin(); r != m_state->requests.rend(); ++r) {
        if (r->serial == m_serial) {
            r->finishedAtMs = QDateTime::currentMSecsSinceEpoch();
            break;
        }
    }
}

void TestConnection::onDisconnected()
{
    if (m_dead)
        return;
    m_dead = true;
    m_dripTimer->stop();
    endRequest();
    deleteLater();
}
