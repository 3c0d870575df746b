#pragma once

// Internals of TestServer: they live in the server thread only.

#include "testserver.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QTimer;

// What one route decided to send, and how the connection ends afterwards.
struct ResponsePlan
{
    enum class Framing
    {
        Length,
        Chunked,
        UntilClose
    };
    enum class End
    {
        KeepAlive,
        Close,
        Abort,
        HoldOpen
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool silent = false;     // never answer, keep the socket open
    bool resetFirst = false; // RST before any byte of the response
    int delayMs = 0;         // before the status line
    Framing framing = Framing::Length;
    qint64 declaredLength = 0; // Content-Length when framing is Length
    bool generated = true;     // body from TestServer::fill, else fixedBody
    QByteArray fixedBody;
    qint64 bodySize = 0;   // bytes of the body that exist
    qint64 sendLimit = -1; // send only that many body bytes (-1: all)
    int seed = 0;
    qint64 bodyOffset = 0; // the body starts at this byte of the generated resource (206)
    qint64 dripChunk = 0;  // > 0: send dripChunk bytes every dripIntervalMs
    int dripIntervalMs = 0;
    End end = End::KeepAlive;
};

// The listening socket; owns the connections. Created and deleted by TestServer, but every
// function except the constructor runs in the server thread.
class TestServerCore final : public QObject
{
    Q_OBJECT

public:
    explicit TestServerCore(std::shared_ptr<TestServerState> state);
    ~TestServerCore() override;

    bool listen(quint16 port);
    quint16 port() const;
    void shutdown();

private:
    void acceptConnections();

    std::shared_ptr<TestServerState> m_state;
    QTcpServer *m_server = nullptr; // child
};

// One accepted TCP connection: parses requests (keep-alive, one at a time) and plays the plan.
class TestConnection final : public QObject
{
    Q_OBJECT

public:
    TestConnection(QTcpSocket *socket, int id, std::shared_ptr<TestServerState> state,
                   QObject *parent);
    ~TestConnection() override;

private:
    void readInput();
    void processInput();
    bool parseOneRequest(RecordedRequest &request);
    ResponsePlan route(const RecordedRequest &request);
    void begin(const RecordedRequest &request);
    void sendHead();
    void pump();
    void drip();
    void checkDone();
    void finishResponse();
    void resetConnection();
    void closeConnection();
    void endRequest();
    void onDisconnected();

    std::shared_ptr<TestServerState> m_state;
    QTcpSocket *m_socket; // child
    QTimer *m_dripTimer;  // child
    int m_id;
    QByteArray m_input;
    qint64 m_skipBody = 0; // request body bytes still to discard
    bool m_busy = false;   // a request is being served
    bool m_inFlight = false;
    quint64 m_serial = 0; // of the request in flight (RecordedRequest::serial)
    bool m_dead = false;
    bool m_isHead = false;
    bool m_clientWantsClose = false;
    ResponsePlan m_plan;
    qint64 m_bodySent = 0;
    bool m_allQueued = false;
};
