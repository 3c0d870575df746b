#pragma once

#include <QString>
#include <QTextStream>

class ListReader;

// Opens the headless mode's list whatever its format. A list in the list format is read as it
// is; an aria2 input file, a Metalink document or a results CSV (ListFormat tells) is converted
// into a temporary file first, streaming, and so is any list when --checksums attaches digests
// to its lines. What a conversion left out goes to standard error with its line, and so do the
// checksum file's names that no item has. Standard input is kept in a temporary file first.
class ListInput final
{
public:
    // `path`: the LIST argument (empty or "-": standard input). `err`: standard error.
    static bool open(const QString &path, const QString &checksumsPath, ListReader *reader,
                     QTextStream &err, QString *error);

    // Notes shown per list, at most; then a count.
    static constexpr int shownNotes = 20;
};
