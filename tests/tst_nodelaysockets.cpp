// NoDelaySockets: every TCP socket the process opens has Nagle off from its birth, Qt's own
// sockets (QTcpSocket, QNetworkAccessManager's connections) included, in any executable that
// links the engine (this one links only fanout_core); sockets of other kinds and files are left
// alone.
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QUdpSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include "nodelaysockets.h"

namespace {
int noDelay(qintptr fd)
{
    int value = -1;
    socklen_t length = sizeof value;
    if (::getsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &value, &length) != 0)
        return -1;
    return value;
}

// The process's TCP sockets connected to `port` on loopback: the client ends of its connections.
QList<int> socketsConnectedTo(quint16 port)
{
    QList<int> found;
    const QStringList entries = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System);
    for (const QString &entry : entries) {
        const int fd = entry.toInt();
        sockaddr_in peer{};
        socklen_t length = sizeof peer;
        if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) == 0 &&
            peer.sin_family == AF_INET && ntohs(peer.sin_port) == port)
            found.append(fd);
    }
    return found;
}
} // namespace

class TestNoDelaySockets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tcpSocketsHaveItFromTheStart()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *accepted = server.nextPendingConnection();
        QVERIFY(accepted);
        QCOMPARE(noDelay(client.socketDescriptor()), 1); // Qt never sets it itself
        QCOMPARE(noDelay(server.socketDescriptor()), 1);

        QUdpSocket udp;
        QVERIFY(udp.bind(QHostAddress::LocalHost));
        QCOMPARE(noDelay(udp.socketDescriptor()), -1); // not TCP: not touched
        QTemporaryFile file;
        QVERIFY(file.open());
        QCOMPARE(noDelay(file.handle()), -1);

        // The connection works both ways.
        QCOMPARE(client.write("ping"), 4);
        QVERIFY(client.waitForBytesWritten(5000));
        QVERIFY(accepted->waitForReadyRead(5000));
        QCOMPARE(accepted->readAll(), QByteArray("ping"));
    }

    void onlyTcpOverIp()
    {
        QVERIFY(NoDelaySockets::wanted(AF_INET, SOCK_STREAM, 0));
        QVERIFY(NoDelaySockets::wanted(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
                                       IPPROTO_TCP));
        QVERIFY(!NoDelaySockets::wanted(AF_INET, SOCK_DGRAM, 0));
        QVERIFY(!NoDelaySockets::wanted(AF_UNIX, SOCK_STREAM, 0));
        QVERIFY(!NoDelaySockets::wanted(AF_INET, SOCK_STREAM, IPPROTO_SCTP));
    }

    void networkAccessManagersConnectionsGetIt()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<int> clientEnds;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            clientEnds = socketsConnectedTo(server.serverPort());
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        });
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->readAll(), QByteArray("ok"));
        QCOMPARE(clientEnds.size(), 1);
        QCOMPARE(noDelay(clientEnds.constFirst()), 1);
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestNoDelaySockets)
#include "tst_nodelaysockets.moc"
