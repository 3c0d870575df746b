#pragma once

#include <QHash>
#include <QNetworkProxyFactory>

// The proxies of the system's settings, with "no proxy" said so that Qt 6.4 reads the socket in
// blocks. Qt opens a direct plain-HTTP connection (a NoProxy answer) as an unbuffered QTcpSocket
// and then reads each response's status line and headers one byte per read() system call: 260
// calls for nginx's 254-byte header block, most of the CPU of a list of small files or 404s. For
// any other answer it buffers the socket (64 KiB). This factory answers DefaultProxy where the
// system's answer is NoProxy: the HTTP code then buffers, and the socket resolves DefaultProxy
// through the application's factory (the system's settings, as Engine sets them) to the same
// direct connection. It does so only where that second question, asked for a TCP connection to
// the same host and port, also says NoProxy (a system could name a SOCKS proxy for TCP alone);
// elsewhere NoProxy stays. Proxies the system names are passed on unchanged; with
// Proxies::None (the user's --no-proxy, or "none" in the window) none is used, and every request
// goes direct the same way. For the lanes' QNetworkAccessManager unless the user named a proxy.
// Used from the lane's thread only.
class DirectProxyFactory final : public QNetworkProxyFactory
{
public:
    enum class Proxies
    {
        System, // the system's settings
        None,   // direct, whatever the system says
    };

    explicit DirectProxyFactory(Proxies proxies = Proxies::System) : m_proxies(proxies) {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    // Whether a TCP connection to host:port goes direct; remembered for a bounded number of
    // origins (a list of a million hosts must not keep a million answers).
    bool tcpGoesDirect(const QString &host, int port);

    Proxies m_proxies;
    QHash<QString, bool> m_direct;
};
