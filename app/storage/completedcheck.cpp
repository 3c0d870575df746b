#include "completedcheck.h"

#include <QFileInfo>

#include <QFile>

#include <memory>
#include <vector>

#include "filestamp.h"
#include "sha256.h"
#include "streamdigest.h"

namespace {
// Whether the file has each of `expected` besides SHA-256 (checked by the caller): one more
// read of it, only when the list gives such digests.
bool hasDigests(const QString &path, const QList<Digest> &expected)
{
    std::vector<std::unique_ptr<StreamDigest>> digests;
    for (const Digest &digest : expected) {
        if (digest.algorithm != Digest::Algorithm::Sha256)
            digests.push_back(std::make_unique<StreamDigest>(digest.algorithm));
    }
    if (digests.empty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (qint64 n; (n = file.read(chunk.data(), chunk.size())) > 0;) {
        for (const auto &digest : digests)
            digest->addData(chunk.constData(), n);
    }
    for (const auto &digest : digests) {
        if (digest->hex() != Digest::find(expected, digest->algorithm()))
            return false;
    }
    return true;
}
} // namespace

std::optional<CompletedIndex::Entry> CompletedCheck::verified(CompletedIndex *index,
                                                              const QString &dir,
                                                              const QString &redactedUrl,
                                                              const QList<Digest> &expected)
{
    auto entry = index->find(dir, redactedUrl);
    if (!entry)
        return std::nullopt;
    const QByteArray sha = Sha256::ofFile(entry->path);
    const QByteArray expectedSha256 = Digest::find(expected, Digest::Algorithm::Sha256);
    if (sha.isEmpty() || sha != entry->sha256 ||
        (!expectedSha256.isEmpty() && sha != expectedSha256) || !hasDigests(entry->path, expected))
        return std::nullopt;
    return entry;
}

void CompletedCheck::record(CompletedIndex *index, const QString &file, const QString &redactedUrl,
                            const QByteArray &sha256, const QByteArray &etag,
                            const QByteArray &lastModified)
{
    const std::optional<FileStamp> stamp = FileStamp::of(file);
    index->record({file, redactedUrl, stamp ? stamp->size : -1, stamp ? stamp->mtimeMs : 0, sha256,
                   etag, lastModified});
}
