#include "headless.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

#include "csvwriter.h"
#include "urllist.h"

namespace {
QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

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

    Settings effective = *settings;
    std::optional<SessionJournal::Session> resumed;
    if (!effective.sessionPath.isEmpty() && QFileInfo(effective.sessionPath).size() > 0) {
        resumed = SessionJournal::load(effective.sessionPath, &error);
        if (!resumed)
            return usage(error);
        // The session decides where files go and what the list is.
        effective.engine.outputDir = resumed->outputDir;
        effective.engine.checkOnly = resumed->checkOnly;
    }

    QByteArray listData;
    if (resumed && effective.listPath.isEmpty()) {
        listData = resumed->lines.join(QLatin1Char('\n')).toUtf8();
    } else if (effective.listPath.isEmpty() || effective.listPath == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usage(QStringLiteral("cannot read standard input"));
        listData = in.readAll();
    } else {
        QFile in(settings->listPath);
        if (!in.open(QIODevice::ReadOnly))
            return usage(
                QStringLiteral("cannot read %1: %2").arg(settings->listPath, in.errorString()));
        listData = in.readAll();
    }
    if (resumed && !effective.listPath.isEmpty()) {
        // LIST beside an existing session only brings back what the journal leaves out (the
        // credentials): it must be the same list.
        const QList<UrlList::Entry> given = UrlList::parse(QString::fromUtf8(listData)).entries();
        bool same = given.size() == resumed->lines.size();
        for (qsizetype i = 0; same && i < given.size(); ++i)
            same = UrlList::redactedText(given[i].text) ==
                   resumed->lines[i].section(QLatin1Char('\t'), 0, 0);
        if (!same)
            return usage(QStringLiteral("%1 is not the list of session %2")
                             .arg(effective.listPath, effective.sessionPath));
    }
    if (!effective.engine.checkOnly && !QDir().mkpath(effective.engine.outputDir))
        return usage(QStringLiteral("cannot create output folder %1")
                         .arg(QDir::toNativeSeparators(effective.engine.outputDir)));
    if (!effective.csvPath.isEmpty()) {
        const QFileInfo csv(effective.csvPath);
        if (csv.isDir() || !csv.absoluteDir().exists())
            return usage(
                QStringLiteral("cannot write --csv %1: no such folder").arg(effective.csvPath));
    }

    Headless runner(effective);
    int status = 1;
    QObject::connect(&runner, &Headless::finished, qApp, [&status](int exitStatus) {
        status = exitStatus;
        QCoreApplication::exit(exitStatus);
    });
    // Ctrl+C or SIGTERM: cancel the batch and still write the CSV and the summary.
    static int signalPipe[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> notifier;
    if (::pipe(signalPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &runner, [&runner] {
            char byte;
            if (::read(signalPipe[0], &byte, 1) == 1)
                runner.interrupt();
        });
        struct sigaction action = {};
        action.sa_handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] auto n = ::write(signalPipe[1], &byte, 1);
        };
        ::sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
    }
    runner.run(QString::fromUtf8(listData), resumed ? &*resumed : nullptr);
    if (!runner.m_done)
        QCoreApplication::exec();
    return status;
}

Headless::Headless(Settings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_progressTimer(this), m_err(stderr)
{
    m_errIsTerminal = ::isatty(STDERR_FILENO);
    m_progressTimer.setInterval(m_errIsTerminal ? 250 : 2000);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { printProgress(false); });
}

Headless::~Headless() = default;

void Headless::run(const QString &listText, const SessionJournal::Session *resumed)
{
    m_clock.start();
    const UrlList list = UrlList::parse(listText);
    // A hostile list must not turn into megabytes of warnings: the first few, then a count.
    constexpr int shownDuplicates = 10;
    for (const UrlList::Duplicate &duplicate : list.duplicates().mid(0, shownDuplicates))
        m_err << QStringLiteral("fanout: line %1 repeats line %2; fetched once\n")
                     .arg(duplicate.line)
                     .arg(duplicate.firstLine);
    if (list.duplicates().size() > shownDuplicates)
        m_err << QStringLiteral("fanout: ... and %1 more repeated lines\n")
                     .arg(list.duplicates().size() - shownDuplicates);
    const QList<UrlList::Entry> &entries = list.entries();
    m_total = int(entries.size());

    if (!m_settings.sessionPath.isEmpty()) {
        QString error;
        m_journal = std::make_unique<SessionJournal>();
        bool opened = false;
        if (resumed) {
            opened = m_journal->openForAppend(m_settings.sessionPath, &error);
        } else {
            SessionJournal::Session fresh;
            fresh.outputDir = QFileInfo(m_settings.engine.outputDir).absoluteFilePath();
            fresh.checkOnly = m_settings.engine.checkOnly;
            for (const UrlList::Entry &entry : entries) {
                // Credentials never reach the journal.
                QString line = UrlList::redactedText(entry.text);
                if (!entry.wantedName.isEmpty())
                    line += QLatin1Char('\t') + entry.wantedName;
                if (!entry.expectedSha256.isEmpty())
                    line += QStringLiteral("\tsha256=") + QString::fromLatin1(entry.expectedSha256);
                fresh.lines.append(line);
            }
            opened = m_journal->create(m_settings.sessionPath, fresh, &error);
        }
        if (!opened) {
            m_err << QStringLiteral("fanout: %1\n").arg(error);
            m_journal.reset();
        }
    }

    // What a resumed session already finished stays finished: only the rest runs again.
    QList<UrlList::Entry> toRun;
    QStringList resumeNames;
    QList<int> positions;
    for (int i = 0; i < m_total; ++i) {
        const Result done = resumed ? resumed->results.value(i) : Result();
        const bool kept = resumed && resumed->results.contains(i) && done.isOk() &&
                          (m_settings.engine.checkOnly || QFileInfo::exists(done.file));
        if (kept) {
            Result carried = done;
            carried.skipped = true;
            m_results.insert(i, carried);
            ++m_ok;
            continue;
        }
        toRun.append(entries[i]);
        resumeNames.append(resumed ? resumed->parts.value(i) : QString());
        positions.append(i);
    }
    if (toRun.isEmpty()) {
        if (m_total == 0)
            m_err << QStringLiteral("fanout: no URLs in the input\n");
        m_err.flush();
        onIdle();
        return;
    }
    m_engine = std::make_unique<Engine>(m_settings.engine);
    connect(m_engine.get(), &Engine::itemsChanged, this, &Headless::onItemsChanged);
    connect(m_engine.get(), &Engine::itemsFinished, this, &Headless::onItemsFinished);
    connect(m_engine.get(), &Engine::idle, this, &Headless::onIdle);
    const QList<ItemId> ids = m_engine->add(toRun, resumeNames);
    for (qsizetype k = 0; k < ids.size(); ++k)
        m_indexOf.insert(ids[k], positions[k]);
    m_engine->start();
    if (!m_settings.quiet)
        m_progressTimer.start();
}

