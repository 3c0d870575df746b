#include "urlrotation.h"

#include <algorithm>

UrlRotation::UrlRotation(int count)
    : m_count(std::max(1, count)), m_left(m_count), m_untried(m_count)
{
    if (m_count > 1)
        m_state.assign(size_t(m_count), 0);
}

void UrlRotation::setState(int index, quint8 state)
{
    if (m_state.empty())
        m_single = state;
    else
        m_state[size_t(index)] = state;
}

void UrlRotation::launched()
{
    const quint8 state = stateOf(m_current);
    if (state & tried)
        return;
    setState(m_current, state | tried);
    if (!(state & retired))
        --m_untried;
}

void UrlRotation::failed(bool retire)
{
    const quint8 state = stateOf(m_current);
    if (retire && !(state & retired)) {
        setState(m_current, state | retired);
        --m_left;
        if (!(state & tried))
            --m_untried;
    }
    if (m_left == 0)
        return;
    // The next URL still in the rotation; each retired one is passed over once per round.
    for (int step = 1; step <= m_count; ++step) {
        const int next = (m_current + step) % m_count;
        if (!(stateOf(next) & retired)) {
            m_current = next;
            return;
        }
    }
}

void UrlRotation::reset()
{
    m_current = 0;
    m_left = m_count;
    m_untried = m_count;
    m_single = 0;
    std::fill(m_state.begin(), m_state.end(), quint8(0));
}
