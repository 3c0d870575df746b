#include "urlfingerprints.h"

namespace {
constexpr size_t initialSlots = 64;
} // namespace

UrlFingerprints::UrlFingerprints() = default;

qsizetype UrlFingerprints::bytes() const
{
    qsizetype total = 0;
    for (const Segment &segment : m_segments)
        total += qsizetype(segment.slots.capacity() * sizeof(quint64));
    return total;
}

void UrlFingerprints::clear()
{
    for (Segment &segment : m_segments) {
        std::vector<quint64>().swap(segment.slots);
        segment.used = 0;
    }
    m_size = 0;
}

void UrlFingerprints::grow(Segment &segment)
{
    const size_t size = segment.slots.empty() ? initialSlots : segment.slots.size() * 2;
    std::vector<quint64> slots(size, 0);
    const size_t mask = size - 1;
    for (const quint64 slot : segment.slots) {
        if (slot == 0)
            continue;
        size_t i = placeOf(quint32(slot >> 32)) & mask;
        while (slots[i] != 0)
            i = (i + 1) & mask;
        slots[i] = slot;
    }
    segment.slots.swap(slots);
}
