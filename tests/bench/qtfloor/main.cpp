// fanout-qt-floor: the benchmark's floor for any downloader built on QNetworkAccessManager.
//
// Deliberately the least a QNAM downloader does: GET each URL, stream the body into a file named
// by the URL path's last segment, count the failures. No checksum, no .part files, no renames,
// no records, no retries, no progress. Whatever an engine on QNAM adds can only cost time on top
// of this, which is why its wall time is the floor for the same workload (tests/bench/README.md).
//
// With --contract it also does the file work Fanout's contract asks of every download (issue 2):
// the body streams into NAME.part (created exclusively), is hashed with SHA-256 on the way (the
// same libcrypto code as Fanout's) and is renamed to NAME without replacing anything. That is the
// floor for an engine that keeps the contract.
//
// With --http2-prior-knowledge every request carries Http2DirectAttribute: HTTP/2 from the first
// byte, which is how Qt speaks to a server that offers HTTP/2 without TLS (h2c).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QThread>

#include "sha256.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

namespace {
constexpr qint64 bufferBytes = 256 * 1024; // Qt's read buffer and ours: one read drains it
constexpr int connectionsPerHost = 6;      // Qt's limit per QNetworkAccessManager

// The whole run, shared by the lanes: the URLs, the next one to take, and what failed.
struct Batch
{
    QList<QUrl> urls;
    QString dir;
    bool contract = false;    // .part, SHA-256 and a rename per download
    bool http2Direct = false; // HTTP/2 from the first byte, also without TLS (h2c)
    std::atomic<int> next = 0;
    QMutex mutex;
    QStringList failures; // "URL: reason", guarded by mutex
};

struct Download
{
    QFile file;
    QString finalPath; // with --contract: where the part goes once whole
    std::unique_ptr<Sha256> hash;
    bool writeFailed = false;
};

// One thread's share: its own QNetworkAccessManager and up to m_slots requests at a time.
class Lane final : public QObject
{
public:
    Lane(Batch *batch, int slots) : m_batch(batch), m_slots(slots) {}

    void start() // in the lane's thread
    {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_nam->setAutoDeleteReplies(false);
        m_buffer.resize(bufferBytes);
        for (int i = 0; i < m_slots; ++i)
            startNext();
    }

private:
    void startNext()
    {
        for (;;) {
            const int index = m_batch->next.fetch_add(1, std::memory_order_relaxed);
            if (index >= m_batch->urls.size()) {
                if (m_inFlight == 0)
                    QThread::currentThread()->quit();
                return;
            }
            if (get(m_batch->urls.at(index)))
                return;
        }
    }

    // False when the request could not start (already counted as a failure).
    bool get(const QUrl &url)
    {
        const QString name = url.path().section(QLatin1Char('/'), -1);
        if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
            fail(url, QStringLiteral("no file name in the URL path"));
            return false;
        }
        auto download = std::make_shared<Download>();
        const QString path = m_batch->dir + QLatin1Char('/') + name;
        QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered;
        if (m_batch->contract) {
            download->finalPath = path;
            download->hash = std::make_unique<Sha256>();
            download->file.setFileName(path + QLatin1String(".part"));
            mode |= QIODevice::NewOnly;
        } else {
            download->file.setFileName(path);
            mode |= QIODevice::Truncate;
        }
        if (!download->file.open(mode)) {
            fail(url,
                 download->file.fileName() + QLatin1String(": ") + download->file.errorString());
            return false;
        }
        QNetworkRequest request(url);
        request.setRawHeader("Accept-Encoding", "identity");
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        if (m_batch->http2Direct)
            request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
        QNetworkReply *reply = m_nam->get(request);
        reply->setReadBufferSize(bufferBytes);
        ++m_inFlight;
        connect(reply, &QNetworkReply::readyRead, this,
                [this, reply, download] { drain(reply, *download); });
        connect(reply, &QNetworkReply::finished, this, [this, reply, download] {
            drain(reply, *download);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError)
                fail(reply->url(), reply->errorString());
            else if (status != 200)
                fail(reply->url(), QStringLiteral("HTTP status %1").arg(status));
            else if (download->writeFailed)
                fail(reply->url(), download->file.errorString());
            else if (download->hash && download->hash->hex().size() != 64)
                fail(reply->url(), QStringLiteral("no SHA-256"));
            download->file.close();
            if (!download->finalPath.isEmpty() && !download->file.rename(download->finalPath))
                fail(reply->url(), download->file.errorString());
            reply->deleteLater();
            --m_inFlight;
            startNext();
        });
        return true;
    }

    void drain(QNetworkReply *reply, Download &download)
    {
        qint64 n = 0;
        while ((n = reply->read(m_buffer.data(), bufferBytes)) > 0) {
            if (download.hash)
                download.hash->addData(m_buffer.constData(), n);
            if (!download.writeFailed && download.file.write(m_buffer.constData(), n) != n)
                download.writeFailed = true;
        }
    }

    void fail(const QUrl &url, const QString &reason)
    {
        const QMutexLocker locker(&m_batch->mutex);
        m_batch->failures.append(url.toString() + QLatin1String(": ") + reason);
    }

    Batch *m_batch;
    int m_slots;
    int m_inFlight = 0;
    QNetworkAccessManager *m_nam = nullptr; // created in the lane's thread
    QByteArray m_buffer;
};
} // namespace

