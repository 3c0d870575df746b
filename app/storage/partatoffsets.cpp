#include "partatoffsets.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "filesink.h"

namespace {
constexpr qint64 readBackChunk = 1024 * 1024;

// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window (QCoreApplication::translate is thread-safe).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PartAtOffsets)
};

// `what` is a translated "cannot write %1: %2": the part's path and the system's reason.
QString failureAt(const QString &what, const QString &path, int code)
{
    return what.arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(code)));
}
} // namespace

PartAtOffsets::PartAtOffsets(FileSink *sink) : m_sink(sink) {}

PartAtOffsets::~PartAtOffsets()
{
    close();
}

QString PartAtOffsets::failure(const QString &what) const
{
    return failureAt(what, m_path, errno);
}

bool PartAtOffsets::open(qint64 total, QString *error)
{
    close();
    m_path = m_sink->partPath();
    // No O_CREAT: the sink made the file (O_EXCL), so a planted link is never followed here.
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (m_fd < 0) {
        *error = failure(Text::tr("cannot open %1: %2"));
        return false;
    }
    // Blocks reserved now fail now (disk full) rather than in the middle of a range.
    const int reserved = ::posix_fallocate(m_fd, 0, total);
    if (reserved == ENOSPC || reserved == EFBIG) {
        errno = reserved;
        *error = failure(Text::tr("cannot write %1: %2"));
        close();
        return false;
    }
    if (reserved != 0 && ::ftruncate(m_fd, total) != 0) { // no fallocate here: a sparse file
        *error = failure(Text::tr("cannot write %1: %2"));
        close();
        return false;
    }
    return true;
}

bool PartAtOffsets::write(qint64 offset, const char *data, qint64 size, QString *error)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pwrite(m_fd, data + done, size_t(size - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = failure(Text::tr("cannot write %1: %2"));
            return false;
        }
        done += n;
    }
    if (offset == m_sink->bytes()) // the next bytes in order: hashed from memory
        m_sink->absorb(data, size);
    return true;
}

bool PartAtOffsets::catchUp(qint64 prefixEnd, QString *error)
{
    QByteArray chunk;
    while (m_sink->bytes() < prefixEnd) {
        const qint64 at = m_sink->bytes();
        const qint64 wanted = std::min(readBackChunk, prefixEnd - at);
        chunk.resize(qsizetype(wanted));
        const ssize_t n = ::pread(m_fd, chunk.data(), size_t(wanted), off_t(at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = failure(Text::tr("cannot read %1: %2"));
            return false;
        }
        m_sink->absorb(chunk.constData(), n);
    }
    return true;
}

bool PartAtOffsets::sync(QString *error)
{
    if (::fdatasync(m_fd) == 0)
        return true;
    *error = failure(Text::tr("cannot sync %1: %2"));
    return false;
}

int PartAtOffsets::duplicateHandle(QString *error) const
{
    const int fd = ::fcntl(m_fd, F_DUPFD_CLOEXEC, 0);
    if (fd < 0) {
        const int code = errno;
        *error = failureAt(Text::tr("cannot sync %1: %2"), m_path, code);
    }
    return fd;
}

bool PartAtOffsets::syncHandle(int fd, const QString &path, QString *error)
{
    const bool synced = ::fdatasync(fd) == 0;
    const int code = errno; // before anything else can change it
    ::close(fd);
    if (!synced)
        *error = failureAt(Text::tr("cannot sync %1: %2"), path, code);
    return synced;
}

void PartAtOffsets::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}
