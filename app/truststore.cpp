#include "truststore.h"

#include <QTemporaryFile>

TrustStore::TrustStore(const QList<QSslCertificate> &extra)
    : m_config(QSslConfiguration::defaultConfiguration())
{
    if (extra.isEmpty())
        return;
    QTemporaryFile pem;
    QByteArray data;
    for (const QSslCertificate &certificate : extra)
        data += certificate.toPem();
    if (pem.open() && pem.write(data) == data.size() && pem.flush())
        m_hasExtra = m_config.addCaCertificates(pem.fileName(), QSsl::Pem);
    if (!m_hasExtra) {
        // No temporary file (a full or read-only temp folder): the list, with the system's
        // parsed up front, trusts the same at a cost.
        m_config.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
        m_hasExtra = true;
    }
}
