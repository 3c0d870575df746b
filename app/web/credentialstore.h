#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>
#include <utility>

// Credentials the user typed during a batch (the window's 401/407 prompt), remembered for the
// batch only and never written anywhere. Keyed by host name, or "proxy:host:port" for a proxy.
// Thread-safe: the window writes, the lanes read.
class CredentialStore final
{
public:
    void set(const QString &key, const QString &user, const QString &password);
    std::optional<std::pair<QString, QString>> get(const QString &key) const;
    static QString proxyKey(const QString &host, quint16 port);

private:
    mutable QMutex m_mutex;
    QHash<QString, std::pair<QString, QString>> m_credentials;
};
