#include "headless.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

#include "headlessinputs.h"
#include "interruptsignals.h"
#include "listline.h"
#include "scheduleditem.h"
#include "urllist.h"

int Headless::main(const QStringList &arguments)
{
    QString error;
    std::optional<int> exitNow;
    const std::optional<Settings> settings = HeadlessOptions::parse(arguments, &error, &exitNow);
    if (exitNow)
        return *exitNow;
    auto usage = [](const QString &message) {
        std::fprintf(stderr, "fanout: %s\nTry 'fanout --help'.\n", qPrintable(message));
        return 2;
    };
    if (!settings)
        return usage(error);

    std::optional<HeadlessInputs> inputs = HeadlessInputs::prepare(*settings, &error);
    if (!inputs)
        return usage(error);

    Headless runner(inputs->settings);
    if (!runner.m_automation->open(&error))
        return usage(error);
    int status = 1;
    QObject::connect(&runner, &Headless::finished, qApp, [&status](int exitStatus) {
        status = exitStatus;
        QCoreApplication::exit(exitStatus);
    });
    // Ctrl+C or SIGTERM: cancel the batch and still write the CSV and the summary.
    InterruptSignals interrupts;
    QObject::connect(&interrupts, &InterruptSignals::interrupted, &runner, &Headless::interrupt);
    runner.run(std::move(inputs->list), inputs->resumed ? &*inputs->resumed : nullptr);
    if (!runner.m_ended)
        QCoreApplication::exec();
    return status;
}

Headless::Headless(Settings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_progressTimer(this), m_startWait(this),
      m_err(stderr)
{
    m_errIsTerminal = ::isatty(STDERR_FILENO);
    m_progress = std::make_unique<ProgressLine>(&m_err, m_errIsTerminal);
    m_automation = std::make_unique<BatchAutomation>(
        m_settings.automation, m_settings.engine.maxInFlight, m_settings.engine.outputDir, &m_err);
    connect(m_automation.get(), &BatchAutomation::hooksIdle, this, &Headless::feed);
    m_progressTimer.setInterval(m_errIsTerminal ? 250 : 2000);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { printProgress(false); });
    connect(&m_startWait, &StartWait::tick, this, [this](qint64 msLeft) {
        if (!m_settings.quiet)
            m_progress->printWait(m_startWait.at(), msLeft, m_total);
    });
    connect(&m_startWait, &StartWait::due, this, &Headless::startNow);
}

Headless::~Headless() = default;

void Headless::run(std::unique_ptr<ListReader> list, const SessionJournal::Session *resumed)
{
    m_clock.start();
    m_list = std::move(list);
    m_resumed = resumed;
    // A hostile list must not turn into megabytes of warnings: the first few, then a count.
    constexpr int shownDuplicates = 10;
    int shown = 0;
    m_total = int(m_list->scan([this, &shown](const UrlList::Duplicate &duplicate) {
        if (shown++ < shownDuplicates)
            m_err << QStringLiteral("fanout: line %1 repeats line %2; fetched once\n")
                         .arg(duplicate.line)
                         .arg(duplicate.firstLine);
    }));
    if (m_list->duplicateCount() > shownDuplicates)
        m_err << QStringLiteral("fanout: ... and %1 more repeated lines\n")
                     .arg(m_list->duplicateCount() - shownDuplicates);
    if (!m_settings.automation.shard.isWhole())
        m_total = int(m_settings.automation.shard.countIn(m_list.get()));
    if (!m_settings.sessionPath.isEmpty())
        openJournal();
    if (!m_settings.csvPath.isEmpty()) {
        m_csv = std::make_unique<OrderedCsvWriter>();
        m_csv->setHookColumn(m_automation->hookColumn());
        m_csv->open(m_settings.csvPath); // a failure is told at the end, as before
    }
    if (!m_settings.failedListPath.isEmpty()) {
        m_failedList = std::make_unique<FailedList>();
        QString error;
        if (!m_failedList->open(m_settings.failedListPath, &error))
            m_err << QStringLiteral("fanout: %1\n").arg(error); // and again at the end
    }
    m_settings.engine.streaming = true;
    m_settings.engine.reportMoments = !m_settings.automation.eventsPath.isEmpty();
    m_lookAhead = std::max(1024, 64 * m_settings.engine.maxInFlight);
    if (m_total == 0) {
        m_err << QStringLiteral("fanout: no URLs in the input\n");
        m_err.flush();
        finishRun();
        return;
    }
    if (m_settings.automation.startAt.isValid()) {
        m_startWait.start(m_settings.automation.startAt);
        return;
    }
    if (!m_settings.quiet)
        m_progressTimer.start();
    feed();
}

void Headless::startNow()
{
    m_startWait.cancel();
    m_clock.start(); // the batch's time starts now
    if (!m_settings.quiet) {
        m_progress->clear();
        m_progressTimer.start();
    }
    feed();
}

