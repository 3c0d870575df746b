#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

// A real nginx (plain HTTP, HTTPS with HTTP/2, and HTTP/2 without TLS) serving generated files from
// a temporary folder, so that integration tests meet a production server, TLS and HTTP/2 rather
// than only our own TestServer. Everything (config, certificates, logs, pid, temp paths) lives in a
// QTemporaryDir removed on destruction. Not thread-safe: use it from one thread.
class NginxFixture final
{
public:
    NginxFixture();
    ~NginxFixture();
    NginxFixture(const NginxFixture &) = delete;
    NginxFixture &operator=(const NginxFixture &) = delete;

    // Whether /usr/sbin/nginx (and openssl, for the certificates) can be run.
    static bool available();
    static QString nginxBinary();

    // Writes www/relPath filled with TestServer::body(size, seed); returns its URL path
    // ("/" + relPath), or an empty string on failure. May be called before or after start().
    QString addFile(const QString &relPath, qint64 size, int seed = 0);

    // Makes nginx answer `code` with Location: target for exactly urlPath, on both ports.
    // "@HTTP@" and "@HTTPS@" in target stand for the ports ("http://127.0.0.1:@HTTP@/f").
    // Call before start(); returns false for a path or target nginx could misread.
    bool addRedirect(const QString &urlPath, const QString &target, int code = 302);

    // Generates a throwaway CA and server certificate, writes nginx.conf and runs nginx until
    // it accepts connections (at most ~10 s). Returns false with errorString() on failure.
    bool start();
    void stop();
    bool isRunning() const;

    quint16 httpPort() const { return m_httpPort; }
    quint16 httpsPort() const { return m_httpsPort; }
    QUrl httpUrl(const QString &path) const;  // http://127.0.0.1:P + path
    QUrl httpsUrl(const QString &path) const; // https://127.0.0.1:S + path (cert has IP SAN)
    QUrl h2cUrl(const QString &path) const;   // http://127.0.0.1:C + path, HTTP/2 only (h2c)
    QString caCertPath() const;               // PEM of the CA that signed the server cert
    QString wwwPath() const;                  // the document root
    // One request per line: nginx's combined format, then the connection's serial number and
    // the port the request came to.
    QString accessLogPath() const;
    QString errorString() const { return m_error; }
    QByteArray errorLog() const; // nginx's error.log, for failure messages

private:
    bool runOpenssl(const QStringList &arguments);
    bool generateCertificates();
    bool writeConfig();
    bool waitUntilAccepting(int timeoutMs);
    QString path(const QString &name) const;

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    quint16 m_h2cPort = 0;
    QString m_error;
    QByteArray m_extraLocations; // nginx location blocks from addRedirect()
};
