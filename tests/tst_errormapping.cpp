#include <QLocale>
#include <QTest>

#include "errormapping.h"

// Error mapping without a network: Qt's NetworkError and the HTTP status to an ErrorKind and the
// detail the user reads, the texts of cut bodies, bad framing and silent clocks, which kinds keep
// the part file, and credentials scrubbed from Qt's texts.
class TestErrorMapping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The texts in English with C numbers ("9009 characters"), as the headless mode makes them
    // (the window's locale would group the digits).
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void ofReply_data();
    void ofReply();
    void statusDetail();
    void truncatedDetail();
    void framingError_data();
    void framingError();
    void ofCommitFailure();
    void clockDetails();
    void keepsPart_data();
    void keepsPart();
    void scrubbed_data();
    void scrubbed();
};

void TestErrorMapping::ofReply_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("ssl");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("detail");

    const QString qt = QStringLiteral("Qt says no");
    const QString tls = QStringLiteral("The certificate is self-signed");
    const auto row = [](const char *name, QNetworkReply::NetworkError error, const QString &ssl,
                        int status, ErrorKind kind, const QString &detail) {
        QTest::newRow(name) << int(error) << ssl << status << int(kind) << detail;
    };
    using R = QNetworkReply;
    row("refused", R::ConnectionRefusedError, {}, 0, ErrorKind::Connect,
        QStringLiteral("connection refused by a.test"));
    row("closed", R::RemoteHostClosedError, {}, 0, ErrorKind::Connect,
        QStringLiteral("connection closed by a.test before a response"));
    row("dns", R::HostNotFoundError, {}, 0, ErrorKind::Dns,
        QStringLiteral("host not found: a.test"));
    row("timeout", R::TimeoutError, {}, 0, ErrorKind::Timeout, qt);
    row("handshake with errors", R::SslHandshakeFailedError, tls, 0, ErrorKind::Tls, tls);
    row("handshake without", R::SslHandshakeFailedError, {}, 0, ErrorKind::Tls, qt);
    for (const auto error :
         {R::TemporaryNetworkFailureError, R::NetworkSessionFailedError, R::UnknownNetworkError,
          R::ProxyConnectionRefusedError, R::ProxyConnectionClosedError, R::ProxyNotFoundError,
          R::ProxyTimeoutError, R::ProxyAuthenticationRequiredError, R::UnknownProxyError})
        QTest::addRow("network %d", int(error))
            << int(error) << QString() << 0 << int(ErrorKind::Connect) << qt;
    row("insecure redirect", R::InsecureRedirectError, {}, 0, ErrorKind::Redirect, qt);
    row("too many redirects", R::TooManyRedirectsError, {}, 0, ErrorKind::Redirect, qt);
    row("tls seen, other error", R::UnknownServerError, tls, 0, ErrorKind::Tls, tls);
    row("no status, other error", R::OperationCanceledError, {}, 0, ErrorKind::Connect, qt);
    row("status, other error", R::ProtocolFailure, {}, 200, ErrorKind::Http, qt);
    row("status, no error", R::NoError, {}, 200, ErrorKind::Http, qt);
    row("no status, no error", R::NoError, {}, 0, ErrorKind::Http, qt);
}

void TestErrorMapping::ofReply()
{
    QFETCH(int, error);
    QFETCH(QString, ssl);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QString, detail);

    const auto mapped =
        ErrorMapping::ofReply(QNetworkReply::NetworkError(error), QStringLiteral("a.test"),
                              QStringLiteral("Qt says no"), ssl, status);
    QCOMPARE(int(mapped.kind), kind);
    QCOMPARE(mapped.detail, detail);
}

void TestErrorMapping::statusDetail()
{
    QCOMPARE(ErrorMapping::statusDetail(503, QStringLiteral("Service Unavailable")),
             QStringLiteral("HTTP 503 Service Unavailable"));
    QCOMPARE(ErrorMapping::statusDetail(404, QString()), QStringLiteral("HTTP 404"));
}

