#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

// Reads a checksum file: sha256sum-style lines (`HEX  NAME`, `HEX *NAME`, with GNU's backslash
// escapes) and BSD-style lines (`SHA256 (NAME) = HEX`). The algorithm comes from the tag, or
// from the length of the hex (32 md5, 40 sha1, 64 sha256, 128 sha512). Each digest is kept by
// its file name, leading "./" removed; what cannot be read is a note with its line.
class ChecksumFile final
{
public:
    struct Digest
    {
        QString key; // the list format's field: md5, sha1, sha256 or sha512
        QString hex; // lower case
        int line = 0;
    };
    struct Note
    {
        int line = 0;
        QString message;
    };

    static ChecksumFile parse(QStringView text);
    // One line; false (and *why, when it is worth saying) when it is not a checksum line.
    static bool readLine(QStringView line, QString *name, Digest *digest, QString *why);
    // A name as it is matched: "./a/./b" and "a/b" are one.
    static QString normalized(QStringView name);

    const QHash<QString, QList<Digest>> &digests() const { return m_digests; }
    const QList<Note> &notes() const { return m_notes; }
    qsizetype size() const { return m_digests.size(); }
    bool isEmpty() const { return m_digests.isEmpty(); }

    static constexpr qsizetype maxNotes = 1000;

private:
    QHash<QString, QList<Digest>> m_digests; // normalized name -> its digests
    QList<Note> m_notes;
};
