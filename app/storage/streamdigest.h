#pragma once

#include <QByteArray>
#include <QCryptographicHash>

#include <memory>

#include "digest.h"

// One digest of a body (MD5, SHA-1, SHA-256 or SHA-512), fed as it streams: libcrypto's EVP
// interface where the system has it, QCryptographicHash otherwise. Measured on 64 MiB in 64 KiB
// pieces (2026-12-02, the shared 2-core machine): MD5 422 against Qt 6.4's 321 MB/s, SHA-1
// 1157 against 490, SHA-512 633 against 182, SHA-256 860 against 130. Everything is set up on
// first use, so a digest made and never fed costs nothing.
class StreamDigest final
{
public:
    explicit StreamDigest(Digest::Algorithm algorithm);
    ~StreamDigest();
    StreamDigest(const StreamDigest &) = delete;
    StreamDigest &operator=(const StreamDigest &) = delete;

    Digest::Algorithm algorithm() const { return m_algorithm; }
    void addData(const char *data, qint64 size);
    // Lower-case hex; the digest is finished by the first call and cached.
    QByteArray hex();
    void reset();

private:
    bool startEvp();

    Digest::Algorithm m_algorithm;
    void *m_ctx = nullptr;
    bool m_started = false;
    std::unique_ptr<QCryptographicHash> m_fallback;
    QByteArray m_hex;
};
