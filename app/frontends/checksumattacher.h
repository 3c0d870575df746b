#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "checksumfile.h"

// Attaches the digests of a checksum file to the lines of a list: a line gets md5=, sha1=,
// sha256= or sha512= when its file name (after its dir=: "dir/name") is a name the checksum file
// lists. The file name of a line without a name is the one Fanout derives from its URL (the last
// path segment, made safe; a server's Content-Disposition cannot be known before the download).
// A digest the line already carries is kept. Lines that are not list lines pass unchanged.
class ChecksumAttacher final
{
public:
    explicit ChecksumAttacher(ChecksumFile sums);

    // The line with the digests its file has; `line` without its line break.
    QString attach(QStringView line);
    // Attaches to every line of a text (line breaks kept).
    QString attachAll(QStringView text);

    // The file name a list line's item is matched by ("dir/name"), or empty for a line that is
    // blank, a comment or has no URL.
    static QString fileNameOf(QStringView line);

    // The names of the checksum file that no line has matched so far, sorted.
    QStringList unmatched() const;
    int attachedCount() const { return m_attached; }
    // Lines whose digest differs from the one the checksum file gives (the line's is kept).
    const QStringList &conflicts() const { return m_conflicts; }

private:
    ChecksumFile m_sums;
    QSet<QString> m_matched;
    QStringList m_conflicts;
    int m_attached = 0;
};
