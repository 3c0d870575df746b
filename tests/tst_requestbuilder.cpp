#include <QTest>

#include "requestbuilder.h"
#include "transfer.h"

// Request building without a network: the User-Agent, the user's and per-host headers (credential
// headers only to the host the user named), Accept-Encoding identity, HTTP/2 allowed or not,
// manual redirects, no cache, and Range with If-Range when resuming.
class TestRequestBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedAttributes();
    void userAgent_data();
    void userAgent();
    void headers_data();
    void headers();
    void http2_data();
    void http2();
    void range();
    void closeWhenIdle();
};

void TestRequestBuilder::fixedAttributes()
{
    const TransferConfig config;
    const RequestBuilder builder(config, QUrl(QStringLiteral("http://a.test/f")));
    const QNetworkRequest request = builder.request(QUrl(QStringLiteral("http://a.test/f")), false);
    QCOMPARE(request.url(), QUrl(QStringLiteral("http://a.test/f")));
    QCOMPARE(request.rawHeader("Accept-Encoding"), QByteArray("identity"));
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(request.attribute(QNetworkRequest::CacheLoadControlAttribute).toInt(),
             int(QNetworkRequest::AlwaysNetwork));
    QVERIFY(!request.hasRawHeader("Range"));
    QVERIFY(!request.hasRawHeader("If-Range"));
}

void TestRequestBuilder::userAgent_data()
{
    QTest::addColumn<QByteArray>("configured");
    QTest::addColumn<QByteArray>("header"); // a User-Agent among the user's headers
    QTest::addColumn<QByteArray>("expected");

    const QByteArray ours("Fanout/" FANOUT_VERSION);
    QTest::newRow("ours") << QByteArray() << QByteArray() << ours;
    QTest::newRow("--user-agent") << QByteArray("curl/8") << QByteArray() << QByteArray("curl/8");
    QTest::newRow("header wins") << QByteArray("curl/8") << QByteArray("wget/1")
                                 << QByteArray("wget/1");
}

void TestRequestBuilder::userAgent()
{
    QFETCH(QByteArray, configured);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, expected);

    TransferConfig config;
    config.userAgent = configured;
    if (!header.isEmpty())
        config.headers.append({QByteArray("user-agent"), header});
    const QUrl url(QStringLiteral("http://a.test/f"));
    const QNetworkRequest request = RequestBuilder(config, url).request(url, false);
    QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(), expected);
}

void TestRequestBuilder::headers_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("expected"); // empty: not sent

    const QString origin = QStringLiteral("http://a.test/f");
    const QString other = QStringLiteral("http://b.test/g");
    QTest::newRow("plain header, origin") << origin << QByteArray("X-Token") << QByteArray("t");
    QTest::newRow("plain header, other host") << other << QByteArray("X-Token") << QByteArray("t");
    QTest::newRow("Authorization, origin")
        << origin << QByteArray("Authorization") << QByteArray("Bearer s");
    QTest::newRow("Authorization, origin host in capitals")
        << "https://A.TEST:8443/x" << QByteArray("Authorization") << QByteArray("Bearer s");
    QTest::newRow("Authorization, other host")
        << other << QByteArray("Authorization") << QByteArray();
    QTest::newRow("Cookie, other host") << other << QByteArray("Cookie") << QByteArray();
    QTest::newRow("Proxy-Authorization, other host")
        << other << QByteArray("Proxy-Authorization") << QByteArray();
    QTest::newRow("host header, its host") << origin << QByteArray("X-A") << QByteArray("a");
    QTest::newRow("host header, another host") << other << QByteArray("X-A") << QByteArray();
    QTest::newRow("host header with credentials, its redirect target")
        << other << QByteArray("X-B-Key") << QByteArray();
}

void TestRequestBuilder::headers()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, expected);

    TransferConfig config;
    config.headers = {{"X-Token", "t"},
                      {"Authorization", "Bearer s"},
                      {"cookie", "c=1"},
                      {"Proxy-Authorization", "Basic p"}};
    config.hostHeaders = {{QStringLiteral("A.test"), {"X-A", "a"}},
                          {QStringLiteral("b.test"), {"Authorization", "Bearer b"}}};
    const RequestBuilder builder(config, QUrl(QStringLiteral("http://a.test/f")));
    const QNetworkRequest request = builder.request(QUrl(url), false);
    QCOMPARE(request.rawHeader(name), expected);
    if (QUrl(url).host() == QLatin1String("b.test"))     // a per-host Authorization for b.test is
        QVERIFY(!request.hasRawHeader("Authorization")); // still not sent after a redirect
}

void TestRequestBuilder::http2_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("http1Only");
    QTest::addColumn<bool>("priorKnowledge");
    QTest::addColumn<bool>("http1ForBody");
    QTest::addColumn<bool>("disallowed");
    QTest::addColumn<bool>("direct");
    const QString https = QStringLiteral("https://a.test/f");
    const QString http = QStringLiteral("http://a.test/f");
    QTest::newRow("default") << https << false << false << false << false << false;
    QTest::newRow("--http1") << https << true << false << false << true << false;
    QTest::newRow("large body") << https << false << false << true << true << false;
    QTest::newRow("prior knowledge, http") << http << false << true << false << false << true;
    // Such a server may have no HTTP/1.1: a large body stays on HTTP/2.
    QTest::newRow("prior knowledge, http, large body")
        << http << false << true << true << false << true;
    // https:// negotiates as always (ALPN), with the large-body switch.
    QTest::newRow("prior knowledge, https") << https << false << true << false << false << false;
    QTest::newRow("prior knowledge, https, large body")
        << https << false << true << true << true << false;
    QTest::newRow("plain http, no flag") << http << false << false << false << false << false;
}

void TestRequestBuilder::http2()
{
    QFETCH(QString, url);
    QFETCH(bool, http1Only);
    QFETCH(bool, priorKnowledge);
    QFETCH(bool, http1ForBody);
    QFETCH(bool, disallowed);
    QFETCH(bool, direct);

    TransferConfig config;
    config.http1Only = http1Only;
    config.http2PriorKnowledge = priorKnowledge;
    const QNetworkRequest request =
        RequestBuilder(config, QUrl(url)).request(QUrl(url), http1ForBody);
    const QVariant allowed = request.attribute(QNetworkRequest::Http2AllowedAttribute);
    QCOMPARE(allowed.isValid() && !allowed.toBool(), disallowed);
    QCOMPARE(request.attribute(QNetworkRequest::Http2DirectAttribute).toBool(), direct);
}

void TestRequestBuilder::closeWhenIdle()
{
    // The only item of its origin: its connection goes when idle, not after Qt's two minutes.
    const TransferConfig config;
    const QUrl url(QStringLiteral("http://a.test/f"));
    const QVariant kept =
        RequestBuilder(config, url)
            .request(url, false)
            .attribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute);
    QVERIFY(!kept.isValid()); // Qt's default
    const QVariant closed =
        RequestBuilder(config, url, true)
            .request(url, false)
            .attribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute);
    QCOMPARE(closed.toInt(), 0);
    QVERIFY(closed.isValid());
}

void TestRequestBuilder::range()
{
    const TransferConfig config;
    const QUrl url(QStringLiteral("http://a.test/f"));
    const QNetworkRequest request =
        RequestBuilder(config, url).request(url, false, {"bytes=100-", "\"etag\""});
    QCOMPARE(request.rawHeader("Range"), QByteArray("bytes=100-"));
    QCOMPARE(request.rawHeader("If-Range"), QByteArray("\"etag\""));
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
