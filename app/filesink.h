#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QString>

class NameReservations;

// Where one response body goes: streamed into "<name>.part" inside the output folder while its
// SHA-256 is computed, checked against the expected length, then renamed into place without
// ever replacing an existing file. In check mode it only counts and hashes.
class FileSink final
{
public:
    FileSink(NameReservations *names, QString dir, bool checkOnly);
    ~FileSink();
    FileSink(const FileSink &) = delete;
    FileSink &operator=(const FileSink &) = delete;

    // Reserves a free name for `wantedName` (already a safe bare name) and creates its part file.
    bool open(const QString &wantedName, QString *error);
    bool write(const char *data, qint64 size, QString *error);
    // Closes, checks the byte count (expected < 0: unknown) and renames the part file into place.
    bool commit(qint64 expected, QString *error);
    // Closes and deletes the part file, releasing the name. Safe to call more than once.
    void discard();

    bool isOpen() const { return m_open; }
    qint64 bytes() const { return m_bytes; }
    QString name() const { return m_name; }     // the final bare name
    QString filePath() const;                    // absolute path of the committed file
    QByteArray sha256Hex() const;

private:
    NameReservations *m_names;
    QString m_dir;
    bool m_checkOnly;
    bool m_open = false;
    bool m_committed = false;
    QString m_wantedName;
    QString m_name;
    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_bytes = 0;
};
