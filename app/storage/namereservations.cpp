#include "namereservations.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

#include "filename.h"

namespace {
bool existsOnDisk(const QString &path)
{
    // exists() follows links; a dangling link must count as taken too. isSymLink() first: its
    // lstat() answers both (QFileInfo keeps what it learnt), one system call per name.
    const QFileInfo info(path);
    return info.isSymLink() || info.exists();
}
} // namespace

QString NameReservations::reserve(const QString &dir, const QString &wantedName)
{
    QMutexLocker lock(&m_mutex);
    return reserveFrom(lock, dir, wantedName, 0);
}

QString NameReservations::reserveAfter(const QString &dir, const QString &taken,
                                       const QString &wantedName)
{
    QMutexLocker lock(&m_mutex);
    const QString path = QDir(dir).filePath(taken);
    m_held.remove(path);
    m_suffixOf.remove(path); // it exists after all: no lower free suffix to remember
    return reserveFrom(lock, dir, wantedName, 1);
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
    const QString path = QDir(dir).filePath(name);
    m_held.remove(path);
    if (const auto it = m_suffixOf.constFind(path); it != m_suffixOf.cend()) {
        // Free again: the next reservation of that wanted name may take it.
        int &first = m_firstFree[it->first];
        first = std::min(first, it->second);
        m_suffixOf.erase(it);
    }
}

QString NameReservations::reserveFrom(QMutexLocker<QMutex> &lock, const QString &dir,
                                      const QString &wantedName, int firstSuffix)
{
    // Every suffix below the wanted name's hint was taken when last looked at, so the search
    // starts there: 10,000 files of one name cost 10,000 look-ups, not 50 million.
    const QDir folder(dir);
    const QString key = folder.filePath(wantedName);
    const int hint = m_firstFree.value(key, 0);
    const int start = std::max(firstSuffix, hint);
    for (int n = start;; ++n) {
        const QString name = n == 0 ? wantedName : FileName::withSuffix(wantedName, n);
        const QString path = folder.filePath(name);
        if (m_held.contains(path))
            continue;
        m_held.insert(path);
        lock.unlock();
        const bool onDisk = existsOnDisk(path) || existsOnDisk(path + QStringLiteral(".part"));
        lock.relock();
        if (onDisk) {
            m_held.remove(path);
            continue;
        }
        m_suffixOf.insert(path, {key, n});
        // Only a hint nobody moved meanwhile is raised: a release in between may have freed a
        // lower suffix.
        if (start == hint && m_firstFree.value(key, 0) == hint)
            m_firstFree.insert(key, n + 1);
        return name;
    }
}
