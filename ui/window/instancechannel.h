#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>
#include <QStringList>

// One running window per user: the first window listens on a local socket only its user may
// open (QLocalServer, in the user's runtime folder), and a later `fanout URL...` or
// `fanout LIST...` hands its arguments and working folder over that socket, waits for the window
// to take them, and ends. The headless mode never uses it; `--new-window` skips the hand-over.
class InstanceChannel final : public QObject
{
    Q_OBJECT

public:
    // The socket of this user's window: in XDG_RUNTIME_DIR (mode 0700) when there is one, else a
    // name with the user's id in the temporary folder.
    static QString defaultName();

    // Sends `arguments` (program name excluded) and `workingFolder` to the window listening on
    // `name`; true once that window has taken them, false when none answers within timeoutMs.
    static bool handOver(const QString &name, const QStringList &arguments,
                         const QString &workingFolder, int timeoutMs = 3000);

    explicit InstanceChannel(QString name, QObject *parent = nullptr);

    // Starts listening (replacing a socket file a crashed window left); false when another
    // window listens already or the socket cannot be made.
    bool listen();
    QString errorString() const { return m_server.errorString(); }

Q_SIGNALS:
    void argumentsArrived(const QStringList &arguments, const QString &workingFolder);

private:
    void onNewConnection();

    QString m_name;
    QLocalServer m_server;
};
