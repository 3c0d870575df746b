#include "completedindex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QStandardPaths>

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

void CompletedIndex::loadLocked()
{
    m_loaded = true;
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    // One tab-separated line per download: path, url, size, mtime, sha256 (fields percent-
    // encoded). A torn last line after a crash is simply skipped.
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split('\t');
        if (f.size() != 5)
            continue;
        Entry e;
        e.path = QString::fromUtf8(QByteArray::fromPercentEncoding(f[0]));
        if (QDir::cleanPath(QFileInfo(e.path).absolutePath()) != m_dir)
            continue;
        e.url = QString::fromUtf8(QByteArray::fromPercentEncoding(f[1]));
        e.size = f[2].toLongLong();
        e.mtimeMs = f[3].toLongLong();
        e.sha256 = f[4];
        if (e.sha256.size() == 64)
            m_byKey.insert(keyOf(QFileInfo(e.path).absolutePath(), e.url), e);
    }
}

std::optional<CompletedIndex::Entry> CompletedIndex::find(const QString &dir, const QString &url)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_loaded)
        loadLocked();
    const auto it = m_byKey.constFind(keyOf(QFileInfo(dir).absoluteFilePath(), url));
    if (it == m_byKey.cend())
        return std::nullopt;
    const QFileInfo info(it->path);
    if (!info.isFile() || info.size() != it->size ||
        info.lastModified().toMSecsSinceEpoch() != it->mtimeMs)
        return std::nullopt;
    return *it;
}

void CompletedIndex::record(const Entry &entry)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_loaded)
        loadLocked();
    m_byKey.insert(keyOf(QFileInfo(entry.path).absolutePath(), entry.url), entry);
    if (m_path.isEmpty())
        return;
    if (!m_appender.isOpen()) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        m_appender.setFileName(m_path);
        if (!m_appender.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return; // an index we cannot write only costs a re-download next time
    }
    m_appender.write(entry.path.toUtf8().toPercentEncoding() + '\t' +
                     entry.url.toUtf8().toPercentEncoding() + '\t' +
                     QByteArray::number(entry.size) + '\t' + QByteArray::number(entry.mtimeMs) +
                     '\t' + entry.sha256 + '\n');
}