void Headless::openJournal()
{
    QString error;
    m_journal = std::make_unique<SessionJournal>();
    bool opened = false;
    if (m_resumed) {
        // Rewritten with the latest result of each item: resuming again and again does not
        // grow it.
        opened = SessionJournal::compact(m_settings.sessionPath, *m_resumed, &error) &&
                 m_journal->openForAppend(m_settings.sessionPath, &error);
    } else {
        SessionJournal::Session fresh;
        fresh.outputDir = QFileInfo(m_settings.engine.outputDir).absoluteFilePath();
        fresh.checkOnly = m_settings.engine.checkOnly;
        opened = m_journal->create(m_settings.sessionPath, fresh, &error, [this](QString *line) {
            UrlList::Entry entry;
            do {
                if (!m_list->next(&entry))
                    return false;
            } while (!m_settings.automation.shard.contains(entry.text));
            // Credentials never reach the journal.
            *line = ListLine::of(entry);
            return true;
        });
        m_list->rewind();
    }
    if (!opened) {
        m_err << QStringLiteral("fanout: %1\n").arg(error);
        m_journal.reset();
    }
}

void Headless::feed()
{
    m_feedPending = false;
    if (m_done || m_startWait.isWaiting())
        return;
    // A slice at a time, so that signals and Ctrl+C are heard while a million junk lines go.
    constexpr int slice = 16384;
    QList<UrlList::Entry> toRun;
    QStringList resumeNames;
    QList<int> positions;
    int handled = 0;
    UrlList::Entry entry;
    // Items whose hook has not ended count as outstanding: slow hooks hold the list back.
    const int hooks = m_automation->pendingHooks();
    while (!m_listDone && handled < slice && m_outstanding + hooks + toRun.size() < m_lookAhead) {
        if (!m_list->next(&entry)) {
            m_listDone = true;
            break;
        }
        ++handled;
        if (!m_settings.automation.shard.contains(entry.text))
            continue;
        const int index = m_nextIndex++;
        m_automation->added(index, entry);
        // What a resumed session already finished stays finished: only the rest runs again.
        const Result done = m_resumed ? m_resumed->results.value(index) : Result();
        if (done.isOk() && (m_settings.engine.checkOnly || QFileInfo::exists(done.file))) {
            Result carried = done;
            carried.skipped = true;
            deliver(index, carried, false);
            continue;
        }
        // What the engine would make of an invalid line, or of one cancelled before it started.
        if (!entry.valid || !m_stopDetail.isEmpty()) {
            const ScheduledItem item = ScheduledItem::fromEntry(0, entry, {});
            const Result result =
                entry.valid ? item.result(Outcome::Cancelled, ErrorKind::Cancelled, m_stopDetail, 0)
                            : item.result(Outcome::Invalid, ErrorKind::Invalid, entry.reason, 0);
            if (m_failedList)
                m_failedList->add(entry, result);
            deliver(index, result);
            continue;
        }
        toRun.append(std::move(entry));
        resumeNames.append(m_resumed ? m_resumed->parts.value(index) : QString());
        positions.append(index);
    }
    if (!toRun.isEmpty()) {
        if (!m_engine) {
            m_engine = std::make_unique<Engine>(m_settings.engine);
            connect(m_engine.get(), &Engine::itemMoments, this,
                    [this](const QList<ItemUpdate> &moments) {
                        m_automation->apply(moments, m_indexOf);
                    });
            connect(m_engine.get(), &Engine::itemsChanged, this, &Headless::onItemsChanged);
            connect(m_engine.get(), &Engine::itemsFinished, this, &Headless::onItemsFinished);
            m_engine->start();
        }
        const QList<ItemId> ids = m_engine->add(toRun, resumeNames);
        for (qsizetype k = 0; k < ids.size(); ++k) {
            m_indexOf.insert(ids[k], positions[k]);
            if (m_failedList)
                m_entryOf.insert(ids[k], toRun[k]);
        }
        m_outstanding += int(ids.size());
    }
    m_automation->flush();
    if (m_listDone && m_outstanding == 0 && m_automation->pendingHooks() == 0) {
        finishRun();
    } else if (!m_listDone && handled == slice && !m_feedPending) {
        m_feedPending = true;
        QMetaObject::invokeMethod(this, &Headless::feed, Qt::QueuedConnection);
    }
}

void Headless::interrupt()
{
    if (++m_interrupts == 1 && !m_done) {
        m_err << QStringLiteral("\nfanout: interrupted, cancelling (again to quit now)\n");
        m_err.flush();
        m_stopDetail = QStringLiteral("cancelled by user");
        if (m_engine)
            m_engine->cancelAll();
        m_startWait.cancel(); // a batch that waits for its start time ends cancelled
        feed();
        return;
    }
    // Again: running hooks are killed, queued ones dropped; the end follows at once.
    m_listDone = true;
    m_automation->stopHooks();
    finishRun();
}

