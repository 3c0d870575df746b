#include "truststore.h"

#include <QFileInfo>
#include <QMutexLocker>
#include <QSet>

TrustStore::TrustStore(QList<QSslCertificate> extra) : m_extra(std::move(extra)) {}

TrustStore::~TrustStore()
{
    if (m_worker)
        m_worker->wait();
}

QList<QSslCertificate> TrustStore::systemCertificates()
{
    QStringList bundles;
    const QString fromEnvironment = qEnvironmentVariable("SSL_CERT_FILE");
    if (!fromEnvironment.isEmpty())
        bundles.append(fromEnvironment);
    bundles += {QStringLiteral("/etc/ssl/certs/ca-certificates.crt"), // Debian, Ubuntu, Arch
                QStringLiteral("/etc/pki/tls/certs/ca-bundle.crt"),   // Fedora, RHEL
                QStringLiteral("/etc/ssl/ca-bundle.pem"),             // openSUSE
                QStringLiteral("/etc/ssl/cert.pem")};                 // Alpine, BSDs
    for (const QString &bundle : std::as_const(bundles)) {
        if (!QFileInfo(bundle).isFile())
            continue;
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(bundle);
        if (!certificates.isEmpty())
            return certificates;
    }
    // No bundle: Qt reads the certificate folders (on Debian each certificate twice, through
    // /etc/ssl/certs and /usr/lib/ssl/certs), so drop the repeats.
    QList<QSslCertificate> unique;
    QSet<QByteArray> seen;
    for (const QSslCertificate &certificate : QSslConfiguration::systemCaCertificates()) {
        const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
        if (!seen.contains(digest)) {
            seen.insert(digest);
            unique.append(certificate);
        }
    }
    return unique;
}

QSslConfiguration TrustStore::buildLocked()
{
    if (!m_config) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!m_extra.isEmpty())
            config.setCaCertificates(systemCertificates() + m_extra);
        m_config = config;
    }
    return *m_config;
}

void TrustStore::prefetch()
{
    const QMutexLocker lock(&m_mutex);
    if (m_extra.isEmpty() || m_config || m_worker)
        return;
    m_worker.reset(QThread::create([this] {
        const QMutexLocker lock(&m_mutex);
        buildLocked();
    }));
    m_worker->setObjectName(QStringLiteral("fanout-trust"));
    m_worker->start();
}

QSslConfiguration TrustStore::configuration()
{
    // A running prefetch holds the mutex from its first instruction to its last, except for the
    // moment between start() and the worker taking the lock: then this call builds it, and the
    // worker finds it built.
    const QMutexLocker lock(&m_mutex);
    return buildLocked();
}
