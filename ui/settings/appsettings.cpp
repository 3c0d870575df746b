#include "appsettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>
#include <cmath>

#include "headerline.h"
#include "proxyspec.h"
#include "truststore.h"

namespace {
const QString kOutput = QStringLiteral("engine/outputDir");
const QString kMaxInFlight = QStringLiteral("engine/maxInFlight");
const QString kConnect = QStringLiteral("engine/connectTimeoutMs");
const QString kStall = QStringLiteral("engine/stallTimeoutMs");
const QString kAttempt = QStringLiteral("engine/attemptTimeoutMs");
const QString kRetries = QStringLiteral("engine/retries");
const QString kBackoff = QStringLiteral("engine/backoffBaseMs");
const QString kBackoffMax = QStringLiteral("engine/backoffMaxMs");
const QString kFailFast = QStringLiteral("engine/failFast");
const QString kCheck = QStringLiteral("engine/checkOnly");
const QString kCaCert = QStringLiteral("engine/caCertFile");
const QString kHeaders = QStringLiteral("engine/headers");
const QString kHostHeaders = QStringLiteral("engine/hostHeaders");
const QString kUserAgent = QStringLiteral("engine/userAgent");
const QString kCookies = QStringLiteral("engine/cookiesFile");
const QString kNetrc = QStringLiteral("engine/netrcFile");
const QString kProxyMode = QStringLiteral("engine/proxyMode");
const QString kProxy = QStringLiteral("engine/proxy");
const QString kLimitRate = QStringLiteral("engine/limitRateBytes");
const QString kHttp1 = QStringLiteral("engine/http1Only");
const QString kHttp2PriorKnowledge = QStringLiteral("engine/http2PriorKnowledge");
const QString kSkip = QStringLiteral("engine/skipExisting");
const QString kPerHost = QStringLiteral("engine/perHostMax");
const QString kSegments = QStringLiteral("engine/segments");
const QString kSegmentMin = QStringLiteral("engine/segmentMinBytes");
const QString kRate = QStringLiteral("engine/perHostRate");
const QString kAdaptive = QStringLiteral("engine/adaptive");
const QString kBreaker = QStringLiteral("engine/breakerThreshold");
const QString kBreakerCooldown = QStringLiteral("engine/breakerCooldownMs");
const QString kDeadline = QStringLiteral("engine/batchDeadlineMs");
const QString kItemDeadline = QStringLiteral("engine/itemDeadlineMs");
const QString kItemHook = QStringLiteral("hooks/itemDone");
const QString kBatchHook = QStringLiteral("hooks/batchDone");
const QString kHookTimeout = QStringLiteral("hooks/timeoutMs");
const QString kTheme = QStringLiteral("window/theme");
const QString kWatchClipboard = QStringLiteral("window/watchClipboard");
const QString kNotify = QStringLiteral("window/notifyBatchEnd");
const QString kLanguage = QStringLiteral("window/language");

using Limits = AppSettings::Limits;

// Stored as words, not numbers, so the file reads well and survives reordering the enum.
QString modeName(AppSettings::ProxyMode mode)
{
    switch (mode) {
    case AppSettings::ProxyMode::None:
        return QStringLiteral("none");
    case AppSettings::ProxyMode::Url:
        return QStringLiteral("url");
    case AppSettings::ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::ProxyMode modeFromName(const QString &name)
{
    if (name == QLatin1String("none"))
        return AppSettings::ProxyMode::None;
    if (name == QLatin1String("url"))
        return AppSettings::ProxyMode::Url;
    return AppSettings::ProxyMode::System;
}

// A stored duration in ms, within what the headless mode accepts.
int readMs(const QSettings &store, const QString &key, int fallback)
{
    bool ok = false;
    const qint64 ms = store.value(key, fallback).toLongLong(&ok);
    return ok ? int(std::clamp<qint64>(ms, 0, qint64(Limits::seconds) * 1000)) : fallback;
}

int readCount(const QSettings &store, const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const qint64 n = store.value(key, fallback).toLongLong(&ok);
    return ok ? int(std::clamp<qint64>(n, min, max)) : fallback;
}

void deriveProxy(const AppSettings &s, EngineOptions *out)
{
    out->noProxy = s.proxyMode == AppSettings::ProxyMode::None;
    out->proxy = s.proxyMode == AppSettings::ProxyMode::Url ? s.proxyUrl.trimmed() : QString();
}
} // namespace

AppSettings AppSettings::defaults()
{
    AppSettings s;
    s.engine.outputDir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (s.engine.outputDir.isEmpty())
        s.engine.outputDir = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return s;
}

AppSettings AppSettings::load(const QSettings &store)
{
    AppSettings s = defaults();
    EngineOptions &e = s.engine;
    e.outputDir = store.value(kOutput, e.outputDir).toString();
    e.maxInFlight = readCount(store, kMaxInFlight, e.maxInFlight, 1, Limits::maxInFlight);
    e.connectTimeoutMs = readMs(store, kConnect, e.connectTimeoutMs);
    e.stallTimeoutMs = readMs(store, kStall, e.stallTimeoutMs);
    e.attemptTimeoutMs = readMs(store, kAttempt, e.attemptTimeoutMs);
    e.retries = readCount(store, kRetries, e.retries, 0, Limits::retries);
    e.backoffBaseMs = readMs(store, kBackoff, e.backoffBaseMs);
    e.backoffMaxMs = readMs(store, kBackoffMax, e.backoffMaxMs);
    e.failFast = store.value(kFailFast, e.failFast).toBool();
    e.checkOnly = store.value(kCheck, e.checkOnly).toBool();
    e.skipExisting = store.value(kSkip, e.skipExisting).toBool();
    e.perHostMax = readCount(store, kPerHost, e.perHostMax, 0, Limits::maxInFlight);
    e.segments = readCount(store, kSegments, e.segments, 0, EngineOptions::maxSegments);
    const qint64 segmentMin = store.value(kSegmentMin, e.segmentMinBytes).toLongLong();
    if (segmentMin > 0)
        e.segmentMinBytes = segmentMin;
    bool rateOk = false;
    const double rate = store.value(kRate, e.perHostRate).toDouble(&rateOk);
    if (rateOk && std::isfinite(rate))
        e.perHostRate = std::clamp(rate, 0.0, Limits::rate);
    e.adaptive = store.value(kAdaptive, e.adaptive).toBool();
    e.breakerThreshold = readCount(store, kBreaker, e.breakerThreshold, 0, Limits::breaker);
    e.breakerCooldownMs = readMs(store, kBreakerCooldown, e.breakerCooldownMs);
    e.batchDeadlineMs = readMs(store, kDeadline, e.batchDeadlineMs);
    e.itemDeadlineMs = readMs(store, kItemDeadline, e.itemDeadlineMs);
    s.caCertFile = store.value(kCaCert).toString();
    // A hand-edited file may hold bad lines: keep the good ones, as the dialog would refuse
    // the rest.
    for (const QString &line : store.value(kHeaders).toStringList()) {
        HeaderLine::Header header;
        QString ignored;
        if (HeaderLine::parse(line, &header, &ignored))
            e.headers.append(header);
    }
    for (const QString &line : store.value(kHostHeaders).toStringList()) {
        QList<HeaderLine::HostHeader> one;
        QString ignored;
        if (HeaderLine::parseHostLines(line, &one, &ignored))
            e.hostHeaders.append(one);
    }
    const QString agent = store.value(kUserAgent).toString();
    if (HeaderLine::isValidValue(agent))
        e.userAgent = agent.trimmed().toLatin1();
    e.cookiesFile = store.value(kCookies).toString();
    e.netrcFile = store.value(kNetrc).toString();
    s.proxyMode = modeFromName(store.value(kProxyMode).toString());
    s.proxyUrl = store.value(kProxy).toString();
    deriveProxy(s, &e);
    e.limitRateBytes = std::max<qint64>(0, store.value(kLimitRate, e.limitRateBytes).toLongLong());
    e.http1Only = store.value(kHttp1, e.http1Only).toBool();
    e.http2PriorKnowledge =
        !e.http1Only && store.value(kHttp2PriorKnowledge, e.http2PriorKnowledge).toBool();
    s.itemHook = store.value(kItemHook).toString();
    s.batchHook = store.value(kBatchHook).toString();
    s.hookTimeoutMs =
        std::max(Limits::minHookTimeoutMs, readMs(store, kHookTimeout, s.hookTimeoutMs));
    s.desktop = Desktop::load(store);
    s.language = store.value(kLanguage).toString();
    return s;
}

AppSettings::Desktop AppSettings::Desktop::load(const QSettings &store)
{
    Desktop d;
    d.theme = ThemePalette::fromName(store.value(kTheme).toString());
    d.watchClipboard = store.value(kWatchClipboard, d.watchClipboard).toBool();
    d.notifyBatchEnd = store.value(kNotify, d.notifyBatchEnd).toBool();
    return d;
}

void AppSettings::Desktop::save(QSettings &store) const
{
    saveTheme(store, theme);
    saveWatchClipboard(store, watchClipboard);
    store.setValue(kNotify, notifyBatchEnd);
}

void AppSettings::Desktop::saveTheme(QSettings &store, ThemePalette::Theme theme)
{
    store.setValue(kTheme, ThemePalette::name(theme));
}

void AppSettings::Desktop::saveWatchClipboard(QSettings &store, bool on)
{
    store.setValue(kWatchClipboard, on);
}

void AppSettings::save(QSettings &store) const
{
    store.setValue(kOutput, engine.outputDir);
    store.setValue(kMaxInFlight, engine.maxInFlight);
    store.setValue(kConnect, engine.connectTimeoutMs);
    store.setValue(kStall, engine.stallTimeoutMs);
    store.setValue(kAttempt, engine.attemptTimeoutMs);
    store.setValue(kRetries, engine.retries);
    store.setValue(kBackoff, engine.backoffBaseMs);
    store.setValue(kBackoffMax, engine.backoffMaxMs);
    store.setValue(kFailFast, engine.failFast);
    store.setValue(kCheck, engine.checkOnly);
    store.setValue(kSkip, engine.skipExisting);
    store.setValue(kPerHost, engine.perHostMax);
    store.setValue(kSegments, engine.segments);
    store.setValue(kSegmentMin, engine.segmentMinBytes);
    store.setValue(kRate, engine.perHostRate);
    store.setValue(kAdaptive, engine.adaptive);
    store.setValue(kBreaker, engine.breakerThreshold);
    store.setValue(kBreakerCooldown, engine.breakerCooldownMs);
    store.setValue(kDeadline, engine.batchDeadlineMs);
    store.setValue(kItemDeadline, engine.itemDeadlineMs);
    store.setValue(kCaCert, caCertFile);
    QStringList headers;
    for (const HeaderLine::Header &h : engine.headers)
        headers.append(HeaderLine::format({h}));
    store.setValue(kHeaders, headers);
    QStringList hostHeaders;
    for (const HeaderLine::HostHeader &h : engine.hostHeaders)
        hostHeaders.append(HeaderLine::formatHostLines({h}));
    store.setValue(kHostHeaders, hostHeaders);
    store.setValue(kUserAgent, QString::fromLatin1(engine.userAgent));
    store.setValue(kCookies, engine.cookiesFile);
    store.setValue(kNetrc, engine.netrcFile);
    store.setValue(kProxyMode, modeName(proxyMode));
    store.setValue(kProxy, proxyUrl);
    store.setValue(kLimitRate, engine.limitRateBytes);
    store.setValue(kHttp1, engine.http1Only);
    store.setValue(kHttp2PriorKnowledge, engine.http2PriorKnowledge);
    store.setValue(kItemHook, itemHook);
    store.setValue(kBatchHook, batchHook);
    store.setValue(kHookTimeout, hookTimeoutMs);
    desktop.save(store);
    store.setValue(kLanguage, language);
}

bool AppSettings::toEngineOptions(EngineOptions *out, QString *error) const
{
    *out = engine;
    deriveProxy(*this, out);
    if (proxyMode == ProxyMode::Url && !ProxySpec::parse(proxyUrl, error))
        return false; // the engine refuses it too: never fall back to a direct connection
    out->extraCaCertificates.clear();
    return caCertFile.isEmpty() || readCaCertificates(caCertFile, &out->extraCaCertificates, error);
}

bool AppSettings::readCaCertificates(const QString &path, QList<QSslCertificate> *out,
                                     QString *error)
{
    QString unreadable;
    const QList<QSslCertificate> certificates = TrustStore::certificatesIn(path, &unreadable);
    if (certificates.isEmpty()) {
        *error =
            unreadable.isEmpty()
                ? QCoreApplication::translate("AppSettings", "No certificate found in %1").arg(path)
                : QCoreApplication::translate("AppSettings",
                                              "Cannot read the CA certificate %1: %2")
                      .arg(path, unreadable);
        return false;
    }
    *out = certificates;
    return true;
}
