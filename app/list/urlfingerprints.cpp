#include "urlfingerprints.h"

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

void UrlFingerprints::reserve(qsizetype count)
{
    const size_t perSegment = size_t(std::max<qsizetype>(0, count)) / m_segments.size() + 1;
    const size_t size = std::max(minimumSlots, perSegment * 5 / 4);
    for (Segment &segment : m_segments) {
        if (segment.slots.size() < size)
            resize(segment, size);
    }
}

void UrlFingerprints::resize(Segment &segment, size_t size)
{
    std::vector<quint64> slots(size, 0);
    for (const quint64 slot : segment.slots) {
        if (slot == 0)
            continue;
        size_t i = placeOf(quint32(slot >> 32), size);
        while (slots[i] != 0)
            i = i + 1 == size ? 0 : i + 1;
        slots[i] = slot;
    }
    segment.slots.swap(slots);
}
