#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QThread;
class TestServerCore;

// One request as the server saw it, for tests that assert on what the client sent.
struct RecordedRequest
{
    QByteArray method;                            // "GET", "HEAD", ...
    QByteArray target;                            // raw request target, "/file?size=10"
    QString path;                                 // "/file"
    QUrlQuery query;                              // decoded query items
    QList<QPair<QByteArray, QByteArray>> headers; // in order, as received
    qint64 receivedAtMs = 0;                      // QDateTime::currentMSecsSinceEpoch()
    int connectionId = 0; // 1-based index of its TCP connection since the last resetStats()
    // When its response was all sent, or its connection dropped; 0 while it is served.
    qint64 finishedAtMs = 0;
    quint64 serial = 0; // unique in the server's life

    // The first header of that name (case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray &name) const;
};

// The statistics and per-key state shared between the server thread and the test thread.
struct TestServerState
{
    mutable QMutex mutex;
    QList<RecordedRequest> requests;
    QHash<QString, int> pathCounts;
    QHash<QString, int> keyCounts; // /flaky and /fail-then-reset attempt counters
    int current = 0;
    int peak = 0;
    int connections = 0;
    quint64 serials = 0; // the last RecordedRequest::serial given
};

// A real HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, so that engine and integration
// tests exercise real sockets instead of mocks. It runs in its own thread: tests may block their
// own thread (waitForFinished on a child process) and the server keeps answering. Every public
// function is thread-safe. Routes are documented in testserver.cpp; bodies are deterministic, see
// body() and sha256().
class TestServer final : public QObject
{
    Q_OBJECT

public:
    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    // Listens on 127.0.0.1 (port 0 = any free port) and returns once listening.
    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;

    quint16 port() const;
    // "http://127.0.0.1:PORT" + pathAndQuery; pathAndQuery is used verbatim (already encoded).
    QUrl url(const QString &pathAndQuery) const;
    QString urlString(const QString &pathAndQuery) const;

    int requestCount() const;
    int requestCount(const QString &path) const;
    int peakConcurrency() const;
    int currentConcurrency() const;
    int connectionCount() const;
    QList<RecordedRequest> requests() const;
    // The recorded requests for `path` (without its query), in the order they arrived.
    QList<RecordedRequest> requests(const QString &path) const;
    // Clears all statistics, the recorded requests and the /flaky attempt counters.
    void resetStats();

    // The generated body: byte i depends only on i and seed (a splitmix64 of i / 8 and seed).
    static char byteAt(qint64 index, int seed = 0);
    static void fill(char *out, qint64 offset, qint64 length, int seed = 0);
    static QByteArray body(qint64 size, int seed = 0);
    // SHA-256 of body(size, seed), computed in chunks (fine for hundreds of MB), raw or hex.
    static QByteArray sha256(qint64 size, int seed = 0);
    static QString sha256Hex(qint64 size, int seed = 0);

private:
    std::shared_ptr<TestServerState> m_state;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<TestServerCore> m_core;
    mutable QMutex m_lifecycle;
    quint16 m_port = 0;
};
