#pragma once

#include <QList>
#include <QMutex>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>

#include <memory>
#include <optional>

// The TLS configuration of every HTTPS request: the system's CAs plus the user's extra ones
// (--ca-cert, or the window's setting). Thread-safe; shared by all lanes.
//
// Without extra CAs it is Qt's default configuration, whose system CAs OpenSSL looks up on demand.
// With extra CAs Qt needs the whole list up front (setting CAs turns the on-demand look-up off),
// and parsing the system's costs 0.1-0.5 s of CPU, more than some whole batches. So that cost is
// paid only by batches with an https URL, at most once per store, and off the critical path:
// prefetch() starts it on a worker thread as soon as the first https URL is queued, and
// configuration() waits for it only if it has not finished by the time the first request goes out.
//
// The system's CAs come from the distribution's bundle file (SSL_CERT_FILE, or the first of the
// usual bundle paths that exists: one file, as curl and OpenSSL read it), and only when none
// exists from QSslConfiguration::systemCaCertificates(), which reads whole certificate folders.
class TrustStore final
{
public:
    explicit TrustStore(QList<QSslCertificate> extra = {});
    ~TrustStore();
    TrustStore(const TrustStore &) = delete;
    TrustStore &operator=(const TrustStore &) = delete;

    bool hasExtra() const { return !m_extra.isEmpty(); }
    // Starts building the configuration on a worker thread, if there is anything to build.
    void prefetch();
    // The configuration for an HTTPS request (waits for a running prefetch).
    QSslConfiguration configuration();

    // The system's CAs as described above; exposed for tests.
    static QList<QSslCertificate> systemCertificates();

private:
    QSslConfiguration buildLocked();

    const QList<QSslCertificate> m_extra;
    QMutex m_mutex;
    std::optional<QSslConfiguration> m_config;
    std::unique_ptr<QThread> m_worker;
};
