#pragma once

#include <QByteArray>
#include <QString>

#include "streamdigest.h"

// SHA-256 of a body, fed as it streams: the digest every body gets (the CSV's sha256 column,
// the completed-downloads record). Qt 6.4's QCryptographicHash runs the RFC 6234 reference code
// (144 MB/s here, two thirds of Fanout's CPU on large files); the system's libcrypto, which
// Qt's own TLS backend loads anyway, does 1.5 GB/s with SHA-NI: StreamDigest uses it.
class Sha256 final
{
public:
    void addData(const char *data, qint64 size) { m_digest.addData(data, size); }
    // Lower-case hex; the hash is finished by the first call and cached.
    QByteArray hex() { return m_digest.hex(); }
    void reset() { m_digest.reset(); }

    // The whole of a file; empty when it cannot be read.
    static QByteArray ofFile(const QString &path);
    static bool usesLibcrypto();

private:
    StreamDigest m_digest{Digest::Algorithm::Sha256};
};
