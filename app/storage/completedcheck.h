#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

#include "completedindex.h"
#include "digest.h"

// Whether a URL is already downloaded, verified rather than trusted: its entry in the
// completed-downloads record must still name a file whose bytes hash to what was downloaded
// (and to every digest the list expects, when it gives any). And the record of a new download.
class CompletedCheck final
{
public:
    // The entry of `redactedUrl` in `dir` whose file still hashes to its SHA-256 and has each
    // of `expected`, or none.
    static std::optional<CompletedIndex::Entry> verified(CompletedIndex *index, const QString &dir,
                                                         const QString &redactedUrl,
                                                         const QList<Digest> &expected);
    // Records `file` (absolute) with its size and modification time as they are on disk now.
    static void record(CompletedIndex *index, const QString &file, const QString &redactedUrl,
                       const QByteArray &sha256, const QByteArray &etag = {},
                       const QByteArray &lastModified = {});
};
