#pragma once

#include <QDateTime>
#include <QObject>

#include "startwait.h"

class QWidget;
class SummaryBar;

// The window's "Start at…": asks for a time (HH:MM, the next such moment, or an RFC 3339
// time, as --start-at takes them), shows the wait in the summary bar with a button to cancel
// it, and says when the time has come (the window then starts the rows that wait for Start).
class ScheduledStart final : public QObject
{
    Q_OBJECT

public:
    ScheduledStart(SummaryBar *bar, QObject *parent = nullptr);

    // Asks for the time in a dialog over `parent`; a cancelled dialog changes nothing.
    void ask(QWidget *parent);
    void schedule(const QDateTime &at);
    void cancel();
    bool isWaiting() const { return m_wait.isWaiting(); }

Q_SIGNALS:
    void due();
    // What rows waiting for Start say meanwhile ("Queued — starts at 21:00"); empty once the
    // wait is over or cancelled.
    void queuedNoteChanged(const QString &note);

private:
    void show(qint64 msLeft);
    QString when() const; // the time it waits for, as the user's locale writes it

    SummaryBar *m_bar;
    StartWait m_wait;
};
