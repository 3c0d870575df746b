#include "textinterner.h"

QString TextInterner::intern(const QString &text)
{
    if (text.isEmpty())
        return text;
    if (const auto it = m_texts.constFind(text); it != m_texts.cend())
        return *it;
    if (m_texts.size() >= Cap)
        m_texts.clear();
    m_texts.insert(text);
    return text;
}
