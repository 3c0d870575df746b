#include "completedindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>

#include "filestamp.h"

namespace {
QString keyOf(const QString &dir, const QString &url)
{
    return QDir::cleanPath(dir) + QLatin1Char('\n') + url;
}
} // namespace

CompletedIndex::CompletedIndex(QString path, const QString &outputDir)
    : m_path(std::move(path)), m_dir(QDir::cleanPath(QFileInfo(outputDir).absoluteFilePath()))
{}

QString CompletedIndex::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("completed-v1.tsv"));
}

namespace {
// One tab-separated line per download: path, url, size, mtime, sha256, the first two percent-
// encoded (so a path's slashes are %2F), then, when the response had any, its ETag and
// Last-Modified, percent-encoded (a record without them keeps the five fields older versions
// read). A torn last line after a crash is simply skipped. An
// optional first line "#compact-at<TAB>BYTES" says when the file is next compacted.
constexpr qint64 kCompactAtLeast = 4 * 1024 * 1024;
constexpr qint64 kReadBlockBytes = 256 * 1024;
const QByteArray kHeader = QByteArrayLiteral("#compact-at\t");

std::optional<CompletedIndex::Entry> parseLine(QByteArrayView line)
{
    const QList<QByteArray> f = line.trimmed().toByteArray().split('\t');
    if ((f.size() != 5 && f.size() != 7) || f[4].size() != 64)
        return std::nullopt;
    CompletedIndex::Entry e;
    e.path = QString::fromUtf8(QByteArray::fromPercentEncoding(f[0]));
    e.url = QString::fromUtf8(QByteArray::fromPercentEncoding(f[1]));
    e.size = f[2].toLongLong();
    e.mtimeMs = f[3].toLongLong();
    e.sha256 = f[4];
    if (f.size() == 7) {
        e.etag = QByteArray::fromPercentEncoding(f[5]);
        e.lastModified = QByteArray::fromPercentEncoding(f[6]);
    }
    return e;
}

QByteArray lineOf(const CompletedIndex::Entry &entry)
{
    return entry.path.toUtf8().toPercentEncoding() + '\t' + entry.url.toUtf8().toPercentEncoding() +
           '\t' + QByteArray::number(entry.size) + '\t' + QByteArray::number(entry.mtimeMs) + '\t' +
           entry.sha256 +
           (entry.etag.isEmpty() && entry.lastModified.isEmpty()
                ? QByteArray()
                : '\t' + entry.etag.toPercentEncoding() + '\t' +
                      entry.lastModified.toPercentEncoding()) +
           '\n';
}

bool stillThere(const CompletedIndex::Entry &entry)
{
    return FileStamp::of(entry.path) == FileStamp{entry.size, entry.mtimeMs};
}
} // namespace

namespace {
// Calls take(line) for every line of `file` from where it stands, reading it in blocks (a line
// across blocks is carried over; a last line without its newline is passed too).
template <typename Take> void forEachLine(QFile &file, Take take)
{
    QByteArray pending;
    while (!file.atEnd()) {
        const QByteArray block = file.read(kReadBlockBytes);
        if (block.isEmpty())
            break;
        pending += block;
        qsizetype at = 0;
        for (qsizetype end; (end = pending.indexOf('\n', at)) >= 0; at = end + 1)
            take(QByteArrayView(pending.constData() + at, end - at));
        pending.remove(0, at);
    }
    if (!pending.isEmpty())
        take(QByteArrayView(pending));
}

// What makes two records the same download: the encoded path and URL (the first two fields).
std::optional<size_t> keyHashOf(QByteArrayView line)
{
    if (line.startsWith('#'))
        return std::nullopt;
    const qsizetype second = line.indexOf('\t', line.indexOf('\t') + 1);
    if (second < 0)
        return std::nullopt;
    return qHash(line.first(second), size_t(0x6661'6e6f'7574));
}
} // namespace

void CompletedIndex::ensureLoadedLocked(const QString &dir)
{
    if (!m_compactChecked) {
        m_compactChecked = true;
        // The first look-up comes before the batch writes anything (a part file is made once
        // a response arrives). A folder that is empty or not there then holds nothing
        // downloaded before: its records need not be read, and a fresh folder does not read
        // megabytes of other folders' records first (what this run records is kept anyway).
        if (QDir(m_dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                                QDir::NoDotAndDotDot)) {
            m_loadedDirs.insert(m_dir);
            QFile file(m_path);
            if (!m_path.isEmpty() && file.open(QIODevice::ReadOnly) &&
                file.size() > compactAtOf(file))
                compactLocked(file);
        } else {
            loadLocked(m_dir); // and compacts the file when it has grown
        }
    }
    if (!m_loadedDirs.contains(dir))
        loadLocked(dir);
}

