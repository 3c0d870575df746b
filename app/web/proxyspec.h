#pragma once

#include <QNetworkProxy>
#include <QString>

#include <optional>

// Reads a proxy URL as --proxy and the settings take it: [scheme://][user:password@]host[:port]
//   http://    an HTTP proxy (plain GET for http, CONNECT tunnels for https); default port 3128,
//              Squid's, the most common on company networks. No scheme means http://, as in curl.
//   socks5://  SOCKS5; Fanout resolves host names itself and sends addresses (curl's meaning).
//   socks5h:// SOCKS5; the proxy resolves host names (for names only the proxy can see).
//              Default port 1080 for both.
// https:// (TLS to the proxy itself) and SOCKS4 are refused: Qt's QNetworkProxy cannot speak
// them. User and password are percent-decoded. Stateless: safe from any thread.
class ProxySpec final
{
public:
    static constexpr quint16 kDefaultHttpPort = 3128;
    static constexpr quint16 kDefaultSocksPort = 1080;

    // nullopt with *error (when given) saying what is wrong; the message never repeats the
    // password.
    static std::optional<QNetworkProxy> parse(const QString &url, QString *error = nullptr);
};
