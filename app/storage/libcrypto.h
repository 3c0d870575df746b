#pragma once

#include <cstddef>

#include "digest.h"

// The few functions of OpenSSL 3's EVP digest interface that hashing needs, resolved once
// through QLibrary (Qt's own TLS backend loads the library anyway), and each algorithm's digest
// fetched once. Everything is null when libcrypto is not there (or FANOUT_QT_SHA256 is set, to
// measure the fallback): callers then use QCryptographicHash.
struct Libcrypto final
{
    using NewCtx = void *(*)();
    using FreeCtx = void (*)(void *);
    using Init = int (*)(void *, const void *, void *);
    using Update = int (*)(void *, const void *, size_t);
    using Final = int (*)(void *, unsigned char *, unsigned int *);

    NewCtx newCtx = nullptr;
    FreeCtx freeCtx = nullptr;
    Init init = nullptr;
    Update update = nullptr;
    Final final = nullptr;
    // The digests, looked up once. OpenSSL 3 looks EVP_sha256() up again in its provider store
    // on every EVP_DigestInit_ex (about 60,000 instructions, a fifth of a small file's cost);
    // an explicitly fetched one skips that.
    const void *md[4] = {};

    const void *digest(Digest::Algorithm algorithm) const { return md[int(algorithm)]; }
    bool ok(Digest::Algorithm algorithm) const
    {
        return newCtx && freeCtx && init && update && final && digest(algorithm);
    }

    static const Libcrypto &get();
};
