#pragma once

#include <QHash>

#include <algorithm>
#include <vector>

#include "result.h"

// The model's rows in display order and the index from item id to row, kept in step: rows are
// appended in bulk, found by id and removed one at a time. Compact on purpose (a vector of
// move-only rows, no QObject per row). A template only so that TransferModel can hold one
// while its Row type is still incomplete; Row needs an `id` member.
template <typename Row> class RowTable final
{
public:
    int size() const { return int(m_rows.size()); }
    Row &operator[](int r) { return m_rows[size_t(r)]; }
    const Row &operator[](int r) const { return m_rows[size_t(r)]; }
    auto begin() { return m_rows.begin(); }
    auto end() { return m_rows.end(); }
    auto begin() const { return m_rows.cbegin(); }
    auto end() const { return m_rows.cend(); }

    // The row of an item, -1 when it has none.
    int rowOf(ItemId id) const { return m_rowOf.value(id, -1); }
    Row *find(ItemId id)
    {
        const int r = rowOf(id);
        return r < 0 ? nullptr : &m_rows[size_t(r)];
    }
    const Row *find(ItemId id) const
    {
        const int r = rowOf(id);
        return r < 0 ? nullptr : &m_rows[size_t(r)];
    }

    // Room for `more` rows, grown geometrically: many small adds must not copy every row each
    // time.
    void reserveMore(qsizetype more)
    {
        const size_t needed = m_rows.size() + size_t(more);
        if (m_rows.capacity() < needed)
            m_rows.reserve(std::max(needed, m_rows.capacity() * 2));
        m_rowOf.reserve(qsizetype(m_rows.size()) + more);
    }
    void append(Row &&row)
    {
        m_rowOf.insert(row.id, size());
        m_rows.push_back(std::move(row));
    }
    // Removes row r; the rows after it move up one.
    void removeAt(int r)
    {
        m_rowOf.remove(m_rows[size_t(r)].id);
        m_rows.erase(m_rows.begin() + r);
        for (size_t i = size_t(r); i < m_rows.size(); ++i)
            m_rowOf[m_rows[i].id] = int(i);
    }
    void clear()
    {
        m_rows.clear();
        m_rowOf.clear();
    }

private:
    std::vector<Row> m_rows;
    QHash<ItemId, int> m_rowOf;
};
