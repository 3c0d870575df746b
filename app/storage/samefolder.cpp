#include "samefolder.h"

#include <QDir>
#include <QFileInfo>

bool SameFolder::of(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    const QFileInfo first(a);
    const QFileInfo second(b);
    const QString realFirst = first.canonicalFilePath();
    const QString realSecond = second.canonicalFilePath();
    if (!realFirst.isEmpty() && !realSecond.isEmpty())
        return realFirst == realSecond;
    return QDir::cleanPath(first.absoluteFilePath()) == QDir::cleanPath(second.absoluteFilePath());
}
