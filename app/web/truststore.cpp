#include "truststore.h"

#include <QFile>
#include <QTemporaryFile>

QSslConfiguration TrustStore::configuration(const QList<QSslCertificate> &extra)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (extra.isEmpty())
        return config;
    QTemporaryFile pem;
    QByteArray data;
    for (const QSslCertificate &certificate : extra)
        data += certificate.toPem();
    if (pem.open() && pem.write(data) == data.size() && pem.flush() &&
        config.addCaCertificates(pem.fileName(), QSsl::Pem))
        return config;
    // No temporary file (a full or read-only temp folder): the list, with the system's parsed up
    // front, trusts the same at a cost.
    config.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    return config;
}

QList<QSslCertificate> TrustStore::certificatesIn(const QString &path, QString *unreadable)
{
    unreadable->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *unreadable = file.errorString();
        return {};
    }
    const QByteArray data = file.readAll();
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    return !certificates.isEmpty() ? certificates : QSslCertificate::fromData(data, QSsl::Der);
}
