#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>
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
        // The response's validators, for update mode's conditional GET (may be empty).
        QByteArray etag = {};
        QByteArray lastModified = {};
    };

    // `path` empty: no index (lookups find nothing, records go nowhere). Only the records of the
    // folders looked up are read into memory (the file holds every folder's, and grows):
    // `outputDir` first, any other folder when it is first looked up, so a batch whose folder
    // changes after the engine started (a resumed session, a new Settings folder) still finds
    // what was completed there.
    CompletedIndex(QString path, const QString &outputDir);
    static QString defaultPath(); // AppLocalDataLocation/completed-v1.tsv

    // The entry for this URL in this folder whose file is still there with the same size and
    // modification time (not yet re-hashed: the caller verifies the SHA-256).
    std::optional<Entry> find(const QString &dir, const QString &url);
    void record(Entry entry);

private:
    // Reads the records of `dir` (absolute, cleaned) unless it was read already.
    void ensureLoadedLocked(const QString &dir);
    void loadLocked(const QString &dir);
    void compactLocked(QFile &file);
    static qint64 compactAtOf(QFile &file);

    QString m_path;
    QString m_dir; // absolute, cleaned
    QMutex m_mutex;
    QFile m_appender; // opened on the first record, kept open: one write() per download
    bool m_compactChecked = false;
    QSet<QString> m_loadedDirs;
    QHash<QString, Entry> m_byKey; // dir + '\n' + url -> the latest entry
};
