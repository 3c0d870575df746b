#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>

#include <deque>
#include <functional>

#include "hookoutcome.h"
#include "result.h"

class QProcess;

// Runs the user's hooks (--on-item-done, --on-batch-done, the window's same settings): each is
// `/bin/sh -c COMMAND` in a folder, with the facts only in its environment (never spliced into
// the command text), at most `maxParallel` at once (the rest wait their turn), each killed with
// its whole process group at the timeout. Its output goes to our standard error, so it never
// mixes with an event stream or the summary on standard output. Lives in the caller's thread,
// never the engine's; never blocks.
class HookRunner final : public QObject
{
    Q_OBJECT

public:
    using Facts = QList<QPair<QString, QString>>;
    // Told once per hook, how it ended (HookOutcome::text() gives the headless mode's words).
    using Done = std::function<void(const HookOutcome &outcome)>;

    HookRunner(int maxParallel, int timeoutMs, QObject *parent = nullptr);
    ~HookRunner() override;

    void run(const QString &command, const QString &folder, const Facts &facts, Done done);
    // Queued and running hooks.
    int pending() const { return int(m_queue.size()) + m_running; }
    // Kills every running hook and drops the queued ones (each is told Cancelled).
    void stopAll();

    // The item hook's facts: FANOUT_URL, FANOUT_FINAL_URL, FANOUT_OUTCOME, FANOUT_ERROR,
    // FANOUT_HTTP_STATUS, FANOUT_BYTES, FANOUT_FILE, FANOUT_SHA256, FANOUT_ATTEMPTS. The URLs are
    // the result's, credentials already removed.
    static Facts itemFacts(const Result &result);
    // The batch hook's: FANOUT_CSV (empty without one), FANOUT_TOTAL, FANOUT_OK, FANOUT_FAILED,
    // FANOUT_ELAPSED_MS.
    static Facts batchFacts(const QString &csvPath, qint64 total, qint64 ok, qint64 elapsedMs);

Q_SIGNALS:
    // Nothing queued or running any more.
    void idle();

private:
    struct Job
    {
        QString command;
        QString folder;
        Facts facts;
        Done done;
    };
    void startNext();
    void start(Job job);

    int m_maxParallel;
    int m_timeoutMs;
    int m_running = 0;
    std::deque<Job> m_queue;
    QList<QProcess *> m_processes; // running, owned by this
    QProcessEnvironment m_base;    // ours, without FANOUT_* variables
};
