#include "sha256.h"

#include <QFile>
#include <QLibrary>

namespace {

// The few functions of OpenSSL 3's EVP digest interface that hashing needs.
struct Libcrypto
{
    using NewCtx = void *(*)();
    using FreeCtx = void (*)(void *);
    using Md = const void *(*)();
    using Fetch = void *(*)(void *, const char *, const char *);
    using Init = int (*)(void *, const void *, void *);
    using Update = int (*)(void *, const void *, size_t);
    using Final = int (*)(void *, unsigned char *, unsigned int *);

    NewCtx newCtx = nullptr;
    FreeCtx freeCtx = nullptr;
    Md sha256 = nullptr;
    Init init = nullptr;
    Update update = nullptr;
    Final final = nullptr;
    // The digest, looked up once. OpenSSL 3 looks EVP_sha256() up again in its provider store
    // on every EVP_DigestInit_ex (about 60,000 instructions, a fifth of a small file's cost);
    // an explicitly fetched one skips that.
    const void *md = nullptr;

    bool ok() const { return newCtx && freeCtx && md && init && update && final; }

    static const Libcrypto &get()
    {
        static const Libcrypto instance = [] {
            Libcrypto l;
            if (qEnvironmentVariableIsSet("FANOUT_QT_SHA256"))
                return l; // for measuring the fallback
            QLibrary library(QStringLiteral("crypto"), 3);
            if (!library.load())
                return l;
            l.newCtx = reinterpret_cast<NewCtx>(library.resolve("EVP_MD_CTX_new"));
            l.freeCtx = reinterpret_cast<FreeCtx>(library.resolve("EVP_MD_CTX_free"));
            l.sha256 = reinterpret_cast<Md>(library.resolve("EVP_sha256"));
            l.init = reinterpret_cast<Init>(library.resolve("EVP_DigestInit_ex"));
            l.update = reinterpret_cast<Update>(library.resolve("EVP_DigestUpdate"));
            l.final = reinterpret_cast<Final>(library.resolve("EVP_DigestFinal_ex"));
            const auto fetch = reinterpret_cast<Fetch>(library.resolve("EVP_MD_fetch"));
            l.md = fetch ? fetch(nullptr, "SHA256", nullptr) : nullptr; // kept for the process
            if (!l.md && l.sha256)
                l.md = l.sha256();
            return l; // the library stays loaded: QLibrary does not unload on destruction
        }();
        return instance;
    }
};

} // namespace

struct Sha256::Evp
{
    void *ctx = nullptr;
    bool started = false; // initialised for this hash
};

Sha256::Sha256() = default;

Sha256::~Sha256()
{
    if (m_evp && m_evp->ctx)
        Libcrypto::get().freeCtx(m_evp->ctx);
}

bool Sha256::usesLibcrypto()
{
    return Libcrypto::get().ok();
}

void Sha256::reset()
{
    m_hex.clear();
    m_fallback.reset();
    if (m_evp)
        m_evp->started = false;
}

bool Sha256::startEvp()
{
    if (m_fallback)
        return false;
    if (m_evp && m_evp->started)
        return true;
    // Everything on first use: a hash made and never fed costs nothing, and libcrypto loads
    // (about 10 ms, once) when the first body bytes arrive, not before the first request.
    const Libcrypto &l = Libcrypto::get();
    if (l.ok() && !m_evp) {
        m_evp = std::make_unique<Evp>();
        m_evp->ctx = l.newCtx();
    }
    if (!l.ok() || !m_evp->ctx || l.init(m_evp->ctx, l.md, nullptr) != 1) {
        m_fallback = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
        return false;
    }
    m_evp->started = true;
    return true;
}

void Sha256::addData(const char *data, qint64 size)
{
    if (startEvp())
        Libcrypto::get().update(m_evp->ctx, data, size_t(size));
    else
        m_fallback->addData(QByteArrayView(data, size));
}

QByteArray Sha256::hex()
{
    if (!m_hex.isEmpty())
        return m_hex;
    if (!startEvp()) {
        m_hex = m_fallback->result().toHex();
    } else {
        unsigned char digest[32];
        unsigned int length = 0;
        Libcrypto::get().final(m_evp->ctx, digest, &length);
        m_hex = QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
    }
    return m_hex;
}

QByteArray Sha256::ofFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(chunk.constData(), n);
    }
    return hash.hex();
}
