// TestServer's routes and statistics, and the nginx fixture, driven by a plain
// QNetworkAccessManager so that engine tests can trust them: bodies and their framings, status
// codes, redirects, flaky routes, headers sent and echoed, the requests recorded.

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>

#include "nginxfixture.h"
#include "testserverclient.h"

// What each route of TestServer answers, as a plain Qt client sees it (TestServerClient).
class TestServerRoutes final : public TestServerClient
{
    Q_OBJECT

private Q_SLOTS:
    void generator();
    void fileBody_data();
    void fileBody();
    void framings_data();
    void framings();
    void head();
    void keepAlive();
    void statusCodes_data();
    void statusCodes();
    void redirectChain_data();
    void redirectChain();
    void redirectLoop_data();
    void redirectLoop();
    void relativeRedirect();
    void flaky_data();
    void flaky();
    void contentDisposition();
    void extraHeaders();
    void echoHeaders();
    void recordedRequests();
    void nginx();
};

void TestServerRoutes::generator()
{
    const QByteArray a = TestServer::body(1000, 0);
    QCOMPARE(a.size(), 1000);
    QCOMPARE(TestServer::body(1000, 0), a);
    QVERIFY(TestServer::body(1000, 1) != a);
    for (int i : {0, 1, 7, 8, 9, 500, 999})
        QCOMPARE(TestServer::byteAt(i), a.at(i));
    QByteArray middle(333, Qt::Uninitialized);
    TestServer::fill(middle.data(), 333, 333, 0);
    QCOMPARE(middle, a.mid(333, 333));
    QCOMPARE(TestServer::sha256(3'000'001, 5), sha256(TestServer::body(3'000'001, 5)));
    QCOMPARE(TestServer::sha256Hex(10), QString::fromLatin1(sha256(TestServer::body(10)).toHex()));
}

void TestServerRoutes::fileBody_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("seed");
    QTest::newRow("empty") << qint64(0) << 0;
    QTest::newRow("one byte") << qint64(1) << 0;
    QTest::newRow("odd") << qint64(1001) << 3;
    QTest::newRow("1 MiB + 3") << qint64((1 << 20) + 3) << 0;
    QTest::newRow("12 MB seeded") << qint64(12'000'000) << 42;
}

void TestServerRoutes::fileBody()
{
    QFETCH(qint64, size);
    QFETCH(int, seed);
    const ReplyPtr reply =
        get(QStringLiteral("/file?size=%1&seed=%2&name=a.bin").arg(size).arg(seed));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(statusOf(reply.get()), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), size);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/octet-stream"));
    QVERIFY(!reply->rawHeader("Date").isEmpty());
    QCOMPARE(reply->rawHeader("Content-Disposition"), "attachment; filename=\"a.bin\"");
    QCOMPARE(sha256(reply->readAll()), TestServer::sha256(size, seed));
    QCOMPARE(m_server.requestCount(QStringLiteral("/file")), 1);
}

void TestServerRoutes::framings_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("chunked") << QStringLiteral("/chunked") << QByteArray("Transfer-Encoding")
                             << QByteArray("chunked");
    QTest::newRow("nolength") << QStringLiteral("/nolength") << QByteArray("Connection")
                              << QByteArray("close");
    QTest::newRow("slow") << QStringLiteral("/slow") << QByteArray("Content-Length")
                          << QByteArray("700000");
}

void TestServerRoutes::framings()
{
    QFETCH(QString, route);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    const ReplyPtr reply = get(route + QStringLiteral("?size=700000&seed=9&delay=10"));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->rawHeader(header), value);
    QCOMPARE(sha256(reply->readAll()), TestServer::sha256(700000, 9));
}

void TestServerRoutes::head()
{
    const ReplyPtr reply =
        ReplyPtr(m_nam->head(QNetworkRequest(m_server.url(QStringLiteral("/file?size=1234")))));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 1234);
    QCOMPARE(reply->readAll(), QByteArray());
    QCOMPARE(m_server.requests().constFirst().method, QByteArray("HEAD"));
}

