#pragma once

// A server of one entity for update-mode tests (issue 18): any path answers the body and the
// validators the test sets, and 304 when If-None-Match (or, without an ETag,
// If-Modified-Since) matches them. It answers from the test's own event loop, so the test waits
// with QTRY/qWaitFor, never by blocking. Header-only.

#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

class EntityServer final : public QObject
{
public:
    QByteArray body;
    QByteArray etag;                               // empty: none sent
    QByteArray lastModified;                       // empty: none sent
    QList<QHash<QByteArray, QByteArray>> requests; // lower-case header name -> value
    QList<int> statuses;

    bool start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &pending = m_pending[socket];
        pending += socket->readAll();
        const qsizetype end = pending.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        QHash<QByteArray, QByteArray> headers;
        const QList<QByteArray> lines = pending.left(end).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                headers.insert(lines[i].left(colon).trimmed().toLower(),
                               lines[i].mid(colon + 1).trimmed());
        }
        m_pending.remove(socket);
        requests.append(headers);
        const bool notModified = (!etag.isEmpty() && headers.value("if-none-match") == etag) ||
                                 (etag.isEmpty() && !lastModified.isEmpty() &&
                                  headers.value("if-modified-since") == lastModified);
        QByteArray head = notModified ? "HTTP/1.1 304 Not Modified\r\n" : "HTTP/1.1 200 OK\r\n";
        if (!etag.isEmpty())
            head += "ETag: " + etag + "\r\n";
        if (!lastModified.isEmpty())
            head += "Last-Modified: " + lastModified + "\r\n";
        head += "Connection: close\r\n";
        if (!notModified)
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        socket->write(head + "\r\n" + (notModified ? QByteArray() : body));
        statuses.append(notModified ? 304 : 200);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
};
