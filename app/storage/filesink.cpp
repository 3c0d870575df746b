#include "filesink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "filestamp.h"
#include "namereservations.h"

#include <cstdio>

namespace {
// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window (QCoreApplication::translate is thread-safe).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FileSink)
};

const auto partSuffix = QStringLiteral(".part");
const auto metaSuffix = QStringLiteral(".part.meta");
constexpr qint64 rehashChunk = 1024 * 1024;

// `pattern` is a translated "cannot write %1: %2": the file's path and Qt's reason.
QString describe(const QFile &file, const QString &pattern)
{
    return pattern.arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
}
} // namespace

FileSink::FileSink(NameReservations *names, QString dir, bool checkOnly)
    : m_names(names), m_dir(std::move(dir)), m_checkOnly(checkOnly)
{}

FileSink::~FileSink()
{
    if (!m_committed)
        discard();
}

QString FileSink::partPathOf(const QString &dir, const QString &name)
{
    return QDir(dir).filePath(name + partSuffix);
}

void FileSink::expect(const QList<Digest> &digests)
{
    m_expected = digests;
    m_others.clear();
    for (const Digest &digest : digests) {
        if (digest.algorithm != Digest::Algorithm::Sha256)
            m_others.push_back(std::make_unique<StreamDigest>(digest.algorithm));
    }
}

void FileSink::hash(const char *data, qint64 size)
{
    m_hash.addData(data, size);
    for (const auto &other : m_others)
        other->addData(data, size);
}

void FileSink::resetHashes()
{
    m_hash.reset();
    for (const auto &other : m_others)
        other->reset();
}

QString FileSink::digestMismatch(Digest::Algorithm *algorithm)
{
    for (const Digest &want : std::as_const(m_expected)) {
        QByteArray got;
        if (want.algorithm == Digest::Algorithm::Sha256) {
            got = sha256Hex();
        } else {
            for (const auto &other : m_others) {
                if (other->algorithm() == want.algorithm)
                    got = other->hex();
            }
        }
        if (got != want.hex) {
            *algorithm = want.algorithm;
            return Text::tr("%1 is %2, the list expects %3")
                .arg(Digest::titleOf(want.algorithm), QString::fromLatin1(got),
                     QString::fromLatin1(want.hex));
        }
    }
    return {};
}

bool FileSink::open(const QString &wantedName, QString *error)
{
    m_bytes = 0;
    resetHashes();
    if (m_checkOnly) {
        m_open = true;
        return true;
    }
    m_mayHaveMeta = false;
    m_wantedName = wantedName;
    m_name = m_names->reserve(m_dir, wantedName);
    // NewOnly: O_EXCL, so an existing file or a planted symlink is never written through.
    if (openPart(QIODevice::WriteOnly | QIODevice::NewOnly, nullptr))
        return true;
    // The folder is made (again) only when the file could not be: no look-up per download.
    if (!QFileInfo(m_dir).isDir()) {
        if (!QDir().mkpath(m_dir)) {
            *error =
                Text::tr("cannot create output folder %1").arg(QDir::toNativeSeparators(m_dir));
            return false;
        }
    }
    m_name = m_names->reserve(m_dir, wantedName);
    return openPart(QIODevice::WriteOnly | QIODevice::NewOnly, error);
}

bool FileSink::openExisting(const QString &name, bool truncate, QString *error)
{
    m_bytes = 0;
    resetHashes();
    if (m_checkOnly) {
        m_open = true;
        return true;
    }
    if (!m_names->reserveExact(m_dir, name)) {
        *error = Text::tr("%1 is being written by another transfer").arg(name);
        return false;
    }
    m_wantedName = name;
    m_name = name;
    m_mayHaveMeta = true;
    m_file.setFileName(partPathOf(m_dir, name));
    if (truncate)
        return openPart(QIODevice::WriteOnly | QIODevice::Truncate, error);

    // The digests must cover the whole file, not the piece this attempt adds.
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = describe(m_file, Text::tr("cannot read %1: %2"));
        m_names->release(m_dir, m_name);
        m_name.clear();
        return false;
    }
    QByteArray chunk;
    while (!(chunk = m_file.read(rehashChunk)).isEmpty()) {
        hash(chunk.constData(), chunk.size());
        m_bytes += chunk.size();
    }
    m_file.close();
    return openPart(QIODevice::WriteOnly | QIODevice::Append, error);
}

bool FileSink::openRanged(const QString &name, QString *error)
{
    // Nothing counted or hashed: PartAtOffsets reads the done prefix back, in order.
    m_bytes = 0;
    resetHashes();
    if (!m_names->reserveExact(m_dir, name)) {
        *error = Text::tr("%1 is being written by another transfer").arg(name);
        return false;
    }
    m_wantedName = name;
    m_name = name;
    m_mayHaveMeta = true;
    m_file.setFileName(partPathOf(m_dir, name));
    return openPart(QIODevice::ReadWrite | QIODevice::ExistingOnly, error);
}

bool FileSink::openPart(QIODevice::OpenMode mode, QString *error)
{
    if (m_file.fileName().isEmpty() || mode.testFlag(QIODevice::NewOnly))
        m_file.setFileName(partPathOf(m_dir, m_name));
    if (!m_file.open(mode | QIODevice::Unbuffered)) {
        if (error)
            *error = describe(m_file, Text::tr("cannot create %1: %2"));
        m_names->release(m_dir, m_name);
        m_name.clear();
        return false;
    }
    m_open = true;
    return true;
}

