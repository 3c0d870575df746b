#include "sha256.h"

#include <QFile>

#include "libcrypto.h"

bool Sha256::usesLibcrypto()
{
    return Libcrypto::get().ok(Digest::Algorithm::Sha256);
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
