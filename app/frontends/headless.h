#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <optional>

#include "batchautomation.h"
#include "engine.h"
#include "failedlist.h"
#include "headlessoptions.h"
#include "listreader.h"
#include "orderedcsvwriter.h"
#include "progressline.h"
#include "sessionjournal.h"
#include "startwait.h"

// `fanout --headless`: reads a URL list, runs the batch on the same Engine the window uses,
// prints progress to standard error and the summary to standard output, writes the CSV. The
// command line is HeadlessOptions'. Memory follows what is in flight, not the list's length: the
// list is read as the engine drains (a bounded look-ahead), results stream to the CSV in list
// order, and the engine forgets what finished (EngineOptions::streaming).
// Exit status: 0 when every item is ok, 1 when any is not, 2 for a usage error.
class Headless final : public QObject
{
    Q_OBJECT

public:
    using Settings = HeadlessSettings;

    // Runs the whole thing in the current QCoreApplication; returns the exit status.
    static int main(const QStringList &arguments);

    explicit Headless(Settings settings, QObject *parent = nullptr);
    ~Headless() override;

    // Starts the batch from the list (and, when resuming, the session it continues, which must
    // outlive the run); finished() carries the exit status.
    void run(std::unique_ptr<ListReader> list, const SessionJournal::Session *resumed = nullptr);
    void interrupt(); // first call cancels everything, second one also gives up waiting

Q_SIGNALS:
    void finished(int exitStatus);

private:
    void onItemsChanged(const QList<ItemUpdate> &updates);
    void onItemsFinished(const QList<Result> &results);
    void openJournal();
    void feed();
    // --start-at: at the time, the batch starts.
    void startNow();
    // One item's result, in any order: counted, journaled (unless carried from the session),
    // told when it failed, and put in the CSV.
    void deliver(qint64 index, const Result &result, bool journal = true);
    // The end: once the item hooks are over, the CSV, then the batch hook and the summary.
    void finishRun();
    void endRun(int status, qint64 elapsedMs);
    void printProgress(bool final);

    Settings m_settings;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ListReader> m_list;
    const SessionJournal::Session *m_resumed = nullptr;
    std::unique_ptr<OrderedCsvWriter> m_csv;
    QHash<ItemId, int> m_indexOf;        // engine id -> position in the list, while unfinished
    QHash<int, QString> m_partsRecorded; // the same
    std::unique_ptr<SessionJournal> m_journal;
    std::unique_ptr<FailedList> m_failedList; // --failed-list
    QHash<ItemId, UrlList::Entry> m_entryOf;  // the same, while unfinished (--failed-list)
    int m_lookAhead = 1024; // items handed to the engine and not finished, at most
    int m_nextIndex = 0;    // the position of the next entry read from the list
    int m_outstanding = 0;  // handed to the engine, not finished
    bool m_listDone = false;
    bool m_feedPending = false;
    // Why the batch stopped (Ctrl+C, the deadline, fail-fast): what is left of the list ends
    // cancelled with it.
    QString m_stopDetail;
    qint64 m_politeMs = 0;
    int m_politeItems = 0;
    int m_total = 0; // entries in the list
    int m_ok = 0;
    int m_failed = 0;
    int m_interrupts = 0;
    QElapsedTimer m_clock;
    QTimer m_progressTimer;
    StartWait m_startWait; // --start-at
    QTextStream m_err;
    bool m_errIsTerminal = false;
    std::unique_ptr<ProgressLine> m_progress;
    std::unique_ptr<BatchAutomation> m_automation;
    bool m_done = false;  // the end has begun: nothing more is fed
    bool m_ended = false; // finished() was emitted
};
