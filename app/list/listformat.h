#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

// Says which format a list file is, from its first bytes (and its name where that helps): the
// list format itself, an aria2 input file, a Metalink document, a results CSV Fanout exported,
// or a checksum file (which describes files, not where to get them: it is attached to a list).
class ListFormat final
{
public:
    enum class Kind
    {
        Plain,
        Aria2,
        Metalink,
        ResultsCsv,
        Checksums,
    };

    // `head`: the first bytes of the file (headBytes is enough); `fileName`: its name or path,
    // or empty for standard input and pasted text.
    static Kind detect(QByteArrayView head, QStringView fileName = {});
    // "aria2 input file", "Metalink", ...: for messages.
    static QString name(Kind kind);

    static constexpr qsizetype headBytes = 64 * 1024;
};
