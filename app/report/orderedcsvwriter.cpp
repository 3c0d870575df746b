#include "orderedcsvwriter.h"

#include <QFileInfo>

#include <cstring>

#include "csvwriter.h"

namespace {
constexpr qint64 runBufferBytes = 64 * 1024;
constexpr int recordHeader = int(sizeof(qint64) + sizeof(qint32));
} // namespace

OrderedCsvWriter::OrderedCsvWriter(qint64 holdBytes) : m_holdBytes(holdBytes) {}

OrderedCsvWriter::~OrderedCsvWriter()
{
    if (m_file)
        m_file->cancelWriting();
}

bool OrderedCsvWriter::open(const QString &path, QString *error)
{
    m_path = path;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(m_file->errorString());
        m_file.reset();
    } else {
        write(CsvWriter::line(CsvWriter::header(m_hookColumn)).toUtf8());
    }
    if (error)
        *error = m_error;
    return m_error.isEmpty();
}

void OrderedCsvWriter::add(qint64 index, const Result &result)
{
    if (!m_file)
        return; // failed already: commit() says so, and nothing piles up meanwhile
    QByteArray row = CsvWriter::line(CsvWriter::row(result, m_hookColumn)).toUtf8();
    if (index == m_next && m_held.empty() && m_runs.empty()) {
        write(row);
        ++m_next;
        return;
    }
    m_heldBytes += row.size() + qint64(sizeof(qint64)) * 4; // the map node too
    m_held.emplace(index, std::move(row));
    flush(false);
    if (m_heldBytes > m_holdBytes && m_error.isEmpty())
        spill();
}

void OrderedCsvWriter::flush(bool all)
{
    for (;;) {
        // The lowest index held in memory or at the head of a run.
        qint64 lowest = m_held.empty() ? -1 : m_held.begin()->first;
        Run *from = nullptr;
        for (Run &run : m_runs) {
            if (run.index >= 0 && (lowest < 0 || run.index < lowest)) {
                lowest = run.index;
                from = &run;
            }
        }
        if (lowest < 0 || (!all && lowest != m_next))
            return;
        if (from) {
            write(from->row);
            if (!readHead(*from))
                m_runs.erase(m_runs.begin() + (from - m_runs.data()));
        } else {
            auto it = m_held.begin();
            m_heldBytes -= it->second.size() + qint64(sizeof(qint64)) * 4;
            write(it->second);
            m_held.erase(it);
        }
        m_next = lowest + 1;
    }
}

void OrderedCsvWriter::spill()
{
    if (!m_spill) {
        const QFileInfo csv(m_path);
        m_spill = std::make_unique<QTemporaryFile>(csv.absolutePath() + QLatin1String("/.") +
                                                   csv.fileName() + QLatin1String(".rows-XXXXXX"));
        if (!m_spill->open()) {
            fail(QStringLiteral("cannot hold rows in %1: %2")
                     .arg(m_spill->fileName(), m_spill->errorString()));
            m_spill.reset();
            return;
        }
    }
    Run run;
    run.pos = m_spill->size();
    QByteArray block;
    for (const auto &[index, row] : m_held) {
        const qint32 size = qint32(row.size());
        block.append(reinterpret_cast<const char *>(&index), sizeof index);
        block.append(reinterpret_cast<const char *>(&size), sizeof size);
        block.append(row);
        if (block.size() >= runBufferBytes) {
            m_spill->seek(m_spill->size());
            m_spill->write(block);
            block.clear();
        }
    }
    m_spill->seek(m_spill->size());
    if (m_spill->write(block) != block.size() || !m_spill->flush()) {
        fail(QStringLiteral("cannot hold rows in %1: %2")
                 .arg(m_spill->fileName(), m_spill->errorString()));
        return; // the rows stay in memory
    }
    m_spilledRows += qint64(m_held.size());
    run.end = m_spill->size();
    m_held.clear();
    m_heldBytes = 0;
    if (readHead(run))
        m_runs.push_back(std::move(run));
}

bool OrderedCsvWriter::readBytes(Run &run, char *out, qint64 size)
{
    while (size > 0) {
        if (run.bufferPos >= run.buffer.size()) {
            if (run.pos >= run.end || !m_spill->seek(run.pos))
                return false;
            run.buffer = m_spill->read(std::min(runBufferBytes, run.end - run.pos));
            run.bufferPos = 0;
            run.pos += run.buffer.size();
            if (run.buffer.isEmpty())
                return false;
        }
        const qint64 n = std::min<qint64>(size, run.buffer.size() - run.bufferPos);
        std::memcpy(out, run.buffer.constData() + run.bufferPos, size_t(n));
        run.bufferPos += n;
        out += n;
        size -= n;
    }
    return true;
}

bool OrderedCsvWriter::readHead(Run &run)
{
    run.index = -1;
    run.row.clear();
    char header[recordHeader];
    if (!readBytes(run, header, recordHeader)) {
        run.buffer.clear(); // a used-up run keeps nothing
        return false;
    }
    qint64 index = 0;
    qint32 size = 0;
    std::memcpy(&index, header, sizeof index);
    std::memcpy(&size, header + sizeof index, sizeof size);
    run.row.resize(size);
    if (!readBytes(run, run.row.data(), size)) {
        fail(QStringLiteral("cannot read back rows from %1").arg(m_spill->fileName()));
        return false;
    }
    run.index = index;
    return true;
}

void OrderedCsvWriter::write(const QByteArray &row)
{
    if (m_file && m_file->write(row) != row.size()) {
        fail(m_file->errorString());
        m_file->cancelWriting();
        m_file.reset();
    }
}

void OrderedCsvWriter::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("cannot write %1: %2").arg(m_path, why);
}

bool OrderedCsvWriter::commit(QString *error)
{
    flush(true);
    m_runs.clear();
    m_spill.reset();
    if (m_file && !m_file->commit())
        fail(m_file->errorString());
    m_file.reset();
    if (error)
        *error = m_error;
    return m_error.isEmpty();
}
