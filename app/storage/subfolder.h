#pragma once

#include <QString>
#include <QStringView>

// A sub-folder of the output folder that a list line names (dir=SUB/DIR): checked as text so
// that it can only name a folder inside (relative, '/' between parts, each part a safe bare
// name as FileName::sanitized() leaves it), and made on disk part by part without following a
// symbolic link or leaving the output folder.
class SubFolder final
{
public:
    static constexpr int MaxParts = 32;
    static constexpr int MaxLength = 1024;

    // Why `text` cannot be a sub-folder, or an empty string with *normalized set to its parts
    // joined by '/' (one trailing '/' dropped).
    static QString problem(QStringView text, QString *normalized);

    // Makes `relative` (as problem() normalized it) under `base`, creating the missing parts.
    // Refuses a part that is a symbolic link or not a folder, and a result whose real path is
    // not inside base's. The absolute path, or an empty string with *error set.
    static QString make(const QString &base, const QString &relative, QString *error);
};
