#include "namereservations.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

#include "filename.h"

namespace {
bool existsOnDisk(const QString &path)
{
    // exists() follows links; a dangling link must count as taken too.
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}
} // namespace

QString NameReservations::reserve(const QString &dir, const QString &wantedName)
{
    const QMutexLocker lock(&m_mutex);
    return reserveLocked(dir, wantedName, 0);
}

QString NameReservations::reserveAfter(const QString &dir, const QString &taken,
                                       const QString &wantedName)
{
    const QMutexLocker lock(&m_mutex);
    m_held.remove(QDir(dir).filePath(taken));
    return reserveLocked(dir, wantedName, 1);
}

bool NameReservations::reserveExact(const QString &dir, const QString &name)
{
    const QMutexLocker lock(&m_mutex);
    const QString path = QDir(dir).filePath(name);
    if (m_held.contains(path))
        return false;
    m_held.insert(path);
    return true;
}

void NameReservations::release(const QString &dir, const QString &name)
{
    const QMutexLocker lock(&m_mutex);
    m_held.remove(QDir(dir).filePath(name));
}

QString NameReservations::reserveLocked(const QString &dir, const QString &wantedName,
                                        int firstSuffix)
{
    const QDir folder(dir);
    for (int n = firstSuffix;; ++n) {
        const QString name = n == 0 ? wantedName : FileName::withSuffix(wantedName, n);
        const QString path = folder.filePath(name);
        if (m_held.contains(path) || existsOnDisk(path) ||
            existsOnDisk(path + QStringLiteral(".part")))
            continue;
        m_held.insert(path);
        return name;
    }
}