void TestErrorMapping::truncatedDetail()
{
    QCOMPARE(ErrorMapping::truncatedDetail(1000, 2000, QStringLiteral("Connection closed")),
             QStringLiteral("connection ended after 1000 of 2000 bytes (Connection closed)"));
    QCOMPARE(ErrorMapping::truncatedDetail(7, -1, QStringLiteral("x")),
             QStringLiteral("connection ended after 7 bytes (x)"));
}

void TestErrorMapping::framingError_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("detail");

    QTest::newRow("absent") << QByteArray() << QString();
    QTest::newRow("number") << QByteArray("1234") << QString();
    QTest::newRow("padded") << QByteArray(" 12 ") << QString();
    QTest::newRow("negative") << QByteArray("-1") << QStringLiteral("invalid Content-Length '-1'");
    QTest::newRow("list") << QByteArray("10, 10")
                          << QStringLiteral("invalid Content-Length '10, 10'");
    QTest::newRow("hex") << QByteArray("0x10") << QStringLiteral("invalid Content-Length '0x10'");
    QTest::newRow("long") << QByteArray(100, 'a')
                          << QStringLiteral("invalid Content-Length '%1'").arg(QString(40, u'a'));
}

void TestErrorMapping::framingError()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, detail);
    QCOMPARE(ErrorMapping::framingError(raw), detail);
}

void TestErrorMapping::ofCommitFailure()
{
    QCOMPARE(ErrorMapping::ofCommitFailure(true, true), ErrorKind::Checksum);
    QCOMPARE(ErrorMapping::ofCommitFailure(true, false), ErrorKind::Checksum);
    QCOMPARE(ErrorMapping::ofCommitFailure(false, true), ErrorKind::Truncated);
    QCOMPARE(ErrorMapping::ofCommitFailure(false, false), ErrorKind::Disk);
}

void TestErrorMapping::clockDetails()
{
    QCOMPARE(ErrorMapping::connectTimeoutDetail(1500),
             QStringLiteral("no connection within 1.5 s"));
    QCOMPARE(ErrorMapping::stallDetail(30000), QStringLiteral("no data received for 30 s"));
    QCOMPARE(ErrorMapping::deadlineDetail(250, false, 2),
             QStringLiteral("attempt not finished within 0.25 s"));
    QCOMPARE(ErrorMapping::deadlineDetail(250, true, 2),
             QStringLiteral("item budget used up during attempt 2"));
}

void TestErrorMapping::keepsPart_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("keeps");
    for (const ErrorKind kind : {ErrorKind::Truncated, ErrorKind::Stall, ErrorKind::Timeout,
                                 ErrorKind::Connect, ErrorKind::Disk, ErrorKind::Cancelled})
        QTest::addRow("keeps %d", int(kind)) << int(kind) << true;
    for (const ErrorKind kind : {ErrorKind::None, ErrorKind::Http, ErrorKind::Dns, ErrorKind::Tls,
                                 ErrorKind::Redirect, ErrorKind::Checksum, ErrorKind::Invalid})
        QTest::addRow("drops %d", int(kind)) << int(kind) << false;
}

void TestErrorMapping::keepsPart()
{
    QFETCH(int, kind);
    QFETCH(bool, keeps);
    QCOMPARE(ErrorMapping::keepsPart(ErrorKind(kind)), keeps);
}

void TestErrorMapping::scrubbed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << "http://user:secret@a.test/f"
                           << "Error transferring http://user:secret@a.test/f - refused"
                           << "Error transferring http://a.test/f - refused";
    QTest::newRow("encoded") << "http://us%40er:p%20w@a.test/f"
                             << "at http://us%40er:p%20w@a.test/f and http://us@er:p w@a.test/f"
                             << "at http://a.test/f and http://a.test/f";
    QTest::newRow("no credentials") << "http://a.test/f"
                                    << "as is @ here"
                                    << "as is @ here";
}

void TestErrorMapping::scrubbed()
{
    QFETCH(QString, url);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ErrorMapping::scrubbed(text, {QUrl(url), QUrl()}), expected);
}

QTEST_GUILESS_MAIN(TestErrorMapping)
#include "tst_errormapping.moc"
