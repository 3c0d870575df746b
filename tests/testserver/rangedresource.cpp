#include "rangedresource.h"

#include "testquery.h"

namespace {

// The entity the resource is at the time of one request.
struct Entity
{
    qint64 size = 0;
    int seed = 0;
    QByteArray etag;         // as sent, quotes and W/ included; empty: none
    QByteArray lastModified; // empty: none
};

// `changed`: the new entity; `newBody`: with its own seed and size, not only a new ETag.
Entity entityFor(const Query &query, bool changed, bool newBody)
{
    Entity entity;
    entity.size = std::max<qint64>(0, query.number("size", 1024));
    entity.seed = int(query.number("seed", 0));
    QByteArray tag = query.has("etag") ? query.value("etag") : QByteArray("v1");
    entity.lastModified = query.value("lm");
    if (changed) {
        tag = query.has("newetag") ? query.value("newetag") : QByteArray("v2");
        if (newBody) {
            entity.seed = int(query.number("newseed", entity.seed + 1));
            entity.size = std::max<qint64>(0, query.number("newsize", entity.size));
        }
        if (query.has("newlm"))
            entity.lastModified = query.value("newlm");
        else if (!entity.lastModified.isEmpty())
            entity.lastModified = "Tue, 01 Dec 2026 12:00:00 GMT";
    }
    if (!query.has("noetag"))
        entity.etag = (query.has("weak") ? "W/\"" : "\"") + tag + '"';
    return entity;
}

// If-Range holds for a strong ETag compared strongly, or the exact Last-Modified date.
bool ifRangeHolds(const QByteArray &ifRange, const Entity &entity)
{
    if (ifRange.isNull())
        return true;
    if (!entity.etag.isEmpty() && !entity.etag.startsWith("W/") && ifRange == entity.etag)
        return true;
    return !entity.lastModified.isEmpty() && ifRange == entity.lastModified;
}

QByteArray contentRange(qint64 first, qint64 last, qint64 total)
{
    return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' +
           QByteArray::number(total);
}

} // namespace

RangeAsk parseRange(const QByteArray &header, qint64 size)
{
    RangeAsk ask;
    if (!header.startsWith("bytes=") || header.contains(','))
        return ask;
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return ask;
    bool okFirst = false;
    bool okLast = false;
    const QByteArray firstText = spec.left(dash);
    const QByteArray lastText = spec.mid(dash + 1);
    if (firstText.isEmpty()) { // bytes=-k: the last k bytes
        const qint64 k = lastText.toLongLong(&okLast);
        if (!okLast || k < 0)
            return ask;
        ask.valid = true;
        ask.satisfiable = k > 0 && size > 0;
        ask.range = {std::max<qint64>(0, size - k), size - 1};
        return ask;
    }
    const qint64 first = firstText.toLongLong(&okFirst);
    qint64 last = lastText.isEmpty() ? size - 1 : lastText.toLongLong(&okLast);
    if (!okFirst || first < 0 || (!lastText.isEmpty() && (!okLast || last < first)))
        return ask;
    ask.valid = true;
    ask.satisfiable = first < size;
    ask.range = {first, std::min(last, size - 1)};
    return ask;
}

ResponsePlan rangedPlan(const RecordedRequest &request, const Query &query,
                        const CountKey &countKey)
{
    const QString key = QString::fromUtf8(query.value("key"));
    const bool cut =
        query.has("cut") && countKey(QStringLiteral("cut:") + key) <= query.number("cuts", 1);
    bool changed = false;
    if (query.has("changeafter"))
        changed = countKey(QStringLiteral("change:") + key) > query.number("changeafter", 0);
    else if (query.has("newetag"))
        changed = !cut; // the older form: once the cut responses are over
    const Entity entity = entityFor(query, changed, query.has("changeafter"));

    ResponsePlan plan;
    plan.headers.emplaceBack("Content-Type", "application/octet-stream");
    plan.bodySize = plan.declaredLength = entity.size;
    plan.seed = entity.seed;
    if (!entity.etag.isEmpty())
        plan.headers.emplaceBack("ETag", entity.etag);
    if (!entity.lastModified.isEmpty())
        plan.headers.emplaceBack("Last-Modified", entity.lastModified);
    const bool noRanges = query.value("ranges") == "none";
    if (!noRanges)
        plan.headers.emplaceBack("Accept-Ranges", "bytes");

    const QByteArray rangeHeader = request.header("Range");
    const RangeAsk ask = parseRange(rangeHeader, entity.size);
    if (query.has("rangefail") && ask.valid && ask.range.first > 0 &&
        countKey(QStringLiteral("rangefail:") + key) <= query.number("rangefails", 1)) {
        // A range request refused (a 503 or 429 on one segment), with Retry-After if given.
        plan.status = int(query.number("rangefail", 503));
        plan.generated = false;
        plan.fixedBody = "range refused\n";
        plan.bodySize = plan.declaredLength = plan.fixedBody.size();
        if (query.has("retry-after"))
            plan.headers.emplaceBack("Retry-After", query.value("retry-after"));
        return plan;
    }
    if (!rangeHeader.isNull() && ask.valid && !noRanges && !query.has("norange") &&
        ifRangeHolds(request.header("If-Range"), entity)) {
        if (!ask.satisfiable) {
            plan.status = 416;
            plan.bodySize = plan.declaredLength = 0;
            plan.headers.emplaceBack("Content-Range", "bytes */" + QByteArray::number(entity.size));
        } else {
            const qint64 first =
                query.has("badstart") ? query.number("badstart", 0) : ask.range.first;
            const qint64 last = ask.range.last;
            const qint64 total = query.number("badtotal", entity.size);
            plan.status = 206;
            plan.bodyOffset = first;
            plan.bodySize = plan.declaredLength = std::max<qint64>(0, last - first + 1);
            plan.headers.emplaceBack("Content-Range", contentRange(first, last, total));
            if (query.has("short") && ask.range.first > 0 &&
                countKey(QStringLiteral("short:") + key) <= query.number("shorts", 1)) {
                plan.sendLimit = query.number("short", 0);
                plan.end = ResponsePlan::End::Close;
            }
        }
    }
    if (query.has("rate")) {
        // A connection of B bytes a second: a twentieth of it every 50 ms.
        plan.dripChunk = std::max<qint64>(1, query.number("rate", 1) / 20);
        plan.dripIntervalMs = 50;
    } else if (query.has("drip")) {
        plan.dripChunk = std::max<qint64>(1, query.number("drip", 1024));
        plan.dripIntervalMs = int(query.number("interval", 100));
    }
    if (cut) {
        plan.sendLimit = query.number("cut", 0);
        plan.end = query.has("stall") ? ResponsePlan::End::HoldOpen : ResponsePlan::End::Close;
    }
    return plan;
}
