#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <vector>

// Finds repeated URLs in a list of millions in a few bytes per line: one 64-bit slot per URL
// holding the line it came from and 32 bits of its hash (8 more pick its segment). A
// matching fingerprint is only a candidate: the caller compares the exact text of that earlier
// line, so two URLs whose hashes collide are never taken for one. Open addressing in 256
// segments that grow one at a time (by half), so growing never doubles the memory of the whole
// set; reserve() sizes them at once when the number of lines is known.
class UrlFingerprints final
{
public:
    UrlFingerprints();

    // The first line that holds the same text as `line` (sameText(earlierLine) says whether it
    // does), or 0 after recording `line` as the first of its text. Lines start at 1.
    template <typename SameText> int findOrInsert(quint64 hash, int line, SameText &&sameText)
    {
        Segment &segment = m_segments[(hash >> 24) & 0xff];
        if ((segment.used + 1) * 10 > segment.slots.size() * 9)
            resize(segment, std::max(minimumSlots, segment.slots.size() * 3 / 2));
        const quint32 fingerprint = quint32(hash >> 32);
        const size_t size = segment.slots.size();
        for (size_t i = placeOf(fingerprint, size);; i = i + 1 == size ? 0 : i + 1) {
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

    // Room for `count` URLs at once (at most 80 % full), so that a list whose length is known
    // takes 10 bytes a URL and never grows.
    void reserve(qsizetype count);

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
    static constexpr size_t minimumSlots = 64;
    // Where a fingerprint's probe starts among `size` slots: a slot keeps no more of the hash
    // than its fingerprint, and resizing must find the place again from it.
    static size_t placeOf(quint32 fingerprint, size_t size)
    {
        const quint32 mixed = fingerprint * 0x9e3779b1U;
        return size_t((quint64(mixed) * size) >> 32);
    }
    static void resize(Segment &segment, size_t size);

    std::array<Segment, 256> m_segments;
    qsizetype m_size = 0;
};
