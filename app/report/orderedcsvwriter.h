#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QTemporaryFile>

#include <map>
#include <memory>
#include <vector>

#include "result.h"

// Streams results to a CSV (CsvWriter's columns) in list order while they finish in any order:
// a row is written as soon as every earlier one is, so memory holds only the rows that finished
// ahead of an unfinished earlier one; when those pass a bound they go to a temporary file beside
// the CSV, in sorted runs merged back as the gap closes. The CSV replaces the old one only at
// commit() (QSaveFile), so a reader never sees a half-written file.
class OrderedCsvWriter final
{
public:
    static constexpr qint64 defaultHoldBytes = 4 * 1024 * 1024;

    explicit OrderedCsvWriter(qint64 holdBytes = defaultHoldBytes);
    ~OrderedCsvWriter();

    // Adds the trailing `hook` column (CsvWriter::header(true)); before open().
    void setHookColumn(bool on) { m_hookColumn = on; }
    // Starts the CSV at `path` (header written). On failure, the error also comes back from
    // commit().
    bool open(const QString &path, QString *error = nullptr);
    // The result of the item at `index` (from 0, each index once).
    void add(qint64 index, const Result &result);
    // Writes what is still held, in order (indexes never given are left out), and replaces the
    // file. False with *error naming the path when anything failed.
    bool commit(QString *error = nullptr);

    qint64 nextIndex() const { return m_next; }
    qint64 heldRows() const { return qint64(m_held.size()); }
    qint64 heldBytes() const { return m_heldBytes; }
    qint64 spilledRows() const { return m_spilledRows; }

private:
    struct Run
    {
        qint64 pos = 0; // next record in the spill file
        qint64 end = 0;
        qint64 index = -1; // the head record's index, -1 when the run is used up
        QByteArray row;    // the head record's row
        QByteArray buffer;
        qsizetype bufferPos = 0;
    };
    void flush(bool all);
    void spill();
    bool readHead(Run &run);
    bool readBytes(Run &run, char *out, qint64 size);
    void write(const QByteArray &row);
    void fail(const QString &why);

    qint64 m_holdBytes;
    bool m_hookColumn = false;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QTemporaryFile> m_spill;
    std::map<qint64, QByteArray> m_held;
    std::vector<Run> m_runs;
    qint64 m_heldBytes = 0;
    qint64 m_spilledRows = 0;
    qint64 m_next = 0;
    QString m_error;
};
