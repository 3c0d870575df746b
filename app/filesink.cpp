#include "filesink.h"

#include <QDir>
#include <QFileInfo>

#include "namereservations.h"

namespace {
const auto partSuffix = QStringLiteral(".part");

QString describe(const QFile &file, const QString &what)
{
    return QStringLiteral("%1 %2: %3")
        .arg(what, QDir::toNativeSeparators(file.fileName()), file.errorString());
}
} // namespace

FileSink::FileSink(NameReservations *names, QString dir, bool checkOnly)
    : m_names(names), m_dir(std::move(dir)), m_checkOnly(checkOnly)
{
}

FileSink::~FileSink()
{
    if (!m_committed)
        discard();
}

bool FileSink::open(const QString &wantedName, QString *error)
{
    m_bytes = 0;
    m_hash.reset();
    if (m_checkOnly) {
        m_open = true;
        return true;
    }
    const QDir folder(m_dir);
    if (!folder.exists() && !QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create output folder %1").arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    m_wantedName = wantedName;
    m_name = m_names->reserve(m_dir, wantedName);
    m_file.setFileName(folder.filePath(m_name + partSuffix));
    // NewOnly: O_EXCL, so an existing file or a planted symlink is never written through.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        *error = describe(m_file, QStringLiteral("cannot create"));
        m_names->release(m_dir, m_name);
        m_name.clear();
        return false;
    }
    m_open = true;
    return true;
}

bool FileSink::write(const char *data, qint64 size, QString *error)
{
    m_hash.addData(QByteArrayView(data, size));
    m_bytes += size;
    if (m_checkOnly)
        return true;
    qint64 done = 0;
    while (done < size) {
        const qint64 n = m_file.write(data + done, size - done);
        if (n <= 0) {
            *error = describe(m_file, QStringLiteral("cannot write"));
            return false;
        }
        done += n;
    }
    return true;
}

bool FileSink::commit(qint64 expected, QString *error)
{
    if (expected >= 0 && m_bytes != expected) {
        *error = QStringLiteral("received %1 of %2 bytes").arg(m_bytes).arg(expected);
        return false;
    }
    if (m_checkOnly) {
        m_committed = true;
        return true;
    }
    if (!m_file.flush()) {
        *error = describe(m_file, QStringLiteral("cannot write"));
        return false;
    }
    m_file.close();
    if (m_file.error() != QFileDevice::NoError) {
        *error = describe(m_file, QStringLiteral("cannot close"));
        return false;
    }
    const QDir folder(m_dir);
    // QFile::rename never replaces an existing target; when another program took the name
    // meanwhile, move on to the next free one.
    for (int tries = 0; tries < 100; ++tries) {
        if (m_file.rename(folder.filePath(m_name))) {
            m_committed = true;
            m_open = false;
            m_names->release(m_dir, m_name);
            return true;
        }
        if (!QFileInfo::exists(folder.filePath(m_name)))
            break;
        m_name = m_names->reserveAfter(m_dir, m_name, m_wantedName);
    }
    *error = describe(m_file, QStringLiteral("cannot rename"));
    return false;
}

void FileSink::discard()
{
    m_open = false;
    if (m_checkOnly || m_name.isEmpty())
        return;
    if (m_file.isOpen())
        m_file.close();
    if (!m_committed)
        m_file.remove();
    m_names->release(m_dir, m_name);
    m_name.clear();
}

QString FileSink::filePath() const
{
    if (m_checkOnly || !m_committed)
        return {};
    return QFileInfo(QDir(m_dir).filePath(m_name)).absoluteFilePath();
}

QByteArray FileSink::sha256Hex() const
{
    return m_hash.result().toHex();
}