void TestServerRoutes::keepAlive()
{
    for (int i = 0; i < 3; ++i) {
        const ReplyPtr reply = get(QStringLiteral("/file?size=100"));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }
    QCOMPARE(m_server.requestCount(), 3);
    QCOMPARE(m_server.connectionCount(), 1);
}

void TestServerRoutes::statusCodes_data()
{
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<int>("status");
    QTest::newRow("404 route") << QStringLiteral("/status?code=404") << 404;
    QTest::newRow("500") << QStringLiteral("/status?code=500") << 500;
    QTest::newRow("204") << QStringLiteral("/status?code=204") << 204;
    QTest::newRow("unknown path") << QStringLiteral("/no/such/thing") << 404;
    QTest::newRow("root") << QStringLiteral("/") << 200;
}

void TestServerRoutes::statusCodes()
{
    QFETCH(QString, pathAndQuery);
    QFETCH(int, status);
    const ReplyPtr reply = get(pathAndQuery);
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(statusOf(reply.get()), status);
}

void TestServerRoutes::redirectChain_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
}

void TestServerRoutes::redirectChain()
{
    QFETCH(int, code);
    const ReplyPtr reply = get(QStringLiteral("/chain?n=4&code=%1&size=500").arg(code));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->url(), m_server.url(QStringLiteral("/chain?n=0&code=%1&size=500").arg(code)));
    QCOMPARE(sha256(reply->readAll()), TestServer::sha256(500));
    QCOMPARE(m_server.requestCount(QStringLiteral("/chain")), 5);
}

void TestServerRoutes::redirectLoop_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("loop") << QStringLiteral("/loop");
    QTest::newRow("self") << QStringLiteral("/self?x=1");
}

void TestServerRoutes::redirectLoop()
{
    QFETCH(QString, path);
    QNetworkRequest request(m_server.url(path));
    request.setMaximumRedirectsAllowed(5);
    const ReplyPtr reply(m_nam->get(request));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::TooManyRedirectsError);
    QCOMPARE(m_server.requestCount(), 6);
}

void TestServerRoutes::relativeRedirect()
{
    const ReplyPtr reply = get(QStringLiteral("/redirect?to=file%3Fsize%3D77&code=303"));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->url(), m_server.url(QStringLiteral("/file?size=77")));
    QCOMPARE(reply->readAll().size(), 77);
}

void TestServerRoutes::flaky_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("503 seconds") << 503 << QByteArray("7");
    QTest::newRow("429 http-date") << 429 << QByteArray("Wed, 21 Oct 2037 07:28:00 GMT");
    QTest::newRow("500 none") << 500 << QByteArray();
}

void TestServerRoutes::flaky()
{
    QFETCH(int, code);
    QFETCH(QByteArray, retryAfter);
    const QString key =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    QString query = QStringLiteral("/flaky?fail=2&code=%1&key=%2&size=300").arg(code).arg(key);
    if (!retryAfter.isNull())
        query += QStringLiteral("&retry-after=") +
                 QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(retryAfter)));
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const ReplyPtr reply = get(query);
        QVERIFY(waitFinished(reply.get()));
        if (attempt <= 2) {
            QCOMPARE(statusOf(reply.get()), code);
            QCOMPARE(reply->rawHeader("Retry-After"), retryAfter);
        } else {
            QCOMPARE(statusOf(reply.get()), 200);
            QCOMPARE(reply->readAll(), TestServer::body(300));
        }
    }
    QCOMPARE(m_server.requestCount(QStringLiteral("/flaky")), 3);
}

void TestServerRoutes::contentDisposition()
{
    const QByteArray value = "attachment; filename=\"../\xff evil;.txt\"; filename*=UTF-8''a%2Fb";
    const ReplyPtr reply = get(QStringLiteral("/cd?size=10&value=") +
                               QString::fromLatin1(QUrl::toPercentEncoding(
                                   QString::fromLatin1(value.constData(), value.size()))));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    // toPercentEncoding encodes Latin-1 text as UTF-8; the server sends the decoded bytes back.
    QCOMPARE(reply->rawHeader("Content-Disposition"),
             QString::fromLatin1(value.constData(), value.size()).toUtf8());

    const ReplyPtr raw = get(QStringLiteral("/cd?value=a%FFb"));
    QVERIFY(waitFinished(raw.get()));
    QCOMPARE(raw->rawHeader("Content-Disposition"), QByteArray("a\xff"
                                                               "b"));
}

