#include "credentialstore.h"

#include <QMutexLocker>

void CredentialStore::set(const QString &key, const QString &user, const QString &password)
{
    const QMutexLocker lock(&m_mutex);
    m_credentials.insert(key.toLower(), {user, password});
}

std::optional<std::pair<QString, QString>> CredentialStore::get(const QString &key) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_credentials.constFind(key.toLower());
    if (it == m_credentials.cend())
        return std::nullopt;
    return *it;
}

QString CredentialStore::proxyKey(const QString &host, quint16 port)
{
    return QStringLiteral("proxy:%1:%2").arg(host).arg(port);
}
