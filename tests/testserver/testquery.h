#pragma once

// A request's query as the TestServer's routes read it. Header-only, server thread only.

#include <QByteArray>
#include <QList>
#include <QPair>

// The raw query items, values percent-decoded to raw bytes ('+' stays '+').
inline QList<QPair<QByteArray, QByteArray>> queryItems(const QByteArray &rawQuery)
{
    QList<QPair<QByteArray, QByteArray>> items;
    for (const QByteArray &part : rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? part : part.left(eq));
        const QByteArray value = eq < 0 ? QByteArray("") : part.mid(eq + 1);
        items.append({key, QByteArray::fromPercentEncoding(value)});
    }
    return items;
}

// The query items of one request target, looked up by key.
class Query final
{
public:
    explicit Query(const QByteArray &raw) : m_raw(raw), m_items(queryItems(raw)) {}

    bool has(const QByteArray &key) const { return !value(key).isNull(); }
    QByteArray value(const QByteArray &key) const
    {
        for (const auto &item : m_items) {
            if (item.first == key)
                return item.second.isNull() ? QByteArray("") : item.second;
        }
        return {};
    }
    qint64 number(const QByteArray &key, qint64 fallback) const
    {
        bool ok = false;
        const qint64 n = value(key).trimmed().toLongLong(&ok);
        return ok ? n : fallback;
    }
    const QList<QPair<QByteArray, QByteArray>> &items() const { return m_items; }
    const QByteArray &raw() const { return m_raw; }

private:
    QByteArray m_raw;
    QList<QPair<QByteArray, QByteArray>> m_items;
};