void Headless::onItemsChanged(const QList<ItemUpdate> &updates)
{
    m_automation->apply(updates, m_indexOf);
    for (const ItemUpdate &update : updates) {
        m_progress->itemChanged(update);
        if (m_journal && !update.file.isEmpty()) {
            const int index = m_indexOf.value(update.id, -1);
            if (index >= 0 && m_partsRecorded.value(index) != update.file) {
                m_partsRecorded.insert(index, update.file);
                m_journal->recordPart(index, update.file);
            }
        }
    }
}

void Headless::onItemsFinished(const QList<Result> &results)
{
    for (const Result &result : results) {
        m_progress->itemFinished(result.id, result.bytes);
        const int index = m_indexOf.take(result.id);
        m_partsRecorded.remove(index);
        --m_outstanding;
        // Only a stop of the whole batch (the deadline, fail-fast; Ctrl+C sets its own) cancels
        // an item here: the rest of the list ends the same way without a trip to the engine.
        if (result.outcome == Outcome::Cancelled && m_stopDetail.isEmpty())
            m_stopDetail = result.errorDetail;
        if (m_failedList)
            m_failedList->add(m_entryOf.take(result.id), result);
        deliver(index, result);
    }
    feed();
}

void Headless::deliver(qint64 index, const Result &result, bool journal)
{
    // The item hook runs for what this run did: not for a result carried from the session, nor
    // for an item the stopped batch cancelled before it started.
    const bool runHook = journal && (result.outcome != Outcome::Cancelled || result.attempts > 0);
    m_automation->itemDone(index, result, runHook, [this, index](const Result &withHook) {
        if (m_csv)
            m_csv->add(index, withHook);
    });
    if (result.politeWaitMs > 0) {
        m_politeMs += result.politeWaitMs;
        ++m_politeItems;
    }
    if (m_journal && journal)
        m_journal->recordResult(int(index), result);
    if (result.isOk()) {
        ++m_ok;
        return;
    }
    ++m_failed;
    if (result.outcome != Outcome::Cancelled)
        m_progress->printFailure(result, !m_settings.quiet);
}

void Headless::printProgress(bool final)
{
    m_progress->print(m_ok, m_failed, m_total, m_clock.elapsed(), final);
}

void Headless::finishRun()
{
    if (m_done)
        return;
    m_done = true;
    m_progressTimer.stop();
    m_startWait.cancel();
    const qint64 elapsedMs = m_clock.elapsed();
    if (!m_settings.quiet && m_total > 0)
        printProgress(true);
    int status = (m_ok == m_total) ? 0 : 1;
    QString csvWritten;
    if (m_csv) {
        QString error;
        if (!m_csv->commit(&error)) {
            m_err << QStringLiteral("fanout: %1\n").arg(error);
            status = 1;
        } else {
            csvWritten = m_settings.csvPath;
        }
    }
    if (m_politeItems > 0)
        m_err << QStringLiteral("fanout: %1 items waited %2 ms in all for their hosts' limits "
                                "(per item: polite_wait_ms in the CSV)\n")
                     .arg(m_politeItems)
                     .arg(m_politeMs);
    if (m_journal)
        m_journal->sync();
    if (m_failedList) {
        // A second Ctrl+C leaves items unfinished: they are not ok either.
        Result unfinished;
        unfinished.outcome = Outcome::Cancelled;
        for (const UrlList::Entry &entry : std::as_const(m_entryOf))
            m_failedList->add(entry, unfinished);
        QString error;
        if (!m_failedList->commit(&error)) {
            m_err << QStringLiteral("fanout: %1\n").arg(error);
            status = 1;
        } else if (m_failedList->count() > 0) {
            m_err << QStringLiteral("fanout: %1 not ok, written to %2 (run them again with "
                                    "fanout --headless %2)\n")
                         .arg(m_failedList->count())
                         .arg(m_settings.failedListPath);
        }
    }
    m_err.flush();
    // A hook's exit status never changes the batch's.
    m_automation->batchDone(csvWritten, m_total, m_ok, elapsedMs,
                            [this, status, elapsedMs] { endRun(status, elapsedMs); });
}

void Headless::endRun(int status, qint64 elapsedMs)
{
    // With the event stream on standard output, the summary goes to standard error.
    FILE *out = m_settings.automation.eventsPath == QLatin1String("-") ? stderr : stdout;
    std::fprintf(out, "Total: %d | OK: %d | Failed: %d | Time: %lld ms\n", m_total, m_ok,
                 m_total - m_ok, static_cast<long long>(elapsedMs));
    std::fflush(out);
    m_ended = true;
    // The engine goes with the runner, after the event loop: deleting it here would free it
    // in the middle of delivering its own idle() signal.
    Q_EMIT finished(status);
}
