#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

// Writes a batch's events as JSON Lines (`--events FILE`, "-" for standard output): one object
// per line, each with "event" and "time" (RFC 3339, UTC, milliseconds). Events are collected
// and written at flush(), which the caller calls once per delivery of the engine, so a batch of
// small files costs one write per delivery instead of one per event. The schema is the README's
// ("Event stream"); `id` is the item's position in the list, from 1 (its CSV data row).
class EventStream final
{
public:
    EventStream() = default;
    ~EventStream();

    // "-" = standard output. False with *error naming the path when it cannot be written.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }

    void added(qint64 id, const QString &url, int line);
    void started(qint64 id, int attempt, const QString &url);
    void progress(qint64 id, qint64 received, qint64 total); // total -1 = unknown (null)
    // untilMs: wall-clock ms since the epoch; 0 = no known end (null).
    void waiting(qint64 id, const QString &reason, qint64 untilMs);
    void retry(qint64 id, int attempt, const QString &error, qint64 delayMs);
    // Every CSV column under its CSV name, with the CSV's text as the value.
    void finished(qint64 id, const QStringList &names, const QStringList &values);
    void batchFinished(qint64 total, qint64 ok, qint64 failed, qint64 elapsedMs);

    // Writes what is collected and flushes it to the file.
    void flush();

    // A JSON string literal (quotes included) for text; exposed for the tests.
    static void appendString(QByteArray *out, QStringView text);
    // RFC 3339 UTC with milliseconds: "2026-12-02T19:50:07.123Z".
    static QByteArray rfc3339(qint64 msecsSinceEpoch);

private:
    void begin(const char *event);
    void key(const char *name);
    void number(const char *name, qint64 value);
    void string(const char *name, QStringView value);
    void end();

    QFile m_file;
    QByteArray m_buffer;
    qint64 m_timeMs = -1; // the moment m_time names
    QByteArray m_time;
};
