// FileSink's sidecar, "<name>.part.meta": what lets a later run continue a part file (see
// FileSink::PartMeta). Kept apart from filesink.cpp, which streams the body.
#include "filesink.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace {
// The translation context of FileSink's texts (see filesink.cpp).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FileSink)
};

const auto metaSuffix = QStringLiteral(".part.meta");

QByteArray metaText(const FileSink::PartMeta &meta)
{
    QByteArray text = meta.ranged ? "fanout-part 2\n" : "fanout-part 1\n";
    text += "url " + meta.url.toUtf8().toPercentEncoding() + '\n';
    if (!meta.servedBy.isEmpty() && meta.servedBy != meta.url)
        text += "from " + meta.servedBy.toUtf8().toPercentEncoding() + '\n';
    text += "etag " + meta.etag.toPercentEncoding() + '\n';
    text += "last-modified " + meta.lastModified.toPercentEncoding() + '\n';
    text += "total " + QByteArray::number(meta.total) + '\n';
    if (meta.ranged)
        text += "done " + meta.done + '\n';
    return text;
}

} // namespace

bool FileSink::writeMeta(const PartMeta &meta, QString *error)
{
    const QString path = claimMetaPath();
    return path.isEmpty() || writeMetaFile(path, meta, error);
}

QString FileSink::claimMetaPath()
{
    if (m_checkOnly || m_name.isEmpty())
        return {};
    m_mayHaveMeta = true;
    return QDir(m_dir).filePath(m_name + metaSuffix);
}

bool FileSink::writeMetaFile(const QString &path, const PartMeta &meta, QString *error)
{
    const QByteArray text = metaText(meta);
    // A plain write, no fsync: losing the sidecar in a power cut costs a resume, not data, and a
    // synced file per download cost a third of the time of a batch of small files.
    if (!meta.ranged) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
            file.write(text) == text.size() && file.flush())
            return true;
        *error = Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    // A ranged sidecar is rewritten while its ranges grow: replaced atomically (QSaveFile), so a
    // kill -9 leaves the old list of ranges or the new one, never half of one.
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit())
        return true;
    *error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

std::optional<FileSink::PartMeta> FileSink::readMeta(const QString &partPath)
{
    QFile file(partPath + QStringLiteral(".meta"));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return std::nullopt;
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.value(0) != "fanout-part 1" && lines.value(0) != "fanout-part 2")
        return std::nullopt;
    PartMeta meta;
    meta.ranged = lines.value(0) == "fanout-part 2";
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            continue;
        const QByteArray key = line.left(space);
        const QByteArray value = QByteArray::fromPercentEncoding(line.mid(space + 1));
        if (key == "url")
            meta.url = QString::fromUtf8(value);
        else if (key == "from")
            meta.servedBy = QString::fromUtf8(value);
        else if (key == "etag")
            meta.etag = value;
        else if (key == "last-modified")
            meta.lastModified = value;
        else if (key == "total")
            meta.total = value.toLongLong();
        else if (key == "done")
            meta.done = value;
    }
    return meta;
}
