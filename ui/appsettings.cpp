#include "appsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>

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
}

bool AppSettings::toEngineOptions(EngineOptions *out, QString *error) const
{
    *out = engine;
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
