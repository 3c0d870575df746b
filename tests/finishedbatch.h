#pragma once

#include <QList>
#include <QString>

#include "result.h"
#include "urllist.h"

// A list's rows as the window's model sees a batch of them: engine ids 1..n for the entries, and
// the Result of each as a batch that finished ok leaves it (bytes each, a file per row).
namespace FinishedBatch {

inline QList<ItemId> ids(const UrlList &list)
{
    QList<ItemId> out;
    out.reserve(list.entries().size());
    for (qsizetype i = 1; i <= list.entries().size(); ++i)
        out.append(ItemId(i));
    return out;
}

inline QList<Result> okResults(const UrlList &list, qint64 bytes)
{
    QList<Result> out;
    out.reserve(list.entries().size());
    for (qsizetype i = 1; i <= list.entries().size(); ++i) {
        Result r;
        r.id = ItemId(i);
        r.outcome = Outcome::Ok;
        r.url = list.entries()[i - 1].text;
        r.finalUrl = r.url;
        r.bytes = bytes;
        r.file = QStringLiteral("/home/user/Downloads/file-%1.bin").arg(i);
        r.sha256 = QString(64, QLatin1Char('a'));
        r.httpStatus = 200;
        r.attempts = 1;
        out.append(r);
    }
    return out;
}

} // namespace FinishedBatch
