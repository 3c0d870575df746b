#pragma once

#include <QSslCertificate>
#include <QStringList>
#include <QVariant>

#include "engineoptions.h"

// Every field of EngineOptions as "name=value" lines, so that tests compare two option sets
// field by field and a failure names the field. A field added to EngineOptions must be added
// here too.
inline QStringList optionsDump(const EngineOptions &o)
{
    QStringList out;
    const auto add = [&out](const char *name, const auto &value) {
        out.append(QString::fromLatin1(name) + QLatin1Char('=') + QVariant(value).toString());
    };
    add("outputDir", o.outputDir);
    add("maxInFlight", o.maxInFlight);
    add("connectTimeoutMs", o.connectTimeoutMs);
    add("stallTimeoutMs", o.stallTimeoutMs);
    add("attemptTimeoutMs", o.attemptTimeoutMs);
    add("retries", o.retries);
    add("backoffBaseMs", o.backoffBaseMs);
    add("backoffMaxMs", o.backoffMaxMs);
    add("failFast", o.failFast);
    add("checkOnly", o.checkOnly);
    add("skipExisting", o.skipExisting);
    add("completedIndexPath", o.completedIndexPath);
    QStringList certificates;
    for (const QSslCertificate &certificate : o.extraCaCertificates)
        certificates.append(QString::fromLatin1(certificate.digest().toHex()));
    add("extraCaCertificates", certificates.join(u','));
    add("perHostMax", o.perHostMax);
    add("segments", o.segments);
    add("segmentMinBytes", o.segmentMinBytes);
    add("perHostRate", QString::number(o.perHostRate, 'g', 15));
    add("adaptive", o.adaptive);
    add("breakerThreshold", o.breakerThreshold);
    add("breakerCooldownMs", o.breakerCooldownMs);
    add("batchDeadlineMs", o.batchDeadlineMs);
    add("itemDeadlineMs", o.itemDeadlineMs);
    QStringList headers;
    for (const auto &[name, value] : o.headers)
        headers.append(QString::fromLatin1(name + ": " + value));
    add("headers", headers.join(u'|'));
    QStringList hostHeaders;
    for (const auto &[host, header] : o.hostHeaders)
        hostHeaders.append(host + QStringLiteral(": ") +
                           QString::fromLatin1(header.first + ": " + header.second));
    add("hostHeaders", hostHeaders.join(u'|'));
    add("userAgent", o.userAgent);
    add("cookiesFile", o.cookiesFile);
    add("netrcFile", o.netrcFile);
    add("proxy", o.proxy);
    add("noProxy", o.noProxy);
    add("limitRateBytes", o.limitRateBytes);
    add("http1Only", o.http1Only);
    add("http2PriorKnowledge", o.http2PriorKnowledge);
    add("readBufferBytes", o.readBufferBytes);
    add("streaming", o.streaming);
    add("reportMoments", o.reportMoments);
    add("updateExisting", o.updateExisting);
    return out;
}