qint64 CompletedIndex::compactAtOf(QFile &file)
{
    // The size the last compaction set in the header; at least kCompactAtLeast.
    const QByteArray first = file.peek(256);
    if (!first.startsWith(kHeader))
        return kCompactAtLeast;
    return std::max(
        kCompactAtLeast,
        first.mid(kHeader.size(), first.indexOf('\n') - kHeader.size()).trimmed().toLongLong());
}

void CompletedIndex::loadLocked(const QString &dir)
{
    m_loadedDirs.insert(dir);
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    // Read in blocks, not whole: the file holds every folder's records and may be megabytes,
    // which a whole read would add to the peak memory of every run.
    const qint64 compactAt = compactAtOf(file);

    // The records of other folders are passed over on a byte comparison of the still-encoded
    // path: this folder's start with its encoded name and a slash, and have no slash after it.
    const QByteArray prefix = (dir + QLatin1Char('/')).toUtf8().toPercentEncoding();
    forEachLine(file, [this, &prefix](QByteArrayView line) {
        const qsizetype tab = line.indexOf('\t');
        if (tab <= prefix.size() || !line.startsWith(prefix) ||
            line.sliced(prefix.size(), tab - prefix.size()).indexOf("%2F") >= 0)
            return;
        if (const std::optional<Entry> e = parseLine(line))
            m_byKey.insert(keyOf(QFileInfo(e->path).absolutePath(), e->url), *e);
    });
    if (dir == m_dir && file.size() > compactAt)
        compactLocked(file);
}

void CompletedIndex::compactLocked(QFile &file)
{
    // Keep each path-and-URL's latest record whose file is still there unchanged, and set the
    // next compaction at twice what is left. Two passes over the file, block by block: the first
    // notes which line is each key's latest (by a 64-bit hash of the key: a collision, about one
    // in 10^9 for 200,000 keys, only costs a re-download), the second copies those lines. A
    // folder that is gone costs one look-up for all its records. Another Fanout appending at this
    // moment loses its records (a re-download next time, no more); while one compacts, another
    // does not.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(0))
        return;
    QHash<size_t, qint64> latest;
    qint64 number = 0;
    file.seek(0);
    forEachLine(file, [&](QByteArrayView line) {
        if (const std::optional<size_t> key = keyHashOf(line))
            latest.insert(*key, number);
        ++number;
    });

    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return;
    out.write(kHeader + QByteArray(20, ' ') + '\n'); // the limit is known at the end
    QHash<QString, bool> folderExists;
    QByteArray buffer;
    qint64 kept = 0;
    number = 0;
    file.seek(0);
    forEachLine(file, [&](QByteArrayView line) {
        const qint64 at = number++;
        const std::optional<size_t> key = keyHashOf(line);
        if (!key || latest.value(*key, -1) != at)
            return;
        const std::optional<Entry> e = parseLine(line);
        if (!e)
            return;
        const QString folder = QFileInfo(e->path).absolutePath();
        auto known = folderExists.constFind(folder);
        if (known == folderExists.cend())
            known = folderExists.insert(folder, QFileInfo(folder).isDir());
        if (!*known || !stillThere(*e))
            return;
        buffer += lineOf(*e);
        if (buffer.size() >= kReadBlockBytes) {
            kept += buffer.size();
            out.write(buffer);
            buffer.clear();
        }
    });
    kept += buffer.size();
    out.write(buffer);
    // The header's number, padded to the width written above.
    const QByteArray limit = QByteArray::number(std::max(kCompactAtLeast, 2 * kept));
    if (!out.seek(kHeader.size()) || out.write(limit.leftJustified(20, ' ')) != 20)
        return;
    out.commit();
}

std::optional<CompletedIndex::Entry> CompletedIndex::find(const QString &dir, const QString &url)
{
    const QString folder = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QMutexLocker lock(&m_mutex);
    ensureLoadedLocked(folder);
    const auto it = m_byKey.constFind(keyOf(folder, url));
    if (it == m_byKey.cend())
        return std::nullopt;
    if (!stillThere(*it))
        return std::nullopt;
    return *it;
}

void CompletedIndex::record(Entry entry)
{
    // Absolute and clean, so the loader's byte comparison finds it.
    entry.path = QDir::cleanPath(QFileInfo(entry.path).absoluteFilePath());
    const QString folder = QFileInfo(entry.path).absolutePath();
    const QMutexLocker lock(&m_mutex);
    ensureLoadedLocked(folder); // older records of that folder must not override this one
    m_byKey.insert(keyOf(folder, entry.url), entry);
    if (m_path.isEmpty())
        return;
    if (!m_appender.isOpen()) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        m_appender.setFileName(m_path);
        if (!m_appender.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return; // an index we cannot write only costs a re-download next time
    }
    m_appender.write(lineOf(entry));
}
