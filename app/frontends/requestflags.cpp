#include "requestflags.h"

#include <QNetworkCookie>
#include <QSslCertificate>

#include "bandwidthlimiter.h"
#include "cookiefile.h"
#include "engineoptions.h"
#include "headerline.h"
#include "netrc.h"
#include "proxyspec.h"
#include "truststore.h"

RequestFlags::RequestFlags()
    : caCert{QStringLiteral("ca-cert"),
             QStringLiteral("Trust the CA certificate(s) in FILE (PEM or DER) besides the "
                            "system's."),
             QStringLiteral("FILE")},
      header{{QStringLiteral("H"), QStringLiteral("header")},
             QStringLiteral("Send this header with every request (repeatable; "
                            "\"Name: value\")."),
             QStringLiteral("HEADER")},
      userAgent{QStringLiteral("user-agent"),
                QStringLiteral("The User-Agent to send (default: Fanout/<version>)."),
                QStringLiteral("S")},
      cookies{QStringLiteral("cookies"),
              QStringLiteral("Start from the cookies in FILE (Netscape/Mozilla "
                             "cookies.txt); cookies servers set are kept for the "
                             "batch."),
              QStringLiteral("FILE")},
      netrc{QStringLiteral("netrc-file"),
            QStringLiteral("Answer a server's password challenge with the "
                           "credentials FILE gives for its host."),
            QStringLiteral("FILE")},
      proxy{QStringLiteral("proxy"),
            QStringLiteral("Go through this proxy (http://host:port or "
                           "socks5://host:port; default: the system's)."),
            QStringLiteral("URL")},
      noProxy{QStringLiteral("no-proxy"),
              QStringLiteral("Connect directly, whatever the system's settings.")},
      limitRate{QStringLiteral("limit-rate"),
                QStringLiteral("At most RATE bytes a second for the whole batch, "
                               "shared between transfers (k and M suffixes)."),
                QStringLiteral("RATE")},
      http1{QStringLiteral("http1"),
            QStringLiteral("Never negotiate HTTP/2 (for servers that misbehave "
                           "with it).")},
      http2PriorKnowledge{
          QStringLiteral("http2-prior-knowledge"),
          QStringLiteral("Speak HTTP/2 to http:// servers from the first byte, without TLS or an "
                         "upgrade (h2c; the server must support it). https:// is unchanged.")}
{}

bool RequestFlags::read(const QCommandLineParser &parser, EngineOptions *engine,
                        QString *error) const
{
    for (const QString &line : parser.values(header)) {
        HeaderLine::Header parsed;
        if (!HeaderLine::parse(line, &parsed, error))
            return false;
        engine->headers.append(parsed);
    }
    if (parser.isSet(userAgent)) {
        // Checked and encoded as -H values are (and as the window's settings do): a CR or LF
        // would let it inject other headers.
        const QString agent = parser.value(userAgent);
        if (!HeaderLine::isValidValue(agent)) {
            *error = QStringLiteral("--user-agent may not hold a control character or one beyond "
                                    "Latin-1");
            return false;
        }
        engine->userAgent = agent.trimmed().toLatin1();
    }
    if (parser.isSet(cookies)) {
        QList<QNetworkCookie> loaded;
        if (!CookieFile::load(parser.value(cookies), &loaded, error))
            return false;
        engine->cookiesFile = parser.value(cookies);
    }
    if (parser.isSet(netrc)) {
        if (!Netrc::load(parser.value(netrc), error))
            return false;
        engine->netrcFile = parser.value(netrc);
    }
    if (parser.isSet(proxy) && parser.isSet(noProxy)) {
        *error = QStringLiteral("--proxy and --no-proxy exclude each other");
        return false;
    }
    if (parser.isSet(proxy)) {
        if (!ProxySpec::parse(parser.value(proxy), error))
            return false;
        engine->proxy = parser.value(proxy);
    }
    engine->noProxy = parser.isSet(noProxy);
    if (parser.isSet(limitRate)) {
        const auto rate = BandwidthLimiter::parseRate(parser.value(limitRate));
        if (!rate) {
            *error = QStringLiteral("--limit-rate takes bytes a second such as 500k or 2M, "
                                    "not '%1'")
                         .arg(parser.value(limitRate));
            return false;
        }
        engine->limitRateBytes = *rate;
    }
    if (parser.isSet(http1) && parser.isSet(http2PriorKnowledge)) {
        *error = QStringLiteral("--http1 and --http2-prior-knowledge exclude each other");
        return false;
    }
    engine->http1Only = parser.isSet(http1);
    engine->http2PriorKnowledge = parser.isSet(http2PriorKnowledge);
    return true;
}

bool RequestFlags::readCaCert(const QCommandLineParser &parser, EngineOptions *engine,
                              QString *error) const
{
    if (!parser.isSet(caCert))
        return true;
    const QString path = parser.value(caCert);
    QString unreadable;
    const QList<QSslCertificate> certificates = TrustStore::certificatesIn(path, &unreadable);
    if (certificates.isEmpty()) {
        *error = unreadable.isEmpty()
                     ? QStringLiteral("no certificate in --ca-cert %1").arg(path)
                     : QStringLiteral("cannot read --ca-cert %1: %2").arg(path, unreadable);
        return false;
    }
    engine->extraCaCertificates = certificates;
    return true;
}
