#include "nginxfixture.h"

#include "testserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>

#include <unistd.h>

namespace {

constexpr int kStartTimeoutMs = 10000;
constexpr int kStopTimeoutMs = 5000;

// A free loopback port: bind to port 0, read it, close. Another process could take it before
// nginx binds; start() reports that as a failure rather than hanging.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool writeText(const QString &fileName, const QByteArray &text)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text) == text.size() && file.flush();
}

} // namespace

NginxFixture::NginxFixture()
{
    if (m_dir.isValid()) {
        QDir root(m_dir.path());
        root.mkpath(QStringLiteral("www"));
        root.mkpath(QStringLiteral("tmp"));
        root.mkpath(QStringLiteral("logs"));
    } else {
        m_error = QStringLiteral("cannot create a temporary directory");
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

NginxFixture::~NginxFixture()
{
    stop();
}

QString NginxFixture::nginxBinary()
{
    return QStringLiteral("/usr/sbin/nginx");
}

bool NginxFixture::available()
{
    const QFileInfo nginx(nginxBinary());
    return nginx.isFile() && nginx.isExecutable() &&
           !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

QString NginxFixture::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString NginxFixture::wwwPath() const
{
    return path(QStringLiteral("www"));
}

QString NginxFixture::accessLogPath() const
{
    return path(QStringLiteral("logs/access.log"));
}

QString NginxFixture::caCertPath() const
{
    return path(QStringLiteral("ca.crt"));
}

QByteArray NginxFixture::errorLog() const
{
    QFile file(path(QStringLiteral("logs/error.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString NginxFixture::addFile(const QString &relPath, qint64 size, int seed)
{
    const QString rel = QDir::cleanPath(relPath);
    if (!m_dir.isValid() || rel.isEmpty() || rel.startsWith(QLatin1String("..")))
        return {};
    const QString fileName = wwwPath() + QLatin1Char('/') + rel;
    if (!QDir().mkpath(QFileInfo(fileName).absolutePath()))
        return {};
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QByteArray chunk(qsizetype(std::min<qint64>(size, 1 << 20)), Qt::Uninitialized);
    for (qint64 offset = 0; offset < size;) {
        const qint64 n = std::min<qint64>(chunk.size(), size - offset);
        TestServer::fill(chunk.data(), offset, n, seed);
        if (file.write(chunk.constData(), n) != n)
            return {};
        offset += n;
    }
    return QLatin1Char('/') + (rel.startsWith(QLatin1Char('/')) ? rel.mid(1) : rel);
}

bool NginxFixture::addRedirect(const QString &urlPath, const QString &target, int code)
{
    // Whatever would end the directive or open a block early is refused, not escaped.
    const auto plain = [](const QString &s) {
        return !s.isEmpty() && std::none_of(s.begin(), s.end(), [](QChar c) {
            return c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u';' || c == u'{' ||
                   c == u'}' || c == u'"' || c == u'\\' || c == u'\'' || c == u'$';
        });
    };
    if (!plain(urlPath) || !urlPath.startsWith(u'/') || !plain(target) || code < 300 ||
        code > 399) {
        m_error = QStringLiteral("addRedirect: unusable path or target");
        return false;
    }
    m_extraLocations += "        location = " + urlPath.toLatin1() + " { return " +
                        QByteArray::number(code) + ' ' + target.toLatin1() + "; }\n";
    return true;
}

bool NginxFixture::runOpenssl(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(kStartTimeoutMs)) {
        openssl.kill();
        openssl.waitForFinished(1000);
        m_error = QStringLiteral("openssl did not finish: ") + arguments.join(QLatin1Char(' '));
        return false;
    }
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl failed: ") + arguments.join(QLatin1Char(' ')) +
                  QLatin1Char('\n') + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    return true;
}

// A throwaway CA and a server certificate signed by it, valid for 127.0.0.1 and localhost.
// EC keys keep the generation fast.
bool NginxFixture::generateCertificates()
{
    if (!writeText(path(QStringLiteral("server.ext")),
                   "basicConstraints=CA:FALSE\n"
                   "keyUsage=critical,digitalSignature,keyEncipherment\n"
                   "extendedKeyUsage=serverAuth\n"
                   "subjectAltName=IP:127.0.0.1,DNS:localhost\n")) {
        m_error = QStringLiteral("cannot write server.ext");
        return false;
    }
    const QString newKey =
        QStringLiteral("-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes");
    const QList<QString> commands = {
        QStringLiteral("req -x509 %1 -keyout ca.key -out ca.crt -days 2 -subj /CN=FanoutTestCA"
                       " -addext basicConstraints=critical,CA:TRUE"
                       " -addext keyUsage=critical,keyCertSign,cRLSign")
            .arg(newKey),
        QStringLiteral("req -new %1 -keyout server.key -out server.csr -subj /CN=127.0.0.1")
            .arg(newKey),
        QStringLiteral("x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial"
                       " -out server.crt -days 2 -extfile server.ext"),
    };
    for (const QString &command : commands) {
        if (!runOpenssl(command.split(QLatin1Char(' '))))
            return false;
    }
    return true;
}

bool NginxFixture::writeConfig()
{
    // @DIR@ is the temporary folder; master_process off keeps nginx a single process that
    // exits on SIGTERM.
    QByteArray conf = R"(daemon off;
master_process off;
worker_processes 1;
@USER@pid @DIR@/nginx.pid;
error_log @DIR@/logs/error.log warn;
events { worker_connections 512; }
http {
    # combined, then nginx's connection serial number and the port the request came to
    log_format fixture '$remote_addr - $remote_user [$time_local] "$request" $status '
                       '$body_bytes_sent "$http_referer" "$http_user_agent" $connection '
                       '$server_port';
    access_log @DIR@/logs/access.log fixture;
    client_body_temp_path @DIR@/tmp/body;
    proxy_temp_path @DIR@/tmp/proxy;
    fastcgi_temp_path @DIR@/tmp/fastcgi;
    uwsgi_temp_path @DIR@/tmp/uwsgi;
    scgi_temp_path @DIR@/tmp/scgi;
    types { text/plain txt; text/html html; }
    default_type application/octet-stream;
    sendfile on;
    keepalive_requests 10000;
    server {
        listen 127.0.0.1:@HTTP@;
        listen 127.0.0.1:@HTTPS@ ssl http2;
        listen 127.0.0.1:@H2C@ http2;
        server_name localhost 127.0.0.1;
        ssl_certificate @DIR@/server.crt;
        ssl_certificate_key @DIR@/server.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        root @DIR@/www;
        location / { }
@LOCATIONS@    }
}
)";
    conf.replace("@LOCATIONS@", m_extraLocations);
    conf.replace("@USER@", ::geteuid() == 0 ? "user root;\n" : "");
    conf.replace("@DIR@", QFile::encodeName(m_dir.path()));
    conf.replace("@HTTP@", QByteArray::number(m_httpPort));
    conf.replace("@HTTPS@", QByteArray::number(m_httpsPort));
    conf.replace("@H2C@", QByteArray::number(m_h2cPort));
    if (!writeText(path(QStringLiteral("nginx.conf")), conf)) {
        m_error = QStringLiteral("cannot write nginx.conf");
        return false;
    }
    return true;
}

bool NginxFixture::start()
{
    if (isRunning())
        return true;
    if (!m_dir.isValid())
        return false;
    if (!available()) {
        m_error = QStringLiteral("nginx or openssl is not installed");
        return false;
    }
    if (!QFile::exists(caCertPath()) && !generateCertificates())
        return false;
    m_httpPort = freePort();
    m_httpsPort = freePort();
    while (m_httpsPort == m_httpPort && m_httpPort != 0)
        m_httpsPort = freePort();
    m_h2cPort = freePort();
    while ((m_h2cPort == m_httpPort || m_h2cPort == m_httpsPort) && m_h2cPort != 0)
        m_h2cPort = freePort();
    if (m_httpPort == 0 || m_httpsPort == 0 || m_h2cPort == 0) {
        m_error = QStringLiteral("no free loopback port");
        return false;
    }
    if (!writeConfig())
        return false;

    m_process.setWorkingDirectory(m_dir.path());
    m_process.start(nginxBinary(), {QStringLiteral("-p"), m_dir.path() + QLatin1Char('/'),
                                    QStringLiteral("-c"), path(QStringLiteral("nginx.conf")),
                                    QStringLiteral("-e"), path(QStringLiteral("logs/error.log"))});
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        m_error = QStringLiteral("cannot run nginx: ") + m_process.errorString();
        return false;
    }
    if (!waitUntilAccepting(kStartTimeoutMs)) {
        m_error = QStringLiteral("nginx did not start accepting:\n") +
                  QString::fromLocal8Bit(m_process.readAll() + errorLog());
        stop();
        return false;
    }
    return true;
}

bool NginxFixture::waitUntilAccepting(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            return false;
        bool all = true;
        for (const quint16 port : {m_httpPort, m_httpsPort, m_h2cPort}) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (!probe.waitForConnected(200)) {
                all = false;
                break;
            }
            probe.abort();
        }
        if (all)
            return true;
        m_process.waitForFinished(50); // returns early if nginx exits; otherwise a short pause
    }
    return false;
}

void NginxFixture::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(kStopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
}

bool NginxFixture::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QUrl NginxFixture::httpUrl(const QString &urlPath) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_httpPort) + urlPath);
}

QUrl NginxFixture::h2cUrl(const QString &urlPath) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_h2cPort) + urlPath);
}

QUrl NginxFixture::httpsUrl(const QString &urlPath) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_httpsPort) + urlPath);
}
