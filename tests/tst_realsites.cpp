// What real sites need, end to end against the TestServer: headers and User-Agent, cookies from a
// cookies.txt and from servers, netrc credentials that never follow a redirect to another host,
// a proxy, HTTP/1.1 only, and a bandwidth limit that holds its average.
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include "enginebatch.h"
#include "serverfixture.h"
#include "testproxy.h"
#include "testserver.h"

class TestRealSites final : public ServerFixture
{
    Q_OBJECT

private:
    EngineOptions options() const
    {
        EngineOptions o;
        o.outputDir = m_dir->path();
        o.checkOnly = true;
        o.noProxy = true;
        o.retries = 0;
        return o;
    }
    QString writeFile(const QString &name, const QByteArray &text) const
    {
        QFile file(m_dir->filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
        return file.fileName();
    }
    RecordedRequest lastRequest(const QString &path) const
    {
        RecordedRequest last;
        for (const RecordedRequest &r : m_server.requests()) {
            if (r.path == path)
                last = r;
        }
        return last;
    }

private Q_SLOTS:
    void headersArriveAsGiven()
    {
        EngineOptions o = options();
        o.headers = {{"X-Token", "abc 123"}, {"Referer", "https://example.com/page"}};
        o.userAgent = "Mozilla/5.0 (test)";
        o.hostHeaders = {{QStringLiteral("localhost"), {"X-Only-Localhost", "yes"}}};
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/echo-headers?i=1")),
                   viaLocalhost(QStringLiteral("/echo-headers?i=2"))});
        QVERIFY(batch.run());
        const QList<RecordedRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), 2);
        for (const RecordedRequest &r : requests) {
            QCOMPARE(r.header("X-Token"), QByteArray("abc 123"));
            QCOMPARE(r.header("Referer"), QByteArray("https://example.com/page"));
            QCOMPARE(r.header("User-Agent"), QByteArray("Mozilla/5.0 (test)"));
            const bool local = r.header("Host").startsWith("localhost");
            QCOMPARE(r.header("X-Only-Localhost").isNull(), !local);
        }
    }

    void defaultUserAgentIsTruthful()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/echo-headers"))});
        QVERIFY(batch.run());
        QCOMPARE(m_server.requests().first().header("User-Agent"),
                 QByteArray("Fanout/" FANOUT_VERSION));
    }

    void cookiesFileIsHonoured()
    {
        const qint64 future = QDateTime::currentSecsSinceEpoch() + 3600;
        const QByteArray text = "# Netscape HTTP Cookie File\n"
                                "127.0.0.1\tFALSE\t/\tFALSE\t" +
                                QByteArray::number(future) +
                                "\tsession\tyes\n"
                                "127.0.0.1\tFALSE\t/private\tFALSE\t" +
                                QByteArray::number(future) +
                                "\tdeep\tyes\n"
                                "127.0.0.1\tFALSE\t/\tTRUE\t" +
                                QByteArray::number(future) +
                                "\tsecureonly\tyes\n"
                                "127.0.0.1\tFALSE\t/\tFALSE\t1000\texpired\tyes\n"
                                "other.example\tTRUE\t/\tFALSE\t" +
                                QByteArray::number(future) + "\tforeign\tyes\n";
        EngineOptions o = options();
        o.cookiesFile = writeFile(QStringLiteral("cookies.txt"), text);
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/echo-headers")), url(QStringLiteral("/private/echo?x=1"))});
        QVERIFY(batch.run());
        const QByteArray root = lastRequest(QStringLiteral("/echo-headers")).header("Cookie");
        QVERIFY2(root.contains("session=yes"), root.constData());
        QVERIFY(!root.contains("deep="));       // path /private only
        QVERIFY(!root.contains("secureonly=")); // https only
        QVERIFY(!root.contains("expired="));
        QVERIFY(!root.contains("foreign="));
        const QByteArray deep = lastRequest(QStringLiteral("/private/echo")).header("Cookie");
        QVERIFY2(deep.contains("deep=yes") && deep.contains("session=yes"), deep.constData());
    }

    void serverCookiesAreKeptForTheBatch()
    {
        EngineOptions o = options();
        o.maxInFlight = 1;
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/headers?h=Set-Cookie:token%3Dfrom-server%3B%20Path%3D%2F")),
                   url(QStringLiteral("/echo-headers?after=1"))});
        QVERIFY(batch.run());
        QCOMPARE(lastRequest(QStringLiteral("/echo-headers")).header("Cookie"),
                 QByteArray("token=from-server"));
    }

    void netrcAnswersTheChallenge()
    {
        EngineOptions o = options();
        o.netrcFile =
            writeFile(QStringLiteral("netrc"), "machine 127.0.0.1 login alice password s3cret\n"
                                               "machine localhost login mallory password wrong\n");
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/auth?user=alice&pass=s3cret&size=100"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).bytes, 100);
        const QByteArray sent = lastRequest(QStringLiteral("/auth")).header("Authorization");
        QCOMPARE(sent, "Basic " + QByteArray("alice:s3cret").toBase64());
    }

    void typedCredentialsAnswerTheNextAttempt()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/auth?user=carol&pass=pw&size=50"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).httpStatus, 401); // nobody knew the password yet
        batch.engine.setCredentials(QStringLiteral("127.0.0.1"), QStringLiteral("carol"),
                                    QStringLiteral("pw"));
        batch.engine.retry(batch.ids.first());
        QVERIFY(batch.waitIdle());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).bytes, 50);
    }

    void credentialsNeverFollowARedirectToAnotherHost()
    {
        EngineOptions o = options();
        o.netrcFile =
            writeFile(QStringLiteral("netrc"), "machine 127.0.0.1 login alice password s3cret\n");
        o.headers = {{"Authorization", "Bearer top-secret"}, {"Cookie", "sid=secret"}};
        EngineBatch batch(o);
        const QString target = viaLocalhost(QStringLiteral("/echo-headers"));
        QString withUser = url(QStringLiteral("/redirect?to=") +
                               QString::fromLatin1(QUrl::toPercentEncoding(target)));
        withUser.replace(QLatin1String("http://"), QLatin1String("http://bob:pw@"));
        batch.add({withUser});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        const RecordedRequest atOtherHost = lastRequest(QStringLiteral("/echo-headers"));
        QVERIFY(atOtherHost.header("Host").startsWith("localhost"));
        QVERIFY(atOtherHost.header("Authorization").isNull());
        QVERIFY(atOtherHost.header("Cookie").isNull());
        // The first host did get the header the user gave.
        QCOMPARE(lastRequest(QStringLiteral("/redirect")).header("Authorization"),
                 QByteArray("Bearer top-secret"));
    }

    void goesThroughTheProxy_data()
    {
        QTest::addColumn<bool>("withCredentials");
        QTest::newRow("open proxy") << false;
        QTest::newRow("proxy with a password") << true;
    }
    void goesThroughTheProxy()
    {
        QFETCH(bool, withCredentials);
        TestProxy proxy;
        QVERIFY(proxy.start());
        if (withCredentials)
            proxy.setRequiredCredentials(QStringLiteral("pu"), QStringLiteral("pp"));
        EngineOptions o = options();
        o.noProxy = false;
        o.proxy = withCredentials ? QStringLiteral("http://pu:pp@127.0.0.1:%1").arg(proxy.port())
                                  : QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/file?size=5000&seed=1"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(5000, 1));
        QCOMPARE(proxy.relayedCount(), 1);
        QVERIFY(proxy.requestLines().last().startsWith("GET http://127.0.0.1:"));
    }

    void noProxyGoesDirect()
    {
        TestProxy proxy;
        QVERIFY(proxy.start());
        qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()).toUtf8());
        EngineBatch batch(options()); // noProxy = true
        batch.add({url(QStringLiteral("/file?size=10"))});
        QVERIFY(batch.run());
        qunsetenv("http_proxy");
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(proxy.relayedCount(), 0);
    }

    void limitRateHoldsTheAverage()
    {
        // 4 transfers share 400 KiB/s: 1.2 MiB must take about 3 s, and never much less.
        EngineOptions o = options();
        o.limitRateBytes = 400 * 1024;
        o.maxInFlight = 4;
        o.readBufferBytes = 64 * 1024;
        EngineBatch batch(o);
        for (int i = 0; i < 4; ++i)
            batch.add({url(QStringLiteral("/file?size=%1&i=%2").arg(300 * 1024).arg(i))});
        QElapsedTimer clock;
        clock.start();
        QVERIFY(batch.run(20000));
        const double seconds = clock.elapsed() / 1000.0;
        const double rate = 4 * 300 * 1024 / seconds;
        qInfo("1.2 MiB at a 400 KiB/s limit: %.2f s, %.0f KiB/s", seconds, rate / 1024);
        // Within 10% above (the limit must hold) and not crawling either.
        QVERIFY2(rate <= 400 * 1024 * 1.10, qPrintable(QString::number(rate)));
        QVERIFY2(rate >= 400 * 1024 * 0.70, qPrintable(QString::number(rate)));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(batch.result(i).outcome, Outcome::Ok);
    }

    void itemCapHoldsAndChangesAtOnce()
    {
        EngineOptions o = options();
        o.readBufferBytes = 64 * 1024;
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/file?size=%1&i=cap").arg(600 * 1024)),
                   url(QStringLiteral("/file?size=%1&i=free").arg(600 * 1024))});
        batch.engine.setItemRate(batch.ids.first(), 200 * 1024);
        QElapsedTimer clock;
        clock.start();
        batch.engine.start();
        // The other item is not held back by this one's cap.
        QVERIFY(QTest::qWaitFor([&] { return batch.byId.contains(batch.ids[1]); }, 5000));
        QVERIFY(clock.elapsed() < 1500);
        QVERIFY(!batch.byId.contains(batch.ids[0]));
        // About 1 s in, lift the cap: the rest comes at once instead of in 2 more seconds.
        QTest::qWait(1000);
        batch.engine.setItemRate(batch.ids.first(), 0);
        QVERIFY(batch.waitIdle());
        const qint64 took = clock.elapsed();
        qInfo("600 KiB capped at 200 KiB/s for 1 s, then free: %lld ms", took);
        QVERIFY2(took >= 900 && took < 2500, qPrintable(QString::number(took)));
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
    }

    void http1OnlyStillDownloads()
    {
        EngineOptions o = options();
        o.http1Only = true;
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/file?size=100"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
    }
};

QTEST_GUILESS_MAIN(TestRealSites)
#include "tst_realsites.moc"
