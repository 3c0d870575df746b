#include "instancechannel.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>
#include <QtEndian>

#include <optional>

#include <unistd.h>

namespace {
constexpr quint32 kMagic = 0x46414e31; // "FAN1"
constexpr quint8 kTaken = 1;
constexpr qint64 kMaxMessageBytes = 16 * 1024 * 1024; // a long list of URLs, not more

QByteArray messageOf(const QStringList &arguments, const QString &workingFolder)
{
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << quint32(arguments.size());
    for (const QString &argument : arguments)
        out << argument;
    out << workingFolder;
    QByteArray framed;
    QDataStream frame(&framed, QIODevice::WriteOnly);
    frame.setVersion(QDataStream::Qt_6_4);
    frame << body; // length-prefixed
    return framed;
}

// QDataStream's length prefix (big-endian; kNullLength for a null array or string) of what
// `device` holds next, without reading it; nullopt while fewer than 4 bytes have arrived.
constexpr quint32 kNullLength = 0xffffffffu;
std::optional<quint32> peekLength(QIODevice *device)
{
    if (device->bytesAvailable() < 4)
        return std::nullopt;
    return qFromBigEndian<quint32>(device->peek(4).constData());
}

// A message's body: the magic, the argument count, the arguments and the working folder.
// Every count and length is checked against what is left before Qt reserves room for it, so
// garbage cannot ask for gigabytes.
bool parseMessage(const QByteArray &body, QStringList *arguments, QString *workingFolder)
{
    QDataStream message(body);
    message.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 count = 0;
    message >> magic >> count;
    auto readString = [&message, &body](QString *out) {
        const std::optional<quint32> length = peekLength(message.device());
        if (!length)
            return false;
        const qint64 needs = *length == kNullLength ? 0 : qint64(*length) + 4;
        if (needs > body.size() - message.device()->pos())
            return false;
        message >> *out;
        return message.status() == QDataStream::Ok;
    };
    bool ok =
        message.status() == QDataStream::Ok && magic == kMagic && qint64(count) * 4 <= body.size();
    for (quint32 i = 0; ok && i < count; ++i) {
        QString argument;
        ok = readString(&argument);
        arguments->append(argument);
    }
    return ok && readString(workingFolder);
}
} // namespace

QString InstanceChannel::defaultName()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(QStringLiteral("fanout-window"));
    return QStringLiteral("fanout-window-%1").arg(::getuid());
}

bool InstanceChannel::handOver(const QString &name, const QStringList &arguments,
                               const QString &workingFolder, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write(messageOf(arguments, workingFolder));
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
            return false;
    }
    // The window answers once it has taken the arguments.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    char answer = 0;
    return socket.read(&answer, 1) == 1 && quint8(answer) == kTaken;
}

InstanceChannel::InstanceChannel(QString name, QObject *parent)
    : QObject(parent), m_name(std::move(name)), m_server(this)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &InstanceChannel::onNewConnection);
}

bool InstanceChannel::listen()
{
    // Qt binds a socket with access options in a private folder and renames it into place,
    // which would silently take the name from a window that listens: ask first.
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500))
            return false; // another window answers
    }
    QLocalServer::removeServer(m_name); // a socket file a crashed window left
    return m_server.listen(m_name);
}

void InstanceChannel::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QPointer<QLocalSocket> guard(socket);
        auto read = [this, guard] {
            if (!guard)
                return;
            const std::optional<quint32> length = peekLength(guard.data());
            if (length && *length != kNullLength && *length > kMaxMessageBytes) {
                guard->abort(); // not a message of ours
                return;
            }
            QDataStream in(guard.data());
            in.setVersion(QDataStream::Qt_6_4);
            in.startTransaction();
            QByteArray body;
            in >> body;
            if (!in.commitTransaction())
                return; // the rest has not arrived yet
            QStringList arguments;
            QString workingFolder;
            if (!parseMessage(body, &arguments, &workingFolder)) {
                guard->abort();
                return;
            }
            Q_EMIT argumentsArrived(arguments, workingFolder);
            if (guard) {
                const char taken = char(kTaken);
                guard->write(&taken, 1);
                guard->disconnectFromServer();
            }
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        read();
    }
}
