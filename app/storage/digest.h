#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QStringView>

#include <optional>

// One expected digest of a body, as a list gives it: the algorithm and its lower-case hex.
// Knows the algorithms Fanout verifies, their names in lists ("md5", "sha1", "sha256",
// "sha512") and how many hex digits each has.
struct Digest final
{
    enum class Algorithm : quint8
    {
        Md5,
        Sha1,
        Sha256,
        Sha512
    };
    static constexpr Algorithm algorithms[] = {Algorithm::Md5, Algorithm::Sha1, Algorithm::Sha256,
                                               Algorithm::Sha512};

    Algorithm algorithm = Algorithm::Sha256;
    QByteArray hex; // lower case

    friend bool operator==(const Digest &, const Digest &) = default;

    // "md5", "sha1", "sha256", "sha512": the field names of a list line.
    static QLatin1StringView nameOf(Algorithm algorithm);
    // "MD5", "SHA-1", "SHA-256", "SHA-512": how messages name them.
    static QLatin1StringView titleOf(Algorithm algorithm);
    static int hexLengthOf(Algorithm algorithm);
    // The algorithm a field name (any case) stands for.
    static std::optional<Algorithm> fromName(QStringView name);
    // The digest of `algorithm` in `digests`, or an empty array.
    static QByteArray find(const QList<Digest> &digests, Algorithm algorithm);
};
