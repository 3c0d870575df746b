// NoDelaySockets: Nagle off on every TCP socket of the process (connected, accepted, listening),
// nothing done to other descriptors, and at most one pass per interval.
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

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
} // namespace

class TestNoDelaySockets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setsItOnEveryTcpSocket()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *accepted = server.nextPendingConnection();
        QVERIFY(accepted);
        QCOMPARE(noDelay(client.socketDescriptor()), 0); // what Qt leaves, as in its HTTP code
        QCOMPARE(noDelay(accepted->socketDescriptor()), 0);

        QTemporaryFile file;
        QVERIFY(file.open());
        QTest::qWait(1); // a pass of another test function must not make this one skip
        QVERIFY(NoDelaySockets::apply(0) >= 3); // listening, connected and accepted

        QCOMPARE(noDelay(client.socketDescriptor()), 1);
        QCOMPARE(noDelay(accepted->socketDescriptor()), 1);
        QCOMPARE(noDelay(file.handle()), -1); // still a file, not touched
        // The connection still works both ways.
        QCOMPARE(client.write("ping"), 4);
        QVERIFY(client.waitForBytesWritten(5000));
        QVERIFY(accepted->waitForReadyRead(5000));
        QCOMPARE(accepted->readAll(), QByteArray("ping"));
    }

    void atMostOnePassPerInterval()
    {
        QTest::qWait(5);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QVERIFY(NoDelaySockets::apply(60000) >= 1);
        QCOMPARE(NoDelaySockets::apply(60000), 0); // within the minute: skipped
        QCOMPARE(NoDelaySockets::apply(0), 0);     // the minute asked for still holds
    }
};

QTEST_GUILESS_MAIN(TestNoDelaySockets)
#include "tst_nodelaysockets.moc"
