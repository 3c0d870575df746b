#pragma once

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

#include <utility>

// Hands out file names in the output folder so that no two transfers (on any lane thread) and no
// existing file ever share one: "name", then "name (1)", "name (2)", ... Thread-safe.
class NameReservations final
{
public:
    // Reserves a name in `dir` that is free on disk (neither the name nor "name.part" exists) and
    // not held by another transfer. Returns the bare name.
    QString reserve(const QString &dir, const QString &wantedName);
    // Reserves the next free name after `taken` was found to exist after all (a race with
    // another program); releases `taken`.
    QString reserveAfter(const QString &dir, const QString &taken, const QString &wantedName);
    // Reserves exactly `name` (a part file being resumed); false when another transfer holds it.
    bool reserveExact(const QString &dir, const QString &name);
    void release(const QString &dir, const QString &name);

private:
    // Looks on disk with the mutex released: a candidate is held while its two look-ups run, so
    // no other lane takes it meanwhile, and the lanes do not wait on each other's system calls.
    QString reserveFrom(QMutexLocker<QMutex> &lock, const QString &dir, const QString &wantedName,
                        int firstSuffix);

    QMutex m_mutex;
    QSet<QString> m_held; // absolute paths
    // Per wanted name (its path): the lowest suffix that may be free; every one below it was
    // held or on disk when last looked at (a held one released lowers it again).
    QHash<QString, int> m_firstFree;
    QHash<QString, std::pair<QString, int>> m_suffixOf; // held path -> (wanted name's path, suffix)
};
