#include "headlessoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>

#include <cmath>
#include <limits>

#include "listflags.h"
#include "listinputflags.h"
#include "requestflags.h"

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
    QCommandLineOption newWindow{QStringLiteral("new-window"),
                                 QStringLiteral("Open another window even when one is open (by "
                                                "default `fanout URL...` and `fanout LIST...` "
                                                "hand them to this user's open window).")};
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

} // namespace

std::optional<HeadlessSettings> HeadlessOptions::parse(const QStringList &arguments, QString *error,
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
    const RequestFlags r;
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({o.headless,
                       o.output,
                       o.csv,
                       o.maxInFlight,
                       o.connectTimeout,
                       o.stallTimeout,
                       o.timeout,
                       o.retries,
                       o.backoff,
                       o.backoffMax,
                       o.failFast,
                       o.check,
                       r.caCert,
                       o.perHost,
                       o.rate,
                       o.noAdaptive,
                       o.breaker,
                       o.breakerCooldown,
                       o.deadline,
                       o.itemDeadline,
                       o.session,
                       o.noSkip,
                       r.header,
                       r.userAgent,
                       r.cookies,
                       r.netrc,
                       r.proxy,
                       r.noProxy,
                       r.limitRate,
                       r.http1,
                       r.http2PriorKnowledge,
                       o.newWindow,
                       o.quiet});
    ListFlags::add(&parser);
    ListInputFlags::addTo(&parser);
    parser.addOptions(AutomationFlags::options());
    parser.addPositionalArgument(QStringLiteral("LIST"),
                                 QStringLiteral("A file with one URL per line ('-' or none: "
                                                "standard input). Blank lines and lines starting "
                                                "with # are ignored. aria2 input files, Metalink "
                                                "and results CSVs are read too."),
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

    if (parser.isSet(o.newWindow)) {
        *error = QStringLiteral("--new-window opens a window; it does not go with --headless");
        return std::nullopt;
    }
    HeadlessSettings settings;
    EngineOptions &engine = settings.engine;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QStringLiteral("give at most one LIST (got %1)").arg(positional.size());
        return std::nullopt;
    }
    settings.listPath = positional.value(0);
    settings.csvPath = parser.value(o.csv);
    settings.quiet = parser.isSet(o.quiet);
    if (!AutomationFlags::read(parser, QDateTime::currentDateTime(), &settings.automation, error))
        return std::nullopt;
    settings.engine.updateExisting = settings.automation.update;
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

    if (!r.read(parser, &engine, error))
        return std::nullopt;
    settings.sessionPath = parser.value(o.session);
    if (!ListFlags::read(parser, &settings, error) ||
        !ListInputFlags::apply(parser, &settings, error))
        return std::nullopt;

    if (!r.readCaCert(parser, &engine, error))
        return std::nullopt;
    return settings;
}
