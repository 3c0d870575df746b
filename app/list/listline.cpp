#include "listline.h"

#include "urlredactor.h"

QString ListLine::of(const UrlList::Entry &entry, QStringList *leftOut)
{
    QString line = UrlRedactor::redactedText(entry.text);
    if (!entry.valid)
        return line;
    const auto field = [&line](QLatin1StringView key, const QString &value) {
        line += QLatin1Char('\t') + key + QLatin1Char('=') + value;
    };
    if (!entry.wantedName.isEmpty())
        field(QLatin1StringView("name"), entry.wantedName);
    if (entry.extras && !entry.extras->dir.isEmpty())
        field(QLatin1StringView("dir"), entry.extras->dir);
    for (const Digest &digest : entry.digests())
        field(Digest::nameOf(digest.algorithm), QString::fromLatin1(digest.hex));
    if (!entry.extras)
        return line;
    if (entry.extras->size >= 0)
        field(QLatin1StringView("size"), QString::number(entry.extras->size));
    for (const QUrl &mirror : entry.extras->mirrors)
        field(QLatin1StringView("mirror"), UrlRedactor::redacted(mirror));
    for (const auto &[name, value] : entry.extras->headers) {
        if (carriesCredentials(name)) {
            if (leftOut)
                leftOut->append(QString::fromLatin1(name));
            continue;
        }
        field(QLatin1StringView("header"),
              QString::fromLatin1(name) + QLatin1String(": ") + QString::fromLatin1(value));
    }
    return line;
}

bool ListLine::carriesCredentials(const QByteArray &headerName)
{
    return headerName.compare("authorization", Qt::CaseInsensitive) == 0 ||
           headerName.compare("proxy-authorization", Qt::CaseInsensitive) == 0 ||
           headerName.compare("cookie", Qt::CaseInsensitive) == 0;
}
