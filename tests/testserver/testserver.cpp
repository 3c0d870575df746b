#include "testserver.h"
#include "rangedresource.h"
#include "testquery.h"
#include "testserver_p.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <cstring>

#include <sys/socket.h>

// Routes (every size defaults to 1024 bytes, every seed to 0; a query value is percent-decoded):
//   /file?size=N[&seed=S][&name=x]   200, Content-Length, body(N, S); name -> Content-Disposition
//   /chunked?size=N                  200, Transfer-Encoding: chunked
//   /nolength?size=N                 200, no length, Connection: close, body ends at close
//   /slow?delay=MS&size=N            waits MS (default 500) before the status line
//   /silent                          reads the request and never answers (socket stays open)
//   /stall?size=N&after=M            Content-Length N, M bytes (default N/2), then nothing
//   /drip?size=N&chunk=K&interval=MS K bytes (default 1024) every MS ms (default 100)
//   /reset?after=M&size=N            Content-Length N, M bytes (default 0), then RST
//   /reset?after=-1                  RST before any byte of the response
//   /truncate?size=N&send=M          Content-Length N, M bytes (default N/2), clean close
//   /status?code=C[&size=N]          C (default 500) with a small text body (or body(N))
//   /flaky?fail=K&code=C&key=X[&retry-after=V][&size=N]
//                                    the first K (default 1) requests with key X answer C
//                                    (default 503, Retry-After: V verbatim), later ones 200
//   /fail-then-reset?fail=K&key=X    the first K requests with key X are reset, later ones 200
//   /redirect?to=URL&code=302        Location: URL verbatim (may be relative)
//   /chain?n=N[&code=301]            redirects to /chain?n=N-1 (other items kept); n=0 is a 200
//   /loop -> /loop2 -> /loop; /self -> itself (302)
//   /cd?value=V[&size=N]             200 with Content-Disposition: V as raw bytes
//   /ranged?size=N[&...]             validators, Range/If-Range, 206/416, throttling, an entity
//                                    that changes: see rangedresource.h
//   /headers?h=Name:Value...         200 "headers\n"
//   /echo-headers                    200, body = the request header lines as received
//   /auth?user=U&pass=P[&size=N]     401 with a Basic challenge unless those credentials come
//   /many-headers?count=N&size=S     200 with N extra headers X-Pad-<i> of S bytes each
//   /bad-chunked?kind=K              Transfer-Encoding: chunked with a broken body, then close:
//                                    hex (size not hex), short (size larger than what follows),
//                                    huge (size overflows 64 bits), noterm (chunk without CRLF)
//   /long-redirect?len=N             302 to /file?pad=<N bytes> (a Location of N + 10 bytes)
//   /any/...                         200 like /file, whatever follows /any/
//   /                                200, a short text naming the server
//   anything else                    404
// On every route: delay=MS waits before answering, h=Name:Value adds or replaces a response
// header (after the server's own, so h=Content-Length:5 lies on purpose), close=1 closes the
// connection after the response. HEAD gets the same head without a body.

