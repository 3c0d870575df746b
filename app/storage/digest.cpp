#include "digest.h"

QLatin1StringView Digest::nameOf(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Md5:
        return QLatin1StringView("md5");
    case Algorithm::Sha1:
        return QLatin1StringView("sha1");
    case Algorithm::Sha256:
        return QLatin1StringView("sha256");
    case Algorithm::Sha512:
        return QLatin1StringView("sha512");
    }
    return {};
}

QLatin1StringView Digest::titleOf(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Md5:
        return QLatin1StringView("MD5");
    case Algorithm::Sha1:
        return QLatin1StringView("SHA-1");
    case Algorithm::Sha256:
        return QLatin1StringView("SHA-256");
    case Algorithm::Sha512:
        return QLatin1StringView("SHA-512");
    }
    return {};
}

int Digest::hexLengthOf(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Md5:
        return 32;
    case Algorithm::Sha1:
        return 40;
    case Algorithm::Sha256:
        return 64;
    case Algorithm::Sha512:
        return 128;
    }
    return 0;
}

std::optional<Digest::Algorithm> Digest::fromName(QStringView name)
{
    for (const Algorithm algorithm : algorithms) {
        if (name.compare(nameOf(algorithm), Qt::CaseInsensitive) == 0)
            return algorithm;
    }
    return std::nullopt;
}

QByteArray Digest::find(const QList<Digest> &digests, Algorithm algorithm)
{
    for (const Digest &digest : digests) {
        if (digest.algorithm == algorithm)
            return digest.hex;
    }
    return {};
}
