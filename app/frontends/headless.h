#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <optional>

#include "engine.h"
#include "headlessoptions.h"
#include "sessionjournal.h"

// `fanout --headless`: reads a URL list, runs the batch on the same Engine the window uses,
// prints progress to standard error and the summary to standard output, writes the CSV. The
// command line is HeadlessOptions'.
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

    // Starts the batch from the list text (and, when resuming, the session it continues);
    // finished() carries the exit status.
    void run(const QString &listText, const SessionJournal::Session *resumed = nullptr);
    void interrupt(); // first call cancels everything, second one also gives up waiting

Q_SIGNALS:
    void finished(int exitStatus);

private:
    void onItemsChanged(const QList<ItemUpdate> &updates);
    void onItemsFinished(const QList<Result> &results);
    void onIdle();
    void printProgress(bool final);

    Settings m_settings;
    std::unique_ptr<Engine> m_engine;
    QMap<int, Result> m_results;  // by position in the list
    QHash<ItemId, int> m_indexOf; // engine id -> position in the list
    QHash<int, QString> m_partsRecorded;
    std::unique_ptr<SessionJournal> m_journal;
    QHash<ItemId, qint64> m_activeBytes;
    qint64 m_finishedBytes = 0;
    qint64 m_lastBytes = 0;
    qint64 m_lastBytesAtMs = 0;
    int m_total = 0;
    int m_ok = 0;
    int m_failed = 0;
    int m_interrupts = 0;
    QElapsedTimer m_clock;
    QTimer m_progressTimer;
    QTextStream m_err;
    bool m_errIsTerminal = false;
    bool m_done = false;
};
