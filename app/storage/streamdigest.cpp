#include "streamdigest.h"

#include "libcrypto.h"

namespace {
QCryptographicHash::Algorithm qtAlgorithm(Digest::Algorithm algorithm)
{
    switch (algorithm) {
    case Digest::Algorithm::Md5:
        return QCryptographicHash::Md5;
    case Digest::Algorithm::Sha1:
        return QCryptographicHash::Sha1;
    case Digest::Algorithm::Sha256:
        return QCryptographicHash::Sha256;
    case Digest::Algorithm::Sha512:
        return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha256;
}
} // namespace

StreamDigest::StreamDigest(Digest::Algorithm algorithm) : m_algorithm(algorithm) {}

StreamDigest::~StreamDigest()
{
    if (m_ctx)
        Libcrypto::get().freeCtx(m_ctx);
}

void StreamDigest::reset()
{
    m_hex.clear();
    m_fallback.reset();
    m_started = false;
}

bool StreamDigest::startEvp()
{
    if (m_fallback)
        return false;
    if (m_started)
        return true;
    const Libcrypto &l = Libcrypto::get();
    if (l.ok(m_algorithm) && !m_ctx)
        m_ctx = l.newCtx();
    if (!l.ok(m_algorithm) || !m_ctx || l.init(m_ctx, l.digest(m_algorithm), nullptr) != 1) {
        m_fallback = std::make_unique<QCryptographicHash>(qtAlgorithm(m_algorithm));
        return false;
    }
    m_started = true;
    return true;
}

void StreamDigest::addData(const char *data, qint64 size)
{
    if (startEvp())
        Libcrypto::get().update(m_ctx, data, size_t(size));
    else
        m_fallback->addData(QByteArrayView(data, size));
}

QByteArray StreamDigest::hex()
{
    if (!m_hex.isEmpty())
        return m_hex;
    if (!startEvp()) {
        m_hex = m_fallback->result().toHex();
    } else {
        unsigned char digest[64];
        unsigned int length = 0;
        Libcrypto::get().final(m_ctx, digest, &length);
        m_hex = QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
    }
    return m_hex;
}
