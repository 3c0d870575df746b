#pragma once

#include <QSet>
#include <QString>

// One copy of the texts that many rows repeat (a wait reason, an error, why a line is invalid):
// 100,000 rows queued behind one cooldown hold one string, not 100,000.
class TextInterner final
{
public:
    // The same text as an earlier one's, sharing its data; the text itself when new.
    QString intern(const QString &text);
    void clear() { m_texts.clear(); }

    // Makes `target` share the data of `from` when they are equal, so that a row and its Result
    // (or the engine's entry) hold one copy.
    static void share(QString &target, const QString &from)
    {
        if (target == from)
            target = from;
    }

private:
    // Past this many distinct texts, sharing would not pay for the set: it starts again.
    static constexpr qsizetype Cap = 1024;
    QSet<QString> m_texts;
};
