#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include "digest.h"

// What a list line may say about its item beyond the URL, a name and a SHA-256: a sub-folder,
// more digests, its size, mirrors and request headers. An entry holds it through one shared pointer
// that is null for a line without any, so the common line pays one pointer for all of it.
struct ListExtras final
{
    QString dir;                                  // '/'-separated, checked by SubFolder
    QList<Digest> digests;                        // md5, sha1, sha512 (sha256 is the entry's)
    QList<QUrl> mirrors;                          // other places for the same file, in order
    QList<QPair<QByteArray, QByteArray>> headers; // sent with this item's requests only
    qint64 size = -1;                             // size=: the body's byte count; -1 = not given

    bool isEmpty() const
    {
        return dir.isEmpty() && digests.isEmpty() && mirrors.isEmpty() && headers.isEmpty() &&
               size < 0;
    }
};
