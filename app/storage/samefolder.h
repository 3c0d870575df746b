#pragma once

#include <QString>

// Whether two folder paths name the same folder: by their real paths when both exist (a link
// and its target are one folder), else by their absolute, cleaned paths ("/a/b/" is "/a/b").
// QFileInfo's own == compares canonical paths, which are empty for folders not on disk, so any
// two missing folders compared equal.
class SameFolder final
{
public:
    static bool of(const QString &a, const QString &b);
};
