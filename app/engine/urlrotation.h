#pragma once

#include <QtGlobal>

#include <vector>

// The URLs of one item (its own, then its mirrors) and which one its next attempt goes to.
// Each attempt goes to the next URL in turn; a URL whose failure cannot succeed later leaves the
// rotation. The item has places left while any URL is in the rotation, and has tried them all
// once every one of them has had an attempt. An item without mirrors keeps no per-URL state.
class UrlRotation final
{
public:
    explicit UrlRotation(int count = 1);

    int count() const { return m_count; }
    // The URL (0: the item's own, i: mirror i) the next attempt goes to.
    int current() const { return m_current; }
    // An attempt goes to current() now.
    void launched();
    // The attempt at current() failed; `retire`: that URL cannot serve the item. Moves on to
    // the next URL still in the rotation (the same one when it is the only one left).
    void failed(bool retire);
    bool anyLeft() const { return m_left > 0; }
    // Some URL still in the rotation has had no attempt yet.
    bool untriedLeft() const { return m_untried > 0; }
    // Every URL in again, none tried: the item starts over (Retry of a finished item).
    void reset();

private:
    static constexpr quint8 tried = 1;
    static constexpr quint8 retired = 2;
    quint8 stateOf(int index) const { return m_state.empty() ? m_single : m_state[index]; }
    void setState(int index, quint8 state);

    int m_count;
    int m_current = 0;
    int m_left;    // URLs in the rotation
    int m_untried; // of those, never tried
    quint8 m_single = 0;
    std::vector<quint8> m_state; // per URL, only when there are mirrors
};
