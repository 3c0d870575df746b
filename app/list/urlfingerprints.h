#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

// Finds repeated URLs in a list of millions in a few bytes per line: one 64-bit slot per URL
// holding the line it came from and 32 bits of its hash (8 more pick its segment). A
// matching fingerprint is only a candidate: the caller compares the exact text of that earlier
// line, so two URLs whose hashes collide are never taken for one. Open addressing in 256
// segments that grow one at a time, so growing never doubles the memory of the whole set.
class UrlFingerprints final
{
public:
    UrlFingerprints();

    // The first line that holds the same text as `line` (sameText(earlierLine) says whether it
    // does), or 0 after recording `line` as the first of its text. Lines start at 1.
    template <typename SameText> int findOrInsert(quint64 hash, int line, SameText &&sameText)
    {
        Segment &segment = m_segments[(hash >> 24) & 0xff];
        if ((segment.used + 1) * 5 > segment.slots.size() * 4)
            grow(segment);
        const quint32 fingerprint = quint32(hash >> 32);
        const size_t mask = segment.slots.size() - 1;
        for (size_t i = placeOf(fingerprint) & mask;; i = (i + 1) & mask) {
            const quint64 slot = segment.slots[i];
            if (slot == 0) {
                segment.slots[i] = (quint64(fingerprint) << 32) | quint32(line);
                ++segment.used;
                ++m_size;
                return 0;
            }
            if (quint32(slot >> 32) == fingerprint && sameText(int(quint32(slot))))
                return int(quint32(slot));
        }
    }

    qsizetype size() const { return m_size; }
    // What the slots take, in bytes.
    qsizetype bytes() const;
    void clear();

private:
    struct Segment
    {
        std::vector<quint64> slots; // 0: empty; else fingerprint << 32 | line
        size_t used = 0;
    };
    // Where a fingerprint's probe starts: a slot keeps no more of the hash than its
    // fingerprint, and growing must find the place again from it.
    static size_t placeOf(quint32 fingerprint)
    {
        quint64 x = fingerprint;
        x ^= x >> 16;
        x *= 0x45d9f3bULL;
        x ^= x >> 16;
        return size_t(x);
    }
    static void grow(Segment &segment);

    std::array<Segment, 256> m_segments;
    qsizetype m_size = 0;
};
