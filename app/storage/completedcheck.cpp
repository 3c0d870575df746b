#include "completedcheck.h"

#include <QDateTime>
#include <QFileInfo>

#include "sha256.h"

std::optional<CompletedIndex::Entry> CompletedCheck::verified(CompletedIndex *index,
                                                              const QString &dir,
                                                              const QString &redactedUrl,
                                                              const QByteArray &expectedSha256)
{
    auto entry = index->find(dir, redactedUrl);
    if (!entry)
        return std::nullopt;
    const QByteArray sha = Sha256::ofFile(entry->path);
    if (sha.isEmpty() || sha != entry->sha256 ||
        (!expectedSha256.isEmpty() && sha != expectedSha256))
        return std::nullopt;
    return entry;
}

void CompletedCheck::record(CompletedIndex *index, const QString &file, const QString &redactedUrl,
                            const QByteArray &sha256, const QByteArray &etag,
                            const QByteArray &lastModified)
{
    const QFileInfo info(file);
    index->record({file, redactedUrl, info.size(), info.lastModified().toMSecsSinceEpoch(), sha256,
                   etag, lastModified});
}
