#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <optional>

#include "sha256.h"

class NameReservations;

// Where one response body goes: streamed into "<name>.part" inside the output folder while its
// SHA-256 is computed, checked against the expected length, then renamed into place without
// ever replacing an existing file. A part file can be kept for a later resume, with a sidecar
// "<name>.part.meta" naming its URL and validators. In check mode it only counts and hashes.
class FileSink final
{
public:
    // What the sidecar records about a part file.
    struct PartMeta
    {
        QString url;
        QByteArray etag;         // strong ETag only; weak ones cannot guard a Range
        QByteArray lastModified; // the server's Last-Modified, verbatim
        qint64 total = -1;       // the whole resource's size, when known
        bool canResume() const { return !etag.isEmpty() || !lastModified.isEmpty(); }
    };

    FileSink(NameReservations *names, QString dir, bool checkOnly);
    ~FileSink();
    FileSink(const FileSink &) = delete;
    FileSink &operator=(const FileSink &) = delete;

    // Reserves a free name for `wantedName` (already a safe bare name) and creates its part file.
    bool open(const QString &wantedName, QString *error);
    // Takes over the existing part file of `name`: appends after its bytes (hashing them first)
    // or, with truncate, starts it again from zero.
    bool openExisting(const QString &name, bool truncate, QString *error);
    bool write(const char *data, qint64 size, QString *error);
    // Closes, checks the byte count (expected < 0: unknown) and the SHA-256 (when expected is
    // given), and renames the part file into place. A wrong checksum moves the file aside as
    // "<name>.sha256-mismatch" and sets *mismatch.
    bool commit(qint64 expected, const QByteArray &expectedSha256, QString *error,
                bool *mismatch = nullptr);
    // Update mode: commit() renames over `path` (atomically) instead of taking a free name, but
    // only while that file still has this size and modification time, i.e. is what Fanout
    // wrote; otherwise the body takes a new name as usual.
    struct ReplaceGuard
    {
        QString path; // absolute, inside the output folder
        qint64 size = -1;
        qint64 mtimeMs = -1;
    };
    void replaceOnCommit(const ReplaceGuard &guard) { m_replace = guard; }
    bool replaced() const { return m_replaced; }
    // Closes and deletes the part file and its sidecar, releasing the name. Idempotent.
    void discard();
    // Closes and keeps the part file and its sidecar for a later resume.
    void keep();

    bool writeMeta(const PartMeta &meta, QString *error);
    static std::optional<PartMeta> readMeta(const QString &partPath);
    static QString partPathOf(const QString &dir, const QString &name);

    bool isOpen() const { return m_open; }
    qint64 bytes() const { return m_bytes; }
    QString name() const { return m_name; } // the final bare name
    QString filePath() const;               // absolute path of the committed file
    QByteArray sha256Hex() const;

private:
    bool openPart(QIODevice::OpenMode mode, QString *error);
    bool replaceGuarded();
    void close();

    NameReservations *m_names;
    QString m_dir;
    bool m_checkOnly;
    bool m_open = false;
    bool m_committed = false;
    bool m_mayHaveMeta = false; // a NAME.part.meta may sit beside the part: remove it at the end
    QString m_wantedName;
    QString m_name;
    QFile m_file;
    mutable Sha256 m_hash;
    qint64 m_bytes = 0;
    std::optional<ReplaceGuard> m_replace;
    bool m_replaced = false;
};
