#pragma once

#include <QString>

class FileSink;

// A part file written at several offsets at once (a body fetched as several ranges): made its
// whole size up front (posix_fallocate where the file system allows, else a sparse size), each
// range's bytes written where they belong (pwrite), and the digests of the whole file kept in
// order through its FileSink: bytes that land at the end of what the sink has counted are
// hashed as they come, bytes further on are read back from the file once the contiguous prefix
// reaches them (catchUp), so no digest can be put together from ranges hashed apart. sync()
// makes the data durable (fdatasync) before a `.part.meta` that claims it is written.
class PartAtOffsets final
{
public:
    explicit PartAtOffsets(FileSink *sink);
    ~PartAtOffsets();
    PartAtOffsets(const PartAtOffsets &) = delete;
    PartAtOffsets &operator=(const PartAtOffsets &) = delete;

    // Opens the sink's part file (already created by it) for writing at offsets, `total` bytes.
    bool open(qint64 total, QString *error);
    bool write(qint64 offset, const char *data, qint64 size, QString *error);
    // Hashes, in order, what the file holds from the sink's count up to `prefixEnd`.
    bool catchUp(qint64 prefixEnd, QString *error);
    bool sync(QString *error);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    // For a sync on another thread (RangedCheckpoint): a descriptor of its own for the open part
    // (-1 with the error when the system gives none), which syncHandle() syncs and closes, with
    // the part's path for its message.
    int duplicateHandle(QString *error) const;
    QString path() const { return m_path; }
    static bool syncHandle(int fd, const QString &path, QString *error);

private:
    QString failure(const QString &what) const;

    FileSink *m_sink;
    QString m_path;
    int m_fd = -1;
};
