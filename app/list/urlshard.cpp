#include "urlshard.h"

#include <QRegularExpression>

#include "listreader.h"

bool UrlShard::parse(const QString &text, UrlShard *shard, QString *error)
{
    static const QRegularExpression form(QStringLiteral(R"(^\s*(\d{1,6})\s*/\s*(\d{1,6})\s*$)"));
    const QRegularExpressionMatch match = form.match(text);
    const int index = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int count = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (index < 1 || count < 1 || index > count) {
        *error =
            QStringLiteral("--shard takes K/N with 1 <= K <= N (such as 2/5), not '%1'").arg(text);
        return false;
    }
    *shard = UrlShard(index, count);
    return true;
}

quint64 UrlShard::hash(QStringView urlText)
{
    // FNV-1a, 64 bits: offset basis and prime from the FNV specification.
    quint64 h = 14695981039346656037ULL;
    for (const char c : urlText.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

qint64 UrlShard::countIn(ListReader *list) const
{
    qint64 count = 0;
    UrlList::Entry entry;
    while (list->next(&entry))
        count += contains(entry.text) ? 1 : 0;
    list->rewind();
    return count;
}

bool UrlShard::contains(QStringView urlText) const
{
    return isWhole() || int(hash(urlText) % quint64(m_count)) == m_index - 1;
}
