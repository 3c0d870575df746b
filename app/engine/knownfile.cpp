#include "knownfile.h"

#include <QNetworkRequest>

#include "completedcheck.h"

KnownFile::KnownFile(const TransferConfig &config, const AttemptSpec &spec, const QString &dir)
    : m_update(config.updateExisting || spec.update), m_verified(!spec.digests().isEmpty())
{
    if (config.completed && !config.checkOnly)
        m_entry = CompletedCheck::verified(config.completed, dir, spec.shownUrl, spec.digests());
}

std::optional<AttemptResult> KnownFile::skipped() const
{
    if (!m_entry || m_update)
        return std::nullopt;
    return notModified();
}

void KnownFile::addConditions(QNetworkRequest *request) const
{
    if (!updating())
        return;
    // A strong or weak ETag both answer If-None-Match; the date only when there is no ETag.
    if (!m_entry->etag.isEmpty())
        request->setRawHeader("If-None-Match", m_entry->etag);
    else if (!m_entry->lastModified.isEmpty())
        request->setRawHeader("If-Modified-Since", m_entry->lastModified);
}

AttemptResult KnownFile::notModified() const
{
    AttemptResult result;
    result.ok = true;
    result.skipped = true;
    result.bytes = m_entry->size;
    result.file = m_entry->path;
    result.sha256 = QString::fromLatin1(m_entry->sha256);
    result.verified = m_verified;
    return result;
}

FileSink::ReplaceGuard KnownFile::guard() const
{
    return {m_entry->path, m_entry->size, m_entry->mtimeMs};
}

void KnownFile::record(const TransferConfig &config, const AttemptSpec &spec,
                       const AttemptResult &result, const QByteArray &etag,
                       const QByteArray &lastModified)
{
    if (!config.completed || result.file.isEmpty())
        return;
    CompletedCheck::record(config.completed, result.file, spec.shownUrl, result.sha256.toLatin1(),
                           etag, lastModified);
}
