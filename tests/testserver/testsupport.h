#pragma once

// Small helpers the test suites share: what a folder holds, a file's SHA-256, and a strict CSV
// reader written independently of CsvWriter. Header-only, Qt Core only.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QStringList>

#include <utility>

namespace TestSupport {

// Every file below `dir` (hidden ones too), as paths relative to it, sorted.
inline QStringList filesIn(const QString &dir)
{
    QStringList names;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(dir).relativeFilePath(it.next()));
    names.sort();
    return names;
}

// Lower-case hex; empty when the file cannot be read.
inline QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// A strict RFC 4180 reader, written independently of the writer so a round trip proves the
// output is readable and not merely self-consistent. Fails (returns false) on anything that is
// not RFC 4180: a bare CR or LF, a quote inside an unquoted field, text after a closing quote.
inline bool readCsv(const QString &text, QList<QStringList> *rows)
{
    QStringList row;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return false;
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                if (text[i] == u'"')
                    return false;
                field += text[i++];
            }
        }
        if (i < n && text[i] == u',') {
            row.append(std::exchange(field, QString()));
            ++i;
            continue;
        }
        if (i + 1 < n && text[i] == u'\r' && text[i + 1] == u'\n') {
            row.append(std::exchange(field, QString()));
            rows->append(std::exchange(row, QStringList()));
            i += 2;
            continue;
        }
        return false; // end of data without CRLF, or a bare CR/LF
    }
    return row.isEmpty() && field.isEmpty();
}

// The rows of a CSV file; empty when it cannot be read or is not RFC 4180.
inline QList<QStringList> readCsvFile(const QString &path)
{
    QFile file(path);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly) || !readCsv(QString::fromUtf8(file.readAll()), &rows))
        return {};
    return rows;
}

} // namespace TestSupport