int main(int argc, char *argv[])
{
    // Qt's own event dispatcher, as fanout --headless uses: fewer wake-ups than GLib's.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fanout-qt-floor"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The least a QNetworkAccessManager downloader does: the benchmark's floor."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Folder to write to."), QStringLiteral("DIR"),
                                    QStringLiteral("."));
    const QCommandLineOption jobs(QStringLiteral("j"), QStringLiteral("Requests at a time."),
                                  QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption lanes(QStringLiteral("lanes"),
                                   QStringLiteral("Threads (default max(2, ceil(N/6)), <= N)."),
                                   QStringLiteral("K"));
    const QCommandLineOption contract(
        QStringLiteral("contract"),
        QStringLiteral("Also do Fanout's file work: NAME.part, SHA-256, rename to NAME."));
    const QCommandLineOption caCert(QStringLiteral("ca-cert"),
                                    QStringLiteral("Also trust the CA certificates in FILE (PEM)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption http2PriorKnowledge(
        QStringLiteral("http2-prior-knowledge"),
        QStringLiteral("Speak HTTP/2 from the start, without negotiating it (also h2c)."));
    parser.addOptions({output, jobs, lanes, contract, caCert, http2PriorKnowledge});
    parser.addPositionalArgument(QStringLiteral("LIST"), QStringLiteral("One URL per line."));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "fanout-qt-floor: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help))
        parser.showHelp(0);

    auto parseCount = [](const QString &text, int min, int max) {
        bool ok = false;
        const int value = text.toInt(&ok);
        return ok && value >= min && value <= max ? value : -1;
    };
    const int n = parseCount(parser.value(jobs), 1, 999);
    const int k = parser.isSet(lanes)
                      ? parseCount(parser.value(lanes), 1, std::max(n, 1))
                      : std::min(n, std::max(2, (n + connectionsPerHost - 1) / connectionsPerHost));
    if (parser.positionalArguments().size() != 1 || n < 0 || k < 0) {
        std::fprintf(stderr, "usage: fanout-qt-floor LIST -o DIR -j N (1-999) [--lanes K (1-N)] "
                             "[--contract] [--ca-cert FILE] [--http2-prior-knowledge]\n");
        return 2;
    }
    if (parser.isSet(caCert)) {
        // The path overload keeps Qt's on-demand lookup of the system's CAs.
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!config.addCaCertificates(parser.value(caCert))) {
            std::fprintf(stderr, "fanout-qt-floor: no certificate in %s\n",
                         qPrintable(parser.value(caCert)));
            return 2;
        }
        QSslConfiguration::setDefaultConfiguration(config);
    }
    QFile list(parser.positionalArguments().constFirst());
    if (!list.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fanout-qt-floor: %s: %s\n", qPrintable(list.fileName()),
                     qPrintable(list.errorString()));
        return 2;
    }
    Batch batch;
    batch.dir = parser.value(output);
    batch.contract = parser.isSet(contract);
    batch.http2Direct = parser.isSet(http2PriorKnowledge);
    for (const QByteArray &line : list.readAll().split('\n')) {
        if (const QByteArray url = line.trimmed(); !url.isEmpty())
            batch.urls.append(QUrl(QString::fromUtf8(url)));
    }

    std::vector<std::unique_ptr<QThread>> threads;
    int running = k;
    for (int i = 0; i < k; ++i) {
        auto *lane = new Lane(&batch, n / k + (i < n % k ? 1 : 0));
        auto &thread = threads.emplace_back(std::make_unique<QThread>());
        lane->moveToThread(thread.get());
        // The lane and its QNetworkAccessManager go in their own thread, as it ends.
        QObject::connect(thread.get(), &QThread::finished, lane, &QObject::deleteLater);
        QObject::connect(thread.get(), &QThread::finished, &app, [&running] {
            if (--running == 0)
                QCoreApplication::quit();
        });
        thread->start();
        QMetaObject::invokeMethod(
            lane, [lane] { lane->start(); }, Qt::QueuedConnection);
    }
    app.exec();
    for (const auto &thread : threads)
        thread->wait();

    if (batch.failures.isEmpty())
        return 0;
    for (const QString &failure : batch.failures.first(std::min(5, int(batch.failures.size()))))
        std::fprintf(stderr, "%s\n", qPrintable(failure));
    std::fprintf(stderr, "fanout-qt-floor: %d of %d failed\n", int(batch.failures.size()),
                 int(batch.urls.size()));
    return 1;
}
