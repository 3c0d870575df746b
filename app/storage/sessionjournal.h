#pragma once

#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

#include "result.h"

// A batch on disk, so that a crash, kill -9 or a power cut loses nothing: the list, the part
// file each item writes, and every item's result, appended as JSON lines as they happen.
// Append-only with fsync (every 200 ms and at the end) rather than SQLite: one writer, records
// that are never updated in place, a torn last line that is simply ignored on reading, and no
// new dependency; a reader needs nothing but a text editor. Keys are positions in the list.
class SessionJournal final : public QObject
{
    Q_OBJECT

public:
    struct Session
    {
        QString outputDir;
        bool checkOnly = false;
        QStringList lines;          // the list, one entry per line, in order
        QHash<int, QString> parts;  // index -> the name its part file has
        QHash<int, Result> results; // index -> the latest result
    };

    explicit SessionJournal(QObject *parent = nullptr);
    ~SessionJournal() override;

    static std::optional<Session> load(const QString &path, QString *error = nullptr);

    // Gives the next line of a list too long to hold (false at its end).
    using MoreLines = std::function<bool(QString *line)>;

    // Creates (or appends to) the journal. A new one gets its header and list (session.lines,
    // then what `more` gives), and the parts and results `session` already holds.
    bool create(const QString &path, const Session &session, QString *error,
                const MoreLines &more = {});
    // Rewrites the journal at `path` as `session` holds it: the latest result of each item and
    // the part files of the unfinished ones only, so that resuming again and again does not grow
    // it. Atomic: a crash leaves the old journal or the new one.
    static bool compact(const QString &path, const Session &session, QString *error);
    bool openForAppend(const QString &path, QString *error);
    void recordPart(int index, const QString &name);
    void recordResult(int index, const Result &result);
    void sync(); // flush and fsync now

private:
    static bool writeSession(QIODevice *out, const Session &session, const MoreLines &more,
                             bool compacted);
    void append(const QByteArray &line);
    void writeBlock(const QByteArray &block);

    QFile m_file;
    QTimer m_syncTimer;
    bool m_dirty = false;
};
