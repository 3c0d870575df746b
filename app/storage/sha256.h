#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <memory>

// SHA-256 of a body, fed as it streams. Qt 6.4's QCryptographicHash runs the RFC 6234 reference
// code (144 MB/s here, two thirds of Fanout's CPU on large files); the system's libcrypto, which
// Qt's own TLS backend loads anyway, does 1.5 GB/s with SHA-NI. So: libcrypto's EVP interface,
// resolved once through QLibrary, and QCryptographicHash when that library is not there.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, qint64 size);
    // Lower-case hex; the hash is finished by the first call and cached.
    QByteArray hex();
    void reset();

    // The whole of a file; empty when it cannot be read.
    static QByteArray ofFile(const QString &path);
    static bool usesLibcrypto();

private:
    // Makes and initialises libcrypto's context on first use; false (and QCryptographicHash from
    // then on) when libcrypto is not there or fails.
    bool startEvp();

    struct Evp;
    std::unique_ptr<Evp> m_evp;
    std::unique_ptr<QCryptographicHash> m_fallback;
    QByteArray m_hex;
};
