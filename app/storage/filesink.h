#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include "digest.h"
#include "sha256.h"
#include "streamdigest.h"

class NameReservations;

// Where one response body goes: streamed into "<name>.part" inside the output folder while its
// SHA-256 (and any other digest the list expects) is computed, checked against the expected
// length and digests, then renamed into place without
// ever replacing an existing file. A part file can be kept for a later resume, with a sidecar
// "<name>.part.meta" naming its URL and validators. In check mode it only counts and hashes.
class FileSink final
{
public:
    // What the sidecar records about a part file.
    struct PartMeta
    {
        QString url;             // the item's own URL (its first), as records name it
        QString servedBy;        // the URL that served the bytes (a mirror), when not `url`
        QByteArray etag;         // strong ETag only; weak ones cannot guard a Range
        QByteArray lastModified; // the server's Last-Modified, verbatim
        qint64 total = -1;       // the whole resource's size, when known
        // A body fetched in several ranges (PartAtOffsets) keeps the ranges done
        // (SegmentPlan::doneText(), empty when none yet): its part file's size then says
        // nothing, so such a sidecar is "fanout-part 2", which an older reader ignores rather
        // than continue from the wrong byte.
        bool ranged = false;
        QByteArray done;
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
    // Takes over the existing part file of `name` written in ranges (its sidecar lists them):
    // nothing counted, hashed or truncated; PartAtOffsets writes it and hashes it in order.
    bool openRanged(const QString &name, QString *error);
    bool write(const char *data, qint64 size, QString *error);
    // Pushes what write() buffered to the part file (before another writer takes it over).
    bool flush(QString *error);
    // The digests the body must have; before open(). MD5, SHA-1 and SHA-512 are computed only
    // when expected here.
    void expect(const QList<Digest> &digests);
    // Closes, checks the byte count (expected < 0: unknown) and every expected digest, and
    // renames the part file into place. A wrong digest moves the file aside as
    // "<name>.<algorithm>-mismatch" (the first that differs) and sets *mismatch.
    bool commit(qint64 expected, QString *error, bool *mismatch = nullptr);
    // The same with a SHA-256 expected too (when not empty).
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

    // filesinkmeta.cpp. A ranged sidecar is replaced atomically (it is rewritten as ranges end).
    bool writeMeta(const PartMeta &meta, QString *error);
    // writeMeta in two halves, for a sidecar written on another thread (RangedCheckpoint): the
    // path, noted as one to remove at the end (empty: nothing to write), and the write itself,
    // which touches no FileSink.
    QString claimMetaPath();
    static bool writeMetaFile(const QString &path, const PartMeta &meta, QString *error);
    static std::optional<PartMeta> readMeta(const QString &partPath);
    static QString partPathOf(const QString &dir, const QString &name);

    bool isOpen() const { return m_open; }
    qint64 bytes() const { return m_bytes; }
    QString name() const { return m_name; } // the final bare name
    QString filePath() const;               // absolute path of the committed file
    QString partPath() const { return partPathOf(m_dir, m_name); }
    // Bytes another writer put in the part file at the end of what is counted (PartAtOffsets):
    // hashed in order and counted, not written.
    void absorb(const char *data, qint64 size)
    {
        hash(data, size);
        m_bytes += size;
    }
    QByteArray sha256Hex() const;

private:
    bool openPart(QIODevice::OpenMode mode, QString *error);
    bool replaceGuarded();
    void close();
    void hash(const char *data, qint64 size);
    void resetHashes();
    // The first expected digest the body does not have: its message, empty when all match.
    QString digestMismatch(Digest::Algorithm *algorithm);

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
    QList<Digest> m_expected;
    std::vector<std::unique_ptr<StreamDigest>> m_others; // MD5, SHA-1, SHA-512 when expected
    qint64 m_bytes = 0;
    std::optional<ReplaceGuard> m_replace;
    bool m_replaced = false;
};
