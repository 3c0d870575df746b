#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

class ListReader;

// Which of N machines fetches a URL (`--shard K/N`): shard K of N holds the URLs whose 64-bit
// FNV-1a hash of their text, as written in the list (the trimmed first field of the line, UTF-8
// bytes), is K - 1 modulo N. The hash is fixed here, not Qt's (qHash is seeded per process), so
// every machine, Qt version and run puts a URL in the same shard.
class UrlShard final
{
public:
    UrlShard() = default; // the whole list
    UrlShard(int index, int count) : m_index(index), m_count(count) {}

    // "K/N" with 1 <= K <= N; false with *error saying why.
    static bool parse(const QString &text, UrlShard *shard, QString *error);
    static quint64 hash(QStringView urlText);

    bool isWhole() const { return m_count <= 1; }
    int index() const { return m_index; } // K, from 1
    int count() const { return m_count; } // N
    bool contains(QStringView urlText) const;
    // The entries of `list` in this shard (a pass over it; it is rewound after).
    qint64 countIn(ListReader *list) const;

private:
    int m_index = 1;
    int m_count = 1;
};
