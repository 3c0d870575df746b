#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QTextStream>

#include "itemupdate.h"
#include "result.h"

// The headless mode's progress line on standard error: items done, bytes and speed, redrawn in
// place on a terminal and one line at a time otherwise. It keeps the bytes of every item not
// finished yet, those waiting to retry included (their part stays on disk and is continued).
class ProgressLine final
{
public:
    ProgressLine(QTextStream *err, bool terminal) : m_err(err), m_terminal(terminal) {}

    void itemChanged(const ItemUpdate &update);
    void itemFinished(ItemId id, qint64 bytes);
    // Before a message of its own on a terminal: the line is wiped first.
    void clear();
    void print(int ok, int failed, int total, qint64 elapsedMs, bool final);
    // Instead of the counts, while the batch waits for its start time: redrawn every second on
    // a terminal, a line a minute in a log.
    void printWait(const QDateTime &at, qint64 msLeft, int items);
    // A line for an item that ended not ok (`wipe`: the progress line is shown, wipe it first).
    void printFailure(const Result &result, bool wipe);

private:
    QTextStream *m_err;
    bool m_terminal;
    QHash<ItemId, qint64> m_unfinishedBytes;
    QSet<ItemId> m_active;
    qint64 m_finishedBytes = 0;
    qint64 m_lastBytes = 0;
    qint64 m_lastBytesAtMs = 0;
    qint64 m_waitToldMinute = -1;
};
