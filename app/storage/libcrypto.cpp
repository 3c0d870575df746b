#include "libcrypto.h"

#include <QLibrary>

namespace {
using Md = const void *(*)();
using Fetch = void *(*)(void *, const char *, const char *);

struct Names
{
    const char *fetch;  // EVP_MD_fetch's name
    const char *getter; // the older EVP_<name>() function
};
constexpr Names names[] = {
    {"MD5", "EVP_md5"}, {"SHA1", "EVP_sha1"}, {"SHA256", "EVP_sha256"}, {"SHA512", "EVP_sha512"}};
} // namespace

const Libcrypto &Libcrypto::get()
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
        l.init = reinterpret_cast<Init>(library.resolve("EVP_DigestInit_ex"));
        l.update = reinterpret_cast<Update>(library.resolve("EVP_DigestUpdate"));
        l.final = reinterpret_cast<Final>(library.resolve("EVP_DigestFinal_ex"));
        const auto fetch = reinterpret_cast<Fetch>(library.resolve("EVP_MD_fetch"));
        for (int i = 0; i < 4; ++i) {
            l.md[i] = fetch ? fetch(nullptr, names[i].fetch, nullptr) : nullptr; // kept
            const auto getter = reinterpret_cast<Md>(library.resolve(names[i].getter));
            if (!l.md[i] && getter)
                l.md[i] = getter();
        }
        return l; // the library stays loaded: QLibrary does not unload on destruction
    }();
    return instance;
}