void TestServerRoutes::extraHeaders()
{
    const ReplyPtr reply = get(QStringLiteral("/headers?h=X-Foo:bar&h=ETag:%22v1%22"));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->rawHeader("X-Foo"), QByteArray("bar"));
    QCOMPARE(reply->rawHeader("ETag"), QByteArray("\"v1\""));

    const ReplyPtr typed = get(QStringLiteral("/file?size=5&h=Content-Type:text/html"));
    QVERIFY(waitFinished(typed.get()));
    QCOMPARE(typed->rawHeader("Content-Type"), QByteArray("text/html"));
}

void TestServerRoutes::echoHeaders()
{
    QNetworkRequest request(m_server.url(QStringLiteral("/echo-headers")));
    request.setRawHeader("X-Fanout-Test", "hello world");
    const ReplyPtr reply(m_nam->get(request));
    QVERIFY(waitFinished(reply.get()));
    QVERIFY(reply->readAll().contains("X-Fanout-Test: hello world\r\n"));
}

void TestServerRoutes::recordedRequests()
{
    QNetworkRequest request(m_server.url(QStringLiteral("/file?size=3&seed=1&name=x%20y")));
    request.setRawHeader("User-Agent", "FanoutTest/1");
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const ReplyPtr reply(m_nam->get(request));
    QVERIFY(waitFinished(reply.get()));
    const QList<RecordedRequest> requests = m_server.requests();
    QCOMPARE(requests.size(), 1);
    const RecordedRequest &r = requests.constFirst();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/file"));
    QCOMPARE(r.target, QByteArray("/file?size=3&seed=1&name=x%20y"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded),
             QStringLiteral("x y"));
    QCOMPARE(r.header("user-agent"), QByteArray("FanoutTest/1"));
    QVERIFY(r.header("X-Absent").isNull());
    QVERIFY(r.receivedAtMs >= before);
    QCOMPARE(r.connectionId, 1);

    m_server.resetStats();
    QCOMPARE(m_server.requestCount(), 0);
    QCOMPARE(m_server.peakConcurrency(), 0);
    QCOMPARE(m_server.connectionCount(), 0);
}

void TestServerRoutes::nginx()
{
    if (!NginxFixture::available())
        QSKIP("nginx or openssl is not installed");
    NginxFixture fixture;
    const qint64 size = 3'000'000;
    const QString path = fixture.addFile(QStringLiteral("dir/data.bin"), size, 7);
    QCOMPARE(path, QStringLiteral("/dir/data.bin"));
    QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
    QVERIFY(QFile::exists(fixture.caCertPath()));

    const ReplyPtr plain(m_nam->get(QNetworkRequest(fixture.httpUrl(path))));
    QVERIFY(waitFinished(plain.get()));
    QCOMPARE(plain->error(), QNetworkReply::NoError);
    QCOMPARE(sha256(plain->readAll()), TestServer::sha256(size, 7));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(fixture.caCertPath()));
    QCOMPARE(tls.caCertificates().size(), 1);
    for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
        QUrl url = fixture.httpsUrl(path);
        url.setHost(host);
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        const ReplyPtr secure(m_nam->get(request));
        QVERIFY(waitFinished(secure.get()));
        QVERIFY2(secure->error() == QNetworkReply::NoError, qPrintable(secure->errorString()));
        QVERIFY(secure->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
        QCOMPARE(sha256(secure->readAll()), TestServer::sha256(size, 7));
    }

    QNetworkAccessManager fresh; // not the cached connection that trusted the CA
    const ReplyPtr refused(fresh.get(QNetworkRequest(fixture.httpsUrl(path))));
    QVERIFY(waitFinished(refused.get()));
    QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);

    const ReplyPtr missing(m_nam->get(QNetworkRequest(fixture.httpUrl(QStringLiteral("/no")))));
    QVERIFY(waitFinished(missing.get()));
    QCOMPARE(statusOf(missing.get()), 404);
}

QTEST_GUILESS_MAIN(TestServerRoutes)

#include "tst_testserver_routes.moc"