bool FileSink::flush(QString *error)
{
    if (m_checkOnly || !m_file.isOpen() || m_file.flush())
        return true;
    *error = describe(m_file, Text::tr("cannot write %1: %2"));
    return false;
}

bool FileSink::write(const char *data, qint64 size, QString *error)
{
    hash(data, size);
    m_bytes += size;
    if (m_checkOnly)
        return true;
    qint64 done = 0;
    while (done < size) {
        const qint64 n = m_file.write(data + done, size - done);
        if (n <= 0) {
            *error = describe(m_file, Text::tr("cannot write %1: %2"));
            return false;
        }
        done += n;
    }
    return true;
}

bool FileSink::replaceGuarded()
{
    // The one exception to "never overwrite": only the file Fanout wrote, unchanged since.
    const QFileInfo old(m_replace->path);
    if (FileStamp::of(m_replace->path) != FileStamp{m_replace->size, m_replace->mtimeMs} ||
        old.absolutePath() != QFileInfo(m_dir).absoluteFilePath())
        return false;
    // rename(2) replaces the target atomically: a reader sees the old file or the new one.
    if (::rename(QFile::encodeName(m_file.fileName()).constData(),
                 QFile::encodeName(m_replace->path).constData()) != 0)
        return false;
    if (m_mayHaveMeta)
        QFile::remove(QDir(m_dir).filePath(m_name + metaSuffix));
    m_names->release(m_dir, m_name);
    m_open = false;
    m_committed = true;
    m_replaced = true;
    m_name = old.fileName();
    return true;
}

bool FileSink::commit(qint64 expected, const QByteArray &expectedSha256, QString *error,
                      bool *mismatch)
{
    if (!expectedSha256.isEmpty() &&
        Digest::find(m_expected, Digest::Algorithm::Sha256) != expectedSha256)
        m_expected.prepend(Digest{Digest::Algorithm::Sha256, expectedSha256});
    return commit(expected, error, mismatch);
}

bool FileSink::commit(qint64 expected, QString *error, bool *mismatch)
{
    if (expected >= 0 && m_bytes != expected) {
        *error = Text::tr("received %L1 of %L2 bytes").arg(m_bytes).arg(expected);
        return false;
    }
    Digest::Algorithm wrongAlgorithm = Digest::Algorithm::Sha256;
    const QString wrongSum = digestMismatch(&wrongAlgorithm);
    if (m_checkOnly) {
        if (!wrongSum.isEmpty()) {
            *error = wrongSum;
            if (mismatch)
                *mismatch = true;
            return false;
        }
        m_committed = true;
        return true;
    }
    if (!m_file.flush()) {
        *error = describe(m_file, Text::tr("cannot write %1: %2"));
        return false;
    }
    m_file.close();
    if (m_file.error() != QFileDevice::NoError) {
        *error = describe(m_file, Text::tr("cannot close %1: %2"));
        return false;
    }
    const QDir folder(m_dir);
    if (m_replace && wrongSum.isEmpty() && replaceGuarded())
        return true;
    const QString target = wrongSum.isEmpty() ? m_name
                                              : m_name + u'.' + Digest::nameOf(wrongAlgorithm) +
                                                    QStringLiteral("-mismatch");
    // QFile::rename never replaces an existing target; when another program took the name
    // meanwhile, move on to the next free one.
    QString name = target;
    for (int n = 1; n < 1000; ++n) {
        if (m_file.rename(folder.filePath(name))) {
            if (m_mayHaveMeta)
                QFile::remove(QDir(m_dir).filePath(m_name + metaSuffix));
            m_names->release(m_dir, m_name);
            m_open = false;
            if (!wrongSum.isEmpty()) {
                *error = Text::tr("%1; kept aside as %2")
                             .arg(wrongSum, QDir::toNativeSeparators(m_file.fileName()));
                if (mismatch)
                    *mismatch = true;
                m_name.clear();
                m_committed = true; // nothing left to discard
                return false;
            }
            m_committed = true;
            m_name = name;
            return true;
        }
        if (!QFileInfo::exists(folder.filePath(name)))
            break;
        name = !wrongSum.isEmpty() ? QStringLiteral("%1.%2").arg(target).arg(n)
                                   : m_names->reserveAfter(m_dir, name, m_wantedName);
    }
    if (!QFileInfo(m_dir).isDir())
        *error = Text::tr("the output folder %1 was removed while downloading")
                     .arg(QDir::toNativeSeparators(m_dir));
    else
        *error = describe(m_file, Text::tr("cannot rename %1: %2"));
    return false;
}

void FileSink::close()
{
    m_open = false;
    if (m_file.isOpen())
        m_file.close();
}

void FileSink::discard()
{
    close();
    if (m_checkOnly || m_name.isEmpty())
        return;
    if (!m_committed) {
        QFile::remove(partPathOf(m_dir, m_name));
        if (m_mayHaveMeta)
            QFile::remove(QDir(m_dir).filePath(m_name + metaSuffix));
    }
    m_names->release(m_dir, m_name);
    m_name.clear();
}

void FileSink::keep()
{
    close();
    if (m_checkOnly || m_name.isEmpty())
        return;
    m_names->release(m_dir, m_name);
    m_committed = true; // the destructor leaves it where it is
}

QString FileSink::filePath() const
{
    if (m_checkOnly || !m_committed || m_name.isEmpty())
        return {};
    return QFileInfo(QDir(m_dir).filePath(m_name)).absoluteFilePath();
}

QByteArray FileSink::sha256Hex() const
{
    return m_hash.hex();
}
