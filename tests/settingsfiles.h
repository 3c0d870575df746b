#pragma once

#include <QFile>
#include <QTemporaryDir>

#include "appsettings.h"
#include "testca.h"

// What the settings tests start from: a folder with the files settings point at (a good
// cookies.txt, a good netrc, a CA certificate: a throwaway self-signed P-256 CA, never trusted by
// anything; and a file that is none of these), and settings with every field set.
class SettingsFiles final
{
public:
    SettingsFiles()
    {
        write(cookies(), ".example.com\tTRUE\t/\tFALSE\t0\tsid\tabc\n");
        write(netrc(), "machine h login u password p\n");
        write(caCert(), TestCa::pem);
        write(notACert(), "just text\n");
    }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString cookies() const { return filePath(QStringLiteral("cookies.txt")); }
    QString netrc() const { return filePath(QStringLiteral("netrc")); }
    QString caCert() const { return filePath(QStringLiteral("ca.pem")); }
    QString notACert() const { return filePath(QStringLiteral("plain.txt")); }

    // Every field away from its default, with files that exist.
    AppSettings everythingSet() const
    {
        AppSettings s = AppSettings::defaults();
        EngineOptions &e = s.engine;
        e.outputDir = path();
        s.itemHook = QStringLiteral("echo \"$FANOUT_URL\" >> done.txt");
        s.batchHook = QStringLiteral("notify-send 'batch done'");
        s.hookTimeoutMs = 12500;
        e.maxInFlight = 3;
        e.connectTimeoutMs = 2500;
        e.stallTimeoutMs = 0;
        e.attemptTimeoutMs = 90001;
        e.retries = 7;
        e.backoffBaseMs = 250;
        e.backoffMaxMs = 12000;
        e.failFast = true;
        e.checkOnly = true;
        e.skipExisting = false;
        e.perHostMax = 4;
        e.segments = 3;
        e.segmentMinBytes = 512 * 1024;
        e.perHostRate = 2.5;
        e.adaptive = false;
        e.breakerThreshold = 5;
        e.breakerCooldownMs = 7500;
        e.batchDeadlineMs = 3600000;
        e.itemDeadlineMs = 61500;
        e.headers = {{"Referer", "https://example.com/"}, {"X-Empty", ""}, {"Accept", "a: b"}};
        e.hostHeaders = {{QStringLiteral("files.example.com"), {"Authorization", "Bearer t0k"}},
                         {QStringLiteral("cdn.example"), {"X-A", "1"}}};
        e.userAgent = "Mozilla/5.0 (X11) Fanout-test";
        e.cookiesFile = cookies();
        e.netrcFile = netrc();
        e.limitRateBytes = 1536 * 1024;
        e.http1Only = true;
        s.caCertFile = caCert();
        s.proxyMode = AppSettings::ProxyMode::Url;
        s.proxyUrl = QStringLiteral("socks5h://u:p@proxy.example:1081");
        e.proxy = s.proxyUrl;
        e.noProxy = false;
        return s;
    }

    static bool write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

private:
    QTemporaryDir m_dir;
};
