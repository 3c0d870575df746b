#include "appsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QStringList>

#include "headerline.h"
#include "proxyspec.h"

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
    e.maxInFlight = std::clamp(store.value(kMaxInFlight, e.maxInFlight).toInt(), 1, 512);
    e.connectTimeoutMs = std::max(0, store.value(kConnect, e.connectTimeoutMs).toInt());
    e.stallTimeoutMs = std::max(0, store.value(kStall, e.stallTimeoutMs).toInt());
    e.attemptTimeoutMs = std::max(0, store.value(kAttempt, e.attemptTimeoutMs).toInt());
    e.retries = std::clamp(store.value(kRetries, e.retries).toInt(), 0, 1000);
    e.backoffBaseMs = std::max(0, store.value(kBackoff, e.backoffBaseMs).toInt());
    e.backoffMaxMs = std::max(0, store.value(kBackoffMax, e.backoffMaxMs).toInt());
    e.failFast = store.value(kFailFast, e.failFast).toBool();
    e.checkOnly = store.value(kCheck, e.checkOnly).toBool();
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
    return s;
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
}

bool AppSettings::toEngineOptions(EngineOptions *out, QString *error) const
{
    *out = engine;
    deriveProxy(*this, out);
    if (proxyMode == ProxyMode::Url && !ProxySpec::parse(proxyUrl, error))
        return false; // the engine refuses it too: never fall back to a direct connection
    out->extraCaCertificates.clear();
    if (caCertFile.isEmpty())
        return true;
    QFile file(caCertFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("AppSettings", "Cannot read the CA certificate %1: %2")
                     .arg(caCertFile, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty()) {
        *error = QCoreApplication::translate("AppSettings", "No certificate found in %1")
                     .arg(caCertFile);
        return false;
    }
    out->extraCaCertificates = certificates;
    return true;
}
