#include "listreader.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QTemporaryFile>

#include <cstdio>

namespace {
constexpr qint64 readChunk = 64 * 1024;
constexpr size_t hashSeed = 0x5f0a7c31;
} // namespace

// Splits a device into lines at \n, \r\n or \r, numbering them from 1 as UrlList::parse()
// does, and knows where each line starts.
class ListReader::Cursor final
{
public:
    Cursor(QIODevice *device, qint64 offset, int line)
        : m_device(device), m_bufferOffset(offset), m_line(line)
    {
        m_device->seek(offset);
    }

    // The next line's bytes (valid until the next call), or false at the end.
    bool next(QByteArrayView *bytes)
    {
        for (;;) {
            const char *data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            qsizetype i = m_pos;
            while (i < size && data[i] != '\n' && data[i] != '\r')
                ++i;
            // A \r at the end of the buffer may be the first half of \r\n: read on first.
            if (i < size && !(data[i] == '\r' && i + 1 == size && !m_end)) {
                take(bytes, i, i + 1 + (data[i] == '\r' && i + 1 < size && data[i + 1] == '\n'));
                return true;
            }
            if (m_end) {
                if (m_pos >= size)
                    return false;
                take(bytes, size, size);
                return true;
            }
            m_bufferOffset += m_pos;
            m_buffer.remove(0, m_pos);
            m_pos = 0;
            const QByteArray more = m_device->read(readChunk);
            if (more.isEmpty())
                m_end = true;
            m_buffer += more;
        }
    }
    int line() const { return m_line; }
    qint64 lineOffset() const { return m_lineOffset; }

private:
    void take(QByteArrayView *bytes, qsizetype end, qsizetype next)
    {
        *bytes = QByteArrayView(m_buffer.constData() + m_pos, end - m_pos);
        m_lineOffset = m_bufferOffset + m_pos;
        m_pos = next;
        ++m_line;
    }

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferOffset = 0; // where m_buffer starts in the device
    qint64 m_lineOffset = 0;   // where the last line returned starts
    int m_line = 0;
    bool m_end = false;
};

namespace {
// The trimmed line, or an empty string for a blank line or a comment.
QString contentOf(QByteArrayView bytes, QStringView *content)
{
    QString text = QString::fromUtf8(bytes);
    *content = QStringView(text).trimmed();
    if (!content->isEmpty() && content->front() == u'#')
        *content = {};
    return text;
}
} // namespace

ListReader::ListReader() = default;
ListReader::~ListReader() = default;

bool ListReader::openFile(const QString &path, QString *error)
{
    auto main = std::make_unique<QFile>(path);
    auto reread = std::make_unique<QFile>(path);
    return openDevices(std::move(main), std::move(reread), error);
}

bool ListReader::openStdin(QString *error)
{
    QFile in;
    auto spool = std::make_unique<QTemporaryFile>();
    if (!in.open(stdin, QIODevice::ReadOnly) || !spool->open()) {
        *error = QStringLiteral("cannot read standard input");
        return false;
    }
    for (QByteArray chunk = in.read(readChunk); !chunk.isEmpty(); chunk = in.read(readChunk)) {
        if (spool->write(chunk) != chunk.size()) {
            *error = QStringLiteral("cannot keep standard input in %1: %2")
                         .arg(spool->fileName(), spool->errorString());
            return false;
        }
    }
    spool->flush();
    const QString path = spool->fileName();
    m_spool = std::move(spool);
    return openFile(path, error);
}

void ListReader::openData(const QByteArray &data)
{
    m_data = data;
    QString ignored;
    openDevices(std::make_unique<QBuffer>(&m_data), std::make_unique<QBuffer>(&m_data), &ignored);
}

bool ListReader::openDevices(std::unique_ptr<QIODevice> main, std::unique_ptr<QIODevice> reread,
                             QString *error)
{
    if (!main->open(QIODevice::ReadOnly) || !reread->open(QIODevice::ReadOnly)) {
        *error = main->errorString();
        return false;
    }
    m_main = std::move(main);
    m_reread = std::move(reread);
    return true;
}

QString ListReader::urlTextAt(int line)
{
    // A line that many repeat (a list of one URL a million times) is read again once, not once
    // per repeat; the texts remembered are bounded.
    const auto known = m_rereadTexts.constFind(line);
    if (known != m_rereadTexts.cend())
        return *known;
    const size_t checkpoint = size_t(line - 1) / checkpointLines;
    Cursor cursor(m_reread.get(), m_checkpoints[checkpoint], int(checkpoint) * checkpointLines);
    QByteArrayView bytes;
    while (cursor.next(&bytes)) {
        if (cursor.line() == line) {
            QStringView content;
            const QString text = contentOf(bytes, &content);
            const QString url = UrlList::urlTextOf(content).toString();
            if (m_rereadTexts.size() >= rememberedTexts)
                m_rereadTexts.clear();
            m_rereadTexts.insert(line, url);
            return url;
        }
    }
    return {};
}

qint64 ListReader::scan(const std::function<void(const UrlList::Duplicate &)> &duplicate)
{
    m_entries = 0;
    m_duplicates = 0;
    m_checkpoints.clear();
    m_repeats.clear();
    m_fingerprints.clear();
    m_rereadTexts.clear();
    if (!m_main)
        return 0;
    // Counting the line breaks first (a fraction of the pass) sizes the set once, at 10 bytes a
    // line, instead of growing it into up to twice that.
    qint64 breaks = 0;
    m_main->seek(0);
    for (QByteArray chunk = m_main->read(1 << 20); !chunk.isEmpty(); chunk = m_main->read(1 << 20))
        breaks += chunk.count('\n');
    m_fingerprints.reserve(breaks + 1);
    Cursor cursor(m_main.get(), 0, 0);
    QByteArrayView bytes;
    while (cursor.next(&bytes)) {
        const int line = cursor.line();
        if ((line - 1) % checkpointLines == 0)
            m_checkpoints.push_back(cursor.lineOffset());
        QStringView content;
        const QString text = contentOf(bytes, &content);
        if (content.isEmpty())
            continue;
        const QStringView urlText = UrlList::urlTextOf(content);
        const int first = m_fingerprints.findOrInsert(
            qHash(urlText, hashSeed), line,
            [this, urlText](int earlier) { return urlTextAt(earlier) == urlText; });
        if (first == 0) {
            ++m_entries;
            continue;
        }
        ++m_duplicates;
        if (m_repeats.size() <= size_t(line))
            m_repeats.resize(std::max<size_t>(size_t(line) + 1, m_repeats.size() * 2));
        m_repeats[size_t(line)] = true;
        if (duplicate)
            duplicate(UrlList::Duplicate{line, first});
    }
    // The second pass needs to know only which lines repeat.
    m_fingerprints.clear();
    m_rereadTexts.clear();
    std::vector<qint64>().swap(m_checkpoints);
    rewind();
    return m_entries;
}

void ListReader::rewind()
{
    m_cursor = m_main ? std::make_unique<Cursor>(m_main.get(), 0, 0) : nullptr;
}

bool ListReader::next(UrlList::Entry *entry)
{
    if (!m_cursor)
        return false;
    QByteArrayView bytes;
    while (m_cursor->next(&bytes)) {
        const int line = m_cursor->line();
        if (size_t(line) < m_repeats.size() && m_repeats[size_t(line)])
            continue;
        QStringView content;
        const QString text = contentOf(bytes, &content);
        if (content.isEmpty())
            continue;
        *entry = UrlList::readLine(line, content);
        return true;
    }
    return false;
}
