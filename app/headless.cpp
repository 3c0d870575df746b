#include "headless.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSocketNotifier>
#include <QSslCertificate>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <limits>
#include <unistd.h>

#include "bandwidthlimiter.h"
#include "cookiefile.h"
#include "csvwriter.h"
#include "headerline.h"
#include "netrc.h"
#include "proxyspec.h"
#include "urllist.h"

namespace {

constexpr int maxInFlightLimit = 512;

struct OptionNames
{
    QCommandLineOption headless{QStringLiteral("headless"),
                                QStringLiteral("Run without a window: download LIST (or standard "
                                               "input), print a summary, exit 0 when all are ok, 1 "
                                               "when any is not, 2 on a usage error.")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              QStringLiteral("Save files into DIR (created when missing; default: "
                                             "the current folder)."),
                              QStringLiteral("DIR")};
    QCommandLineOption csv{QStringLiteral("csv"),
                           QStringLiteral("Write one row per item to FILE (RFC 4180 CSV)."),
                           QStringLiteral("FILE")};
    QCommandLineOption maxInFlight{{QStringLiteral("j"), QStringLiteral("max-in-flight")},
                                   QStringLiteral("At most N requests in flight (1-512, default "
                                                  "8)."),
                                   QStringLiteral("N"),
                                   QStringLiteral("8")};
    QCommandLineOption connectTimeout{QStringLiteral("connect-timeout"),
                                      QStringLiteral("Give up connecting (DNS, TCP, TLS) after S "
                                                     "seconds (default 15; 0 = never)."),
                                      QStringLiteral("S"), QStringLiteral("15")};
    QCommandLineOption stallTimeout{QStringLiteral("stall-timeout"),
                                    QStringLiteral("Give up when nothing arrives for S seconds "
                                                   "(default 30; 0 = never)."),
                                    QStringLiteral("S"), QStringLiteral("30")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               QStringLiteral("Give up on one attempt after S seconds in all "
                                              "(default: no limit)."),
                               QStringLiteral("S")};
    QCommandLineOption retries{QStringLiteral("retries"),
                               QStringLiteral("Retry what can succeed later up to N times after "
                                              "the first attempt (default 3)."),
                               QStringLiteral("N"), QStringLiteral("3")};
    QCommandLineOption backoff{QStringLiteral("backoff"),
                               QStringLiteral("Base delay before a retry, in seconds; doubles each "
                                              "time, with full jitter (default 1)."),
                               QStringLiteral("S"), QStringLiteral("1")};
    QCommandLineOption backoffMax{QStringLiteral("backoff-max"),
                                  QStringLiteral("Longest delay before one retry, Retry-After "
                                                 "included, in seconds (default 60)."),
                                  QStringLiteral("S"), QStringLiteral("60")};
    QCommandLineOption failFast{QStringLiteral("fail-fast"),
                                QStringLiteral("Cancel everything else at the first failure.")};
    QCommandLineOption check{
        QStringLiteral("check"),
        QStringLiteral("Fetch and measure (bytes, SHA-256) but save nothing.")};
    QCommandLineOption caCert{QStringLiteral("ca-cert"),
                              QStringLiteral("Trust the CA certificate(s) in FILE (PEM or DER) "
                                             "besides the system's."),
                              QStringLiteral("FILE")};
    QCommandLineOption perHost{QStringLiteral("per-host"),
                               QStringLiteral("At most N requests in flight to one origin "
                                              "(scheme, host and port; default: only the "
                                              "global cap)."),
                               QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption rate{QStringLiteral("rate"),
                            QStringLiteral("At most R requests a second to one origin, after "
                                           "a burst of up to R (decimals allowed; default: no "
                                           "limit)."),
                            QStringLiteral("R"), QStringLiteral("0")};
    QCommandLineOption noAdaptive{QStringLiteral("no-adaptive"),
                                  QStringLiteral("Keep each origin's allowance fixed instead "
                                                 "of halving it on 429, 503, timeouts or "
                                                 "stalls.")};
    QCommandLineOption breaker{QStringLiteral("breaker"),
                               QStringLiteral("Stop sending to an origin after N consecutive "
                                              "connection failures or 5xx, then probe it "
                                              "(default 0: off)."),
                               QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption breakerCooldown{QStringLiteral("breaker-cooldown"),
                                       QStringLiteral("How long an open breaker waits before "
                                                      "its probe, in seconds (default 30)."),
                                       QStringLiteral("S"), QStringLiteral("30")};
    QCommandLineOption deadline{QStringLiteral("deadline"),
                                QStringLiteral("Cancel whatever is unfinished S seconds after "
                                               "the batch starts (default: none)."),
                                QStringLiteral("S")};
    QCommandLineOption itemDeadline{QStringLiteral("item-deadline"),
                                    QStringLiteral("Give up on one item after S seconds, all its "
                                                   "retries included (default: none)."),
                                    QStringLiteral("S")};
    QCommandLineOption session{QStringLiteral("session"),
                               QStringLiteral("Journal the batch to FILE as it runs; when FILE "
                                              "exists, resume it (its list and output folder; "
                                              "give LIST again only to supply credentials)."),
                               QStringLiteral("FILE")};
    QCommandLineOption noSkip{QStringLiteral("no-skip"),
                              QStringLiteral("Download again files an earlier run completed "
                                             "(by default they are verified and skipped).")};
    QCommandLineOption header{{QStringLiteral("H"), QStringLiteral("header")},
                              QStringLiteral("Send this header with every request (repeatable; "
                                             "\"Name: value\")."),
                              QStringLiteral("HEADER")};
    QCommandLineOption userAgent{
        QStringLiteral("user-agent"),
        QStringLiteral("The User-Agent to send (default: Fanout/<version>)."), QStringLiteral("S")};
    QCommandLineOption cookies{QStringLiteral("cookies"),
                               QStringLiteral("Start from the cookies in FILE (Netscape/Mozilla "
                                              "cookies.txt); cookies servers set are kept for the "
                                              "batch."),
                               QStringLiteral("FILE")};
    QCommandLineOption netrc{QStringLiteral("netrc-file"),
                             QStringLiteral("Answer a server's password challenge with the "
                                            "credentials FILE gives for its host."),
                             QStringLiteral("FILE")};
    QCommandLineOption proxy{QStringLiteral("proxy"),
                             QStringLiteral("Go through this proxy (http://host:port or "
                                            "socks5://host:port; default: the system's)."),
                             QStringLiteral("URL")};
    QCommandLineOption noProxy{QStringLiteral("no-proxy"),
                               QStringLiteral("Connect directly, whatever the system's settings.")};
    QCommandLineOption limitRate{QStringLiteral("limit-rate"),
                                 QStringLiteral("At most RATE bytes a second for the whole batch, "
                                                "shared between transfers (k and M suffixes)."),
                                 QStringLiteral("RATE")};
    QCommandLineOption http1{QStringLiteral("http1"),
                             QStringLiteral("Never negotiate HTTP/2 (for servers that misbehave "
                                            "with it).")};
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")},
                             QStringLiteral("No progress line, only failures and the summary.")};
};

std::optional<int> parseCount(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

// The longest duration: EngineOptions keeps milliseconds in an int (24.8 days).
constexpr int maxSeconds = std::numeric_limits<int>::max() / 1000;

// Seconds with decimals -> milliseconds; nullopt when not a finite number from 0 to maxSeconds.
std::optional<int> parseSeconds(const QString &text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > maxSeconds)
        return std::nullopt;
    return int(std::llround(value * 1000));
}

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

std::optional<Headless::Settings> Headless::parse(const QStringList &arguments, QString *error,
                                                  std::optional<int> *exitNow)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fanout downloads a list of URLs, many at a time, politely, and reports "
                       "what happened to each.\nWithout --headless it opens the window, with the "
                       "lists named on the command line loaded.\nEvery per-host rule (--per-host, "
                       "--rate, the adaptive allowance, Retry-After, --breaker) applies per "
                       "origin: scheme, host and port."));
    const OptionNames o;
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions(
        {o.headless, o.output,       o.csv,     o.maxInFlight, o.connectTimeout, o.stallTimeout,
         o.timeout,  o.retries,      o.backoff, o.backoffMax,  o.failFast,       o.check,
         o.caCert,   o.perHost,      o.rate,    o.noAdaptive,  o.breaker,        o.breakerCooldown,
         o.deadline, o.itemDeadline, o.session, o.noSkip,      o.header,         o.userAgent,
         o.cookies,  o.netrc,        o.proxy,   o.noProxy,     o.limitRate,      o.http1,
         o.quiet});
    parser.addPositionalArgument(QStringLiteral("LIST"),
                                 QStringLiteral("A file with one URL per line ('-' or none: "
                                                "standard input). Blank lines and lines starting "
                                                "with # are ignored."),
                                 QStringLiteral("[LIST]"));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitNow = 0;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        std::printf("fanout %s\n", FANOUT_VERSION);
        *exitNow = 0;
        return std::nullopt;
    }

    Settings settings;
    EngineOptions &engine = settings.engine;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QStringLiteral("give at most one LIST (got %1)").arg(positional.size());
        return std::nullopt;
    }
    settings.listPath = positional.value(0);
    settings.csvPath = parser.value(o.csv);
    settings.quiet = parser.isSet(o.quiet);
    engine.outputDir = parser.isSet(o.output) ? parser.value(o.output) : QDir::currentPath();
    if (engine.outputDir.isEmpty()) {
        *error = QStringLiteral("--output needs a folder");
        return std::nullopt;
    }
    engine.failFast = parser.isSet(o.failFast);
    engine.checkOnly = parser.isSet(o.check);

    auto count = [&](const QCommandLineOption &option, int min, int max, int *out) {
        const auto value = parseCount(parser.value(option), min, max);
        if (!value) {
            *error = QStringLiteral("--%1 takes a whole number from %2 to %3, not '%4'")
                         .arg(option.names().last())
                         .arg(min)
                         .arg(max)
                         .arg(parser.value(option));
            return false;
        }
        *out = *value;
        return true;
    };
    auto secs = [&](const QCommandLineOption &option, int *out) {
        const auto value = parseSeconds(parser.value(option));
        if (!value) {
            *error = QStringLiteral("--%1 takes seconds (0 to %2, decimals allowed), not '%3'")
                         .arg(option.names().last())
                         .arg(maxSeconds)
                         .arg(parser.value(option));
            return false;
        }
        *out = *value;
        return true;
    };
    if (!count(o.maxInFlight, 1, maxInFlightLimit, &engine.maxInFlight) ||
        !count(o.retries, 0, 1000, &engine.retries) ||
        !secs(o.connectTimeout, &engine.connectTimeoutMs) ||
        !secs(o.stallTimeout, &engine.stallTimeoutMs) || !secs(o.backoff, &engine.backoffBaseMs) ||
        !secs(o.backoffMax, &engine.backoffMaxMs))
        return std::nullopt;
    if (parser.isSet(o.timeout) && !secs(o.timeout, &engine.attemptTimeoutMs))
        return std::nullopt;
    if (!count(o.perHost, 0, maxInFlightLimit, &engine.perHostMax) ||
        !count(o.breaker, 0, 1000, &engine.breakerThreshold) ||
        !secs(o.breakerCooldown, &engine.breakerCooldownMs) ||
        (parser.isSet(o.deadline) && !secs(o.deadline, &engine.batchDeadlineMs)) ||
        (parser.isSet(o.itemDeadline) && !secs(o.itemDeadline, &engine.itemDeadlineMs)))
        return std::nullopt;
    bool rateOk = false;
    engine.perHostRate = QLocale::c().toDouble(parser.value(o.rate).trimmed(), &rateOk);
    if (!rateOk || !std::isfinite(engine.perHostRate) || engine.perHostRate < 0 ||
        engine.perHostRate > 100000) {
        *error = QStringLiteral("--rate takes requests a second (a number >= 0), not '%1'")
                     .arg(parser.value(o.rate));
        return std::nullopt;
    }
    engine.adaptive = !parser.isSet(o.noAdaptive);
    engine.skipExisting = !parser.isSet(o.noSkip);

    for (const QString &line : parser.values(o.header)) {
        HeaderLine::Header header;
        if (!HeaderLine::parse(line, &header, error))
            return std::nullopt;
        engine.headers.append(header);
    }
    if (parser.isSet(o.userAgent)) {
        // Checked and encoded as -H values are (and as the window's settings do): a CR or LF
        // would let it inject other headers.
        const QString agent = parser.value(o.userAgent);
        if (!HeaderLine::isValidValue(agent)) {
            *error = QStringLiteral("--user-agent may not hold a control character or one beyond "
                                    "Latin-1");
            return std::nullopt;
        }
        engine.userAgent = agent.trimmed().toLatin1();
    }
    if (parser.isSet(o.cookies)) {
        QList<QNetworkCookie> loaded;
        if (!CookieFile::load(parser.value(o.cookies), &loaded, error))
            return std::nullopt;
        engine.cookiesFile = parser.value(o.cookies);
    }
    if (parser.isSet(o.netrc)) {
        if (!Netrc::load(parser.value(o.netrc), error))
            return std::nullopt;
        engine.netrcFile = parser.value(o.netrc);
    }
    if (parser.isSet(o.proxy) && parser.isSet(o.noProxy)) {
        *error = QStringLiteral("--proxy and --no-proxy exclude each other");
        return std::nullopt;
    }
    if (parser.isSet(o.proxy)) {
        if (!ProxySpec::parse(parser.value(o.proxy), error))
            return std::nullopt;
        engine.proxy = parser.value(o.proxy);
    }
    engine.noProxy = parser.isSet(o.noProxy);
    if (parser.isSet(o.limitRate)) {
        const auto rate = BandwidthLimiter::parseRate(parser.value(o.limitRate));
        if (!rate) {
            *error = QStringLiteral("--limit-rate takes bytes a second such as 500k or 2M, "
                                    "not '%1'")
                         .arg(parser.value(o.limitRate));
            return std::nullopt;
        }
        engine.limitRateBytes = *rate;
    }
    engine.http1Only = parser.isSet(o.http1);
    settings.sessionPath = parser.value(o.session);

    if (parser.isSet(o.caCert)) {
        const QString path = parser.value(o.caCert);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read --ca-cert %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        const QByteArray data = file.readAll();
        QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromData(data, QSsl::Der);
        if (certificates.isEmpty()) {
            *error = QStringLiteral("no certificate in --ca-cert %1").arg(path);
            return std::nullopt;
        }
        engine.extraCaCertificates = certificates;
    }
    return settings;
}

int Headless::main(const QStringList &arguments)
{
    QString error;
    std::optional<int> exitNow;
    const std::optional<Settings> settings = parse(arguments, &error, &exitNow);
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