namespace {

constexpr qint64 kDefaultSize = 1024;
constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kHighWater = 1024 * 1024;
constexpr qsizetype kMaxHead = 64 * 1024;
constexpr int kAbortGraceMs = 30; // lets the client read the last bytes before the RST

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

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool bodyless(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

QByteArray httpDate()
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(),
                         QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
               .toLatin1() +
           " GMT";
}

ResponsePlan textPlan(int status, const QByteArray &text)
{
    ResponsePlan plan;
    plan.status = status;
    plan.headers.emplaceBack("Content-Type", "text/plain; charset=utf-8");
    plan.generated = false;
    plan.fixedBody = bodyless(status) ? QByteArray() : text;
    plan.bodySize = plan.fixedBody.size();
    plan.declaredLength = plan.bodySize;
    return plan;
}

ResponsePlan bodyPlan(const Query &query, int status = 200)
{
    ResponsePlan plan;
    plan.status = status;
    plan.headers.emplaceBack("Content-Type", "application/octet-stream");
    plan.bodySize = std::max<qint64>(0, query.number("size", kDefaultSize));
    plan.declaredLength = plan.bodySize;
    plan.seed = int(query.number("seed", 0));
    return plan;
}

ResponsePlan redirectPlan(int status, const QByteArray &location)
{
    ResponsePlan plan = textPlan(status, "redirecting to " + location + '\n');
    plan.headers.emplaceBack("Location", location);
    return plan;
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
    QByteArray chunk(qsizetype(std::min<qint64>(size, kHighWater)), Qt::Uninitialized);
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

// ---------------------------------------------------------------------------------------------
// TestConnection

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

ResponsePlan TestConnection::route(const RecordedRequest &request)
{
    const qsizetype q = request.target.indexOf('?');
    const Query query(q < 0 ? QByteArray() : request.target.mid(q + 1));
    const QString &path = request.path;
    auto countKey = [this](const QString &key) {
        QMutexLocker lock(&m_state->mutex);
        return ++m_state->keyCounts[key];
    };

    ResponsePlan plan;
    if (path == QLatin1String("/ranged")) {
        plan = rangedPlan(request, query, countKey);
    } else if (path == QLatin1String("/file")) {
        plan = bodyPlan(query);
        if (query.has("name"))
            plan.headers.emplaceBack("Content-Disposition",
                                     "attachment; filename=\"" + query.value("name") + '"');
    } else if (path == QLatin1String("/chunked")) {
        plan = bodyPlan(query);
        plan.framing = ResponsePlan::Framing::Chunked;
    } else if (path == QLatin1String("/nolength")) {
        plan = bodyPlan(query);
        plan.framing = ResponsePlan::Framing::UntilClose;
        plan.end = ResponsePlan::End::Close;
    } else if (path == QLatin1String("/slow")) {
        plan = bodyPlan(query);
        plan.delayMs = int(query.number("delay", 500));
    } else if (path == QLatin1String("/silent")) {
        plan.silent = true;
    } else if (path == QLatin1String("/stall")) {
        plan = bodyPlan(query);
        plan.sendLimit = query.number("after", plan.bodySize / 2);
        plan.end = ResponsePlan::End::HoldOpen;
    } else if (path == QLatin1String("/drip")) {
        plan = bodyPlan(query);
        plan.dripChunk = std::max<qint64>(1, query.number("chunk", 1024));
        plan.dripIntervalMs = int(query.number("interval", 100));
    } else if (path == QLatin1String("/reset")) {
        plan = bodyPlan(query);
        const qint64 after = query.number("after", 0);
        plan.resetFirst = after < 0;
        plan.sendLimit = std::max<qint64>(0, after);
        plan.end = ResponsePlan::End::Abort;
    } else if (path == QLatin1String("/truncate")) {
        plan = bodyPlan(query);
        plan.sendLimit = query.number("send", plan.bodySize / 2);
        plan.end = ResponsePlan::End::Close;
    } else if (path == QLatin1String("/status")) {
        const int code = int(query.number("code", 500));
        plan = query.has("size") ? bodyPlan(query, code)
                                 : textPlan(code, "status " + QByteArray::number(code) + '\n');
        if (bodyless(code)) {
            plan.bodySize = 0;
            plan.declaredLength = 0;
        }
    } else if (path == QLatin1String("/flaky")) {
        const QString key = QString::fromUtf8(query.value("key"));
        if (countKey(QStringLiteral("flaky:") + key) <= query.number("fail", 1)) {
            const int code = int(query.number("code", 503));
            plan = textPlan(code, "flaky " + QByteArray::number(code) + '\n');
            if (query.has("retry-after"))
                plan.headers.emplaceBack("Retry-After", query.value("retry-after"));
        } else {
            plan = bodyPlan(query);
        }
    } else if (path == QLatin1String("/fail-then-reset")) {
        const QString key = QString::fromUtf8(query.value("key"));
        plan = bodyPlan(query);
        if (countKey(QStringLiteral("reset:") + key) <= query.number("fail", 1))
            plan.resetFirst = true;
    } else if (path == QLatin1String("/redirect")) {
        plan = query.has("to") ? redirectPlan(int(query.number("code", 302)), query.value("to"))
                               : textPlan(400, "redirect needs to=URL\n");
    } else if (path == QLatin1String("/chain")) {
        const qint64 n = query.number("n", 3);
        if (n <= 0) {
            plan = bodyPlan(query);
        } else {
            QByteArray next = "/chain?n=" + QByteArray::number(n - 1);
            for (const QByteArray &part : query.raw().split('&')) {
                if (!part.isEmpty() && !part.startsWith("n=") && part != "n")
                    next += '&' + part;
            }
            plan = redirectPlan(int(query.number("code", 302)), next);
        }
    } else if (path == QLatin1String("/loop")) {
        plan = redirectPlan(302, "/loop2");
    } else if (path == QLatin1String("/loop2")) {
        plan = redirectPlan(302, "/loop");
    } else if (path == QLatin1String("/self")) {
        plan = redirectPlan(302, request.target);
    } else if (path == QLatin1String("/cd")) {
        plan = bodyPlan(query);
        plan.headers.emplaceBack("Content-Disposition", query.value("value"));
    } else if (path == QLatin1String("/headers")) {
        plan = query.has("size") ? bodyPlan(query) : textPlan(200, "headers\n");
    } else if (path == QLatin1String("/auth")) {
        // Basic authentication: user=U&pass=P; the body once the client sends them.
        const QByteArray expected =
            "Basic " + (query.value("user") + ':' + query.value("pass")).toBase64();
        if (request.header("Authorization") == expected) {
            plan = bodyPlan(query);
        } else {
            plan = textPlan(401, "credentials needed\n");
            plan.headers.emplaceBack("WWW-Authenticate", "Basic realm=\"fanout-test\"");
        }
    } else if (path == QLatin1String("/echo-headers")) {
        QByteArray text;
        for (const auto &h : request.headers)
            text += h.first + ": " + h.second + "\r\n";
        plan = textPlan(200, text);
    } else if (path == QLatin1String("/many-headers")) {
        plan = textPlan(200, "many headers\n");
        const qint64 count = std::clamp<qint64>(query.number("count", 100), 0, 1000000);
        const QByteArray value(
            qsizetype(std::clamp<qint64>(query.number("size", 10), 0, 64 * 1024 * 1024)), 'a');
        for (qint64 i = 0; i < count; ++i)
            plan.headers.emplaceBack("X-Pad-" + QByteArray::number(i), value);
    } else if (path == QLatin1String("/bad-chunked")) {
        const QByteArray kind = query.value("kind");
        QByteArray body;
        if (kind == "hex")
            body = "zz\r\nhello\r\n0\r\n\r\n";
        else if (kind == "short")
            body = "1000\r\nonly a few bytes";
        else if (kind == "huge")
            body = "fffffffffffffffffffff\r\nhello\r\n0\r\n\r\n";
        else
            body = "5\r\nhelloXX5\r\nhello\r\n0\r\n\r\n";
        plan = textPlan(200, body);
        plan.framing = ResponsePlan::Framing::UntilClose;
        plan.headers.emplaceBack("Transfer-Encoding", "chunked");
        plan.end = ResponsePlan::End::Close;
    } else if (path == QLatin1String("/long-redirect")) {
        const qint64 len = std::clamp<qint64>(query.number("len", 100 * 1024), 0, 16 << 20);
        plan = redirectPlan(302, "/file?pad=" + QByteArray(qsizetype(len), 'a'));
        plan.fixedBody = "long redirect\n"; // not the Location again
        plan.bodySize = plan.declaredLength = plan.fixedBody.size();
    } else if (path.startsWith(QLatin1String("/any/"))) {
        plan = bodyPlan(query);
    } else if (path == QLatin1String("/")) {
        plan = textPlan(200, "fanout-testserver\n");
    } else {
        plan = textPlan(404, "not found\n");
    }

    if (path != QLatin1String("/slow") && query.has("delay"))
        plan.delayMs = int(query.number("delay", 0));
    if (query.number("close", 0) != 0 && plan.end == ResponsePlan::End::KeepAlive)
        plan.end = ResponsePlan::End::Close;
    for (const auto &item : query.items()) {
        if (item.first != "h")
            continue;
        const qsizetype colon = item.second.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = item.second.left(colon).trimmed();
        const QByteArray value = item.second.mid(colon + 1).trimmed();
        plan.headers.emplaceBack("\x01" + name, value); // marked: replaces same-name headers
    }
    return plan;
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
