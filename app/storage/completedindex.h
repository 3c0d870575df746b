#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

// What Fanout has already downloaded completely: file path, URL, size, modification time and
// SHA-256, appended to a file in the application's data folder (never the output folder). A
// re-run of the same list looks an item up here and, when the file is still there unchanged
// and its SHA-256 still matches, skips the download. Thread-safe: lanes look up and record.
class CompletedIndex final
{
public:
    struct Entry
    {
        QString path; // absolute
        QString url;  // redacted
        qint64 size = -1;
        qint64 mtimeMs = -1;
        QByteArray sha256; // hex
    };

    // `path` empty: no index (lookups find nothing, records go nowhere). Only the records of
    // `outputDir` are read into memory: the file holds every folder's, and grows.
    CompletedIndex(QString path, const QString &outputDir);
    static QString defaultPath(); // AppLocalDataLocation/completed-v1.tsv

    // The entry for this URL in this folder whose file is still there with the same size and
    // modification time (not yet re-hashed: the caller verifies the SHA-256).
    std::optional<Entry> find(const QString &dir, const QString &url);
    void record(Entry entry);

private:
    void loadLocked();
    void compactLocked(QFile &file);

    QString m_path;
    QString m_dir; // absolute, cleaned
    QMutex m_mutex;
    QFile m_appender; // opened on the first record, kept open: one write() per download
    bool m_loaded = false;
    QHash<QString, Entry> m_byKey; // dir + '\n' + url -> the latest entry
};