void Headless::interrupt()
{
    if (++m_interrupts == 1 && m_engine) {
        m_err << QStringLiteral("\nfanout: interrupted, cancelling (again to quit now)\n");
        m_err.flush();
        m_engine->cancelAll();
        return;
    }
    onIdle();
}

void Headless::onItemsChanged(const QList<ItemUpdate> &updates)
{
    for (const ItemUpdate &update : updates) {
        if (update.state == ItemState::Active)
            m_activeBytes.insert(update.id, update.received);
        else
            m_activeBytes.remove(update.id);
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
        m_activeBytes.remove(result.id);
        m_finishedBytes += result.bytes;
        const int index = m_indexOf.value(result.id, -1);
        m_results.insert(index, result);
        if (m_journal)
            m_journal->recordResult(index, result);
        if (result.isOk()) {
            ++m_ok;
            continue;
        }
        ++m_failed;
        if (result.outcome != Outcome::Cancelled) {
            if (m_errIsTerminal && !m_settings.quiet)
                m_err << QStringLiteral("\r\x1b[K");
            constexpr int shown = 200; // a 100 KB line is not echoed in full
            const QString url = result.url.size() > shown
                                    ? result.url.left(shown) +
                                          QStringLiteral("… (%1 characters)").arg(result.url.size())
                                    : result.url;
            m_err << QStringLiteral("%1: %2 — %3\n")
                         .arg(outcomeName(result.outcome), url, result.error().left(2 * shown));
        }
    }
}

void Headless::printProgress(bool final)
{
    qint64 received = m_finishedBytes;
    for (const qint64 bytes : std::as_const(m_activeBytes))
        received += bytes;
    const qint64 now = m_clock.elapsed();
    const qint64 span = std::max<qint64>(1, now - m_lastBytesAtMs);
    const qint64 rate =
        final ? received * 1000 / std::max<qint64>(1, now) : (received - m_lastBytes) * 1000 / span;
    m_lastBytes = received;
    m_lastBytesAtMs = now;
    const QString line = QStringLiteral("%1/%2 done (%3 ok, %4 not ok) | %5 active | %6 | %7/s")
                             .arg(m_ok + m_failed)
                             .arg(m_total)
                             .arg(m_ok)
                             .arg(m_failed)
                             .arg(m_activeBytes.size())
                             .arg(formatBytes(received), formatBytes(rate));
    if (m_errIsTerminal)
        m_err << QStringLiteral("\r\x1b[K") << line << (final ? "\n" : "");
    else
        m_err << line << '\n';
    m_err.flush();
}

void Headless::onIdle()
{
    if (m_done)
        return;
    m_done = true;
    m_progressTimer.stop();
    if (!m_settings.quiet && m_total > 0)
        printProgress(true);
    int status = (m_ok == m_total) ? 0 : 1;
    if (!m_settings.csvPath.isEmpty()) {
        QString error;
        if (!CsvWriter::write(m_settings.csvPath, m_results.values(), &error)) {
            m_err << QStringLiteral("fanout: %1\n").arg(error);
            status = 1;
        }
    }
    qint64 politeMs = 0;
    int politeItems = 0;
    for (const Result &result : std::as_const(m_results)) {
        politeMs += result.politeWaitMs;
        politeItems += result.politeWaitMs > 0 ? 1 : 0;
    }
    if (politeItems > 0)
        m_err << QStringLiteral("fanout: %1 items waited %2 ms in all for their hosts' limits "
                                "(per item: polite_wait_ms in the CSV)\n")
                     .arg(politeItems)
                     .arg(politeMs);
    if (m_journal)
        m_journal->sync();
    m_err.flush();
    const int failed = m_total - m_ok;
    std::printf("Total: %d | OK: %d | Failed: %d | Time: %lld ms\n", m_total, m_ok, failed,
                static_cast<long long>(m_clock.elapsed()));
    std::fflush(stdout);
    // The engine goes with the runner, after the event loop: deleting it here would free it
    // in the middle of delivering its own idle() signal.
    Q_EMIT finished(status);
}
