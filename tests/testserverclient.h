#pragma once

// The fixture of TestServer's self-tests (tst_testserver_routes, tst_testserver_faults): one
// server for the test case and a fresh plain QNetworkAccessManager per test function, with the
// reply helpers both use. A test class derives from it; Qt Test finds the inherited
// initTestCase(), init() and cleanup() slots by name and runs them for it. Header-only: list it
// in the test's SOURCES so that moc sees it.

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QTest>

#include <memory>

#include "testserver.h"

class TestServerClient : public QObject
{
    Q_OBJECT

protected:
    using ReplyPtr = std::unique_ptr<QNetworkReply>;

    static bool waitFinished(QNetworkReply *reply, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
    }

    static QByteArray sha256(const QByteArray &data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    }

    static int statusOf(const QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    ReplyPtr get(const QString &pathAndQuery)
    {
        return ReplyPtr(m_nam->get(QNetworkRequest(m_server.url(pathAndQuery))));
    }

    TestServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.port() != 0);
        QCOMPARE(m_server.url(QStringLiteral("/file?size=1")).toString(),
                 QStringLiteral("http://127.0.0.1:%1/file?size=1").arg(m_server.port()));
    }

    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_server.resetStats();
    }

    void cleanup()
    {
        m_nam.reset();
        // Connections closed by the client must not stay counted as in flight.
        QTRY_COMPARE(m_server.currentConcurrency(), 0);
    }
};
