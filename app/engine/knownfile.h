#pragma once

#include <QByteArray>

#include <optional>

#include "completedindex.h"
#include "filesink.h"
#include "transfer.h"

class QNetworkRequest;

// What the completed-downloads record says about one attempt's URL. Without update mode: its
// file is complete and verified, so the download is skipped. In update mode (--update): the
// server is asked whether it changed (If-None-Match with the recorded ETag, else
// If-Modified-Since with the recorded Last-Modified); a 304 keeps the file, and a new body may
// replace it in place, but only while it is the file Fanout wrote (FileSink::ReplaceGuard).
// Also records a completed download with its validators.
class KnownFile final
{
public:
    KnownFile() = default;
    // Looks the URL up in the record and re-hashes the file it names (on the lane's thread).
    KnownFile(const TransferConfig &config, const AttemptSpec &spec, const QString &dir);

    // Without update mode, a verified complete file: the attempt's result, nothing to fetch.
    std::optional<AttemptResult> skipped() const;
    // Update mode with a verified file: the request is conditional.
    bool updating() const { return m_update && m_entry.has_value(); }
    void addConditions(QNetworkRequest *request) const;
    // A 304: ok, skipped, the file as it is.
    AttemptResult notModified() const;
    FileSink::ReplaceGuard guard() const;

    static void record(const TransferConfig &config, const AttemptSpec &spec,
                       const AttemptResult &result, const QByteArray &etag,
                       const QByteArray &lastModified);

private:
    std::optional<CompletedIndex::Entry> m_entry;
    bool m_update = false;
    bool m_verified = false; // the list gave digests, and the file has them
};
