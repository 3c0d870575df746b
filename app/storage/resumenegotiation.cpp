#include "resumenegotiation.h"

#include <QFile>
#include <QFileInfo>

ResumeNegotiation::ResumeNegotiation(QString name, qint64 from, QByteArray validator)
    : m_name(std::move(name)), m_from(from), m_validator(std::move(validator))
{}

std::optional<ResumeNegotiation::ContentRange>
ResumeNegotiation::parseContentRange(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (!text.startsWith("bytes "))
        return std::nullopt;
    const QList<QByteArray> parts = text.mid(6).trimmed().split('/');
    if (parts.size() != 2)
        return std::nullopt;
    ContentRange range;
    bool ok = true;
    if (parts[1] != "*") {
        range.total = parts[1].toLongLong(&ok);
        if (!ok || range.total < 0)
            return std::nullopt;
    }
    if (parts[0] == "*")
        return range;
    const QList<QByteArray> bounds = parts[0].split('-');
    if (bounds.size() != 2)
        return std::nullopt;
    bool okFirst = false, okLast = false;
    range.first = bounds[0].toLongLong(&okFirst);
    range.last = bounds[1].toLongLong(&okLast);
    if (!okFirst || !okLast || range.first < 0 || range.last < range.first)
        return std::nullopt;
    return range;
}

QByteArray ResumeNegotiation::strongEtag(const QByteArray &etag)
{
    const QByteArray trimmed = etag.trimmed();
    return trimmed.startsWith('"') ? trimmed : QByteArray();
}

void ResumeNegotiation::lookFor(const QString &dir, const QString &name, const QString &redactedUrl,
                                bool ownPart)
{
    const QString part = FileSink::partPathOf(dir, name);
    const qint64 size = QFileInfo(part).size(); // first: most downloads have no part to look at
    if (size <= 0)
        return;
    const std::optional<FileSink::PartMeta> meta = FileSink::readMeta(part);
    if (!meta || !meta->canResume() || (!ownPart && meta->url != redactedUrl))
        return;
    // A part written in ranges (its sidecar lists them) is not its size: never appended to.
    if (meta->ranged) {
        lookForRanged(name, *meta);
        return;
    }
    m_name = name;
    m_from = size;
    m_ranged = false;
    m_done.clear();
    m_rangeLast = -1;
    m_validator = meta->etag.isEmpty() ? meta->lastModified : meta->etag;
    m_servedBy = meta->servedBy.isEmpty() ? meta->url : meta->servedBy;
    m_total = meta->total;
    m_crossServer = false;
}

void ResumeNegotiation::lookForRanged(const QString &name, const FileSink::PartMeta &meta)
{
    const auto done = meta.total > 0 ? SegmentPlan::parseDone(meta.done, meta.total) : std::nullopt;
    if (!done)
        return; // a sidecar this version cannot read: the part is left alone
    m_name = name;
    m_ranged = true;
    m_done = *done;
    m_total = meta.total;
    m_validator = meta.etag.isEmpty() ? meta.lastModified : meta.etag;
    m_servedBy = meta.servedBy.isEmpty() ? meta.url : meta.servedBy;
    m_crossServer = false;
    if (m_done.isEmpty()) { // killed before a range was synced: all of it, as a range
        m_from = 0;
        m_rangeLast = m_total - 1;
        return;
    }
    // The first missing range: before the first range done, else after it up to the next.
    const SegmentPlan::Done &first = m_done.first();
    m_from = first.first > 0 ? 0 : first.last + 1;
    if (first.first > 0)
        m_rangeLast = first.first - 1;
    else if (m_from >= m_total)
        m_rangeLast = -1;
    else
        m_rangeLast = m_done.size() > 1 ? m_done.at(1).first - 1 : m_total - 1;
}

void ResumeNegotiation::aimAt(const QString &redactedUrl)
{
    m_crossServer = isActive() && redactedUrl != m_servedBy;
}

QByteArray ResumeNegotiation::rangeHeader() const
{
    const QByteArray open = "bytes=" + QByteArray::number(m_from) + '-';
    return m_ranged && m_rangeLast >= 0 ? open + QByteArray::number(m_rangeLast) : open;
}

ResumeNegotiation::Answer ResumeNegotiation::judgePartial(const QByteArray &contentRange,
                                                          qint64 bodyLength) const
{
    if (!isActive())
        return {Verdict::NotAsked, -1};
    const auto range = parseContentRange(contentRange);
    if (m_ranged) { // exactly the asked range of the same total, else nothing is mixed in
        const bool exact = range && range->first == m_from && range->last == m_rangeLast &&
                           range->total == m_total;
        return exact ? Answer{Verdict::Append, m_total} : Answer{Verdict::Restart, -1};
    }
    if (!range || range->first != m_from)
        return {Verdict::Restart, -1}; // appending anything else would corrupt the file
    if (m_crossServer && (m_total < 0 || range->total != m_total))
        return {Verdict::Restart, -1}; // another server's entity: same validator by chance
    return {Verdict::Append,
            range->total >= 0 ? range->total : (bodyLength >= 0 ? m_from + bodyLength : -1)};
}

bool ResumeNegotiation::sameEntity(const QByteArray &etag, const QByteArray &lastModified) const
{
    return m_validator == strongEtag(etag) || m_validator == lastModified.trimmed();
}

qint64 ResumeNegotiation::unsatisfiableTotal(const QByteArray &contentRange)
{
    const auto range = parseContentRange(contentRange);
    return range ? range->total : -1;
}

ResumeNegotiation::Verdict ResumeNegotiation::judgeUnsatisfiable(qint64 total) const
{
    // When the resource is exactly as long as the part, the part is whole; else start over.
    // A ranged part is whole only when none of its ranges is missing.
    const bool missing = m_ranged && m_rangeLast >= 0;
    return total == m_from && !missing ? Verdict::Whole : Verdict::Restart;
}

void ResumeNegotiation::forget(const QString &dir)
{
    QFile::remove(FileSink::partPathOf(dir, m_name));
    QFile::remove(FileSink::partPathOf(dir, m_name) + QStringLiteral(".meta"));
    m_name.clear();
    m_from = 0;
    m_validator.clear();
    m_crossServer = false;
    m_ranged = false;
    m_done.clear();
    m_rangeLast = -1;
}

std::optional<FileSink::PartMeta>
ResumeNegotiation::sidecarFor(const QString &redactedUrl, const QByteArray &etag,
                              const QByteArray &lastModified, qint64 total, const QString &servedBy)
{
    FileSink::PartMeta meta;
    meta.url = redactedUrl;
    meta.servedBy = servedBy;
    meta.etag = strongEtag(etag);
    meta.lastModified = lastModified.trimmed();
    meta.total = total;
    // A small body is fetched again faster than it is resumed: no sidecar for it.
    if (!meta.canResume() || (total >= 0 && total < minResumableBytes))
        return std::nullopt;
    return meta;
}
