// cookies.txt parsing, and which cookies the batch's shared store sends where.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "cookiefile.h"
#include "sharedcookiejar.h"
#include "testserver.h"

namespace {
const QByteArray kFuture = "4102444800"; // 2100-01-01
const QByteArray kPast = "946684800";    // 2000-01-01

QByteArray line(const QByteArray &domain, const QByteArray &sub, const QByteArray &path,
                const QByteArray &secure, const QByteArray &expiry, const QByteArray &name,
                const QByteArray &value)
{
    return domain + '\t' + sub + '\t' + path + '\t' + secure + '\t' + expiry + '\t' + name + '\t' +
           value + '\n';
}

QStringList names(const QList<QNetworkCookie> &cookies)
{
    QStringList out;
    for (const QNetworkCookie &c : cookies)
        out.append(QString::fromLatin1(c.name()));
    out.sort();
    return out;
}
} // namespace

class TestCookieFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFields_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("secure");
        QTest::addColumn<bool>("httpOnly");
        QTest::addColumn<bool>("session");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("domain cookie")
            << line(".example.com", "TRUE", "/", "FALSE", kFuture, "a", "1") << ".example.com"
            << "/" << false << false << false << QByteArray("1");
        QTest::newRow("domain without dot")
            << line("example.com", "TRUE", "/", "FALSE", "0", "a", "1") << ".example.com"
            << "/" << false << false << true << QByteArray("1");
        QTest::newRow("host-only")
            << line("www.example.com", "FALSE", "/dl", "TRUE", kFuture, "a", "x=y")
            << "www.example.com"
            << "/dl" << true << false << false << QByteArray("x=y");
        QTest::newRow("httponly") << line("#HttpOnly_.example.com", "TRUE", "/", "FALSE", kFuture,
                                          "a", "v")
                                  << ".example.com"
                                  << "/" << false << true << false << QByteArray("v");
        QByteArray crlf = line("Example.COM", "FALSE", "/", "false", kFuture, "a", "v");
        crlf.chop(1);
        QTest::newRow("crlf, case") << QByteArray(crlf + "\r\n") << "example.com"
                                    << "/" << false << false << false << QByteArray("v");
        QByteArray noValue = line("h", "FALSE", "/", "FALSE", "0", "a", "");
        noValue.chop(2); // the value and its tab
        QTest::newRow("six fields") << QByteArray(noValue + '\n') << "h"
                                    << "/" << false << false << true << QByteArray();
    }
    void parsesFields()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, domain);
        QFETCH(QString, path);
        QFETCH(bool, secure);
        QFETCH(bool, httpOnly);
        QFETCH(bool, session);
        QFETCH(QByteArray, value);
        QList<QNetworkCookie> cookies;
        QString error;
        QVERIFY2(CookieFile::parse("# Netscape HTTP Cookie File\n\n" + text, &cookies, &error),
                 qPrintable(error));
        QCOMPARE(cookies.size(), 1);
        const QNetworkCookie &c = cookies.first();
        QCOMPARE(c.name(), QByteArray("a"));
        QCOMPARE(c.value(), value);
        QCOMPARE(c.domain(), domain);
        QCOMPARE(c.path(), path);
        QCOMPARE(c.isSecure(), secure);
        QCOMPARE(c.isHttpOnly(), httpOnly);
        QCOMPARE(c.isSessionCookie(), session);
        if (!session)
            QCOMPARE(c.expirationDate().toSecsSinceEpoch(), 4102444800LL);
    }

    void reportsMalformedLines_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("reason");
        QTest::newRow("too few fields") << QByteArray("example.com\tTRUE\t/\n") << "fields";
        QTest::newRow("spaces not tabs")
            << QByteArray("example.com TRUE / FALSE 0 a b\n") << "fields";
        QTest::newRow("bad flag") << line("h", "YES", "/", "FALSE", "0", "a", "b") << "subdomains";
        QTest::newRow("bad secure") << line("h", "TRUE", "/", "1", "0", "a", "b") << "secure";
        QTest::newRow("bad expiry")
            << line("h", "TRUE", "/", "FALSE", "soon", "a", "b") << "expiry";
        QTest::newRow("negative expiry")
            << line("h", "TRUE", "/", "FALSE", "-5", "a", "b") << "expiry";
        QTest::newRow("relative path") << line("h", "TRUE", "dl", "FALSE", "0", "a", "b") << "path";
        QTest::newRow("no name") << line("h", "TRUE", "/", "FALSE", "0", "", "b") << "name";
        QTest::newRow("no domain") << line("", "TRUE", "/", "FALSE", "0", "a", "b") << "domain";
    }
    void reportsMalformedLines()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, reason);
        const QByteArray text = "# comment\n" + line("good", "FALSE", "/", "FALSE", "0", "g", "1") +
                                bad + line("good2", "FALSE", "/", "FALSE", "0", "g2", "2");
        QList<QNetworkCookie> cookies;
        QString error;
        QVERIFY(!CookieFile::parse(text, &cookies, &error, QStringLiteral("c.txt")));
        QVERIFY2(error.startsWith(QLatin1String("c.txt:3: ")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("\tb")), "a cookie value leaked into the message");
        // The good lines around it still load.
        QCOMPARE(names(cookies), QStringList({QStringLiteral("g"), QStringLiteral("g2")}));
    }

    void capsTheReport()
    {
        QByteArray text;
        for (int i = 0; i < 25; ++i)
            text += "garbage line\n";
        QList<QNetworkCookie> cookies;
        QString error;
        QVERIFY(!CookieFile::parse(text, &cookies, &error));
        QCOMPARE(error.count(QLatin1Char('\n')), 10);
        QVERIFY2(error.contains(QLatin1String("15 more")), qPrintable(error));
    }

    void loadsAFileAndSaysWhenItCannot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cookies.txt"));
        QList<QNetworkCookie> cookies;
        QString error;
        QVERIFY(!CookieFile::load(path, &cookies, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(line(".example.com", "TRUE", "/", "FALSE", kFuture, "sid", "s3cret"));
        file.close();
        QVERIFY2(CookieFile::load(path, &cookies, &error), qPrintable(error));
        QCOMPARE(cookies.size(), 1);
    }

    // What the shared store sends, cookie by cookie, for one url.
    void storeMatches_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](std::initializer_list<const char *> n) {
            QStringList out;
            for (const char *s : n)
                out.append(QString::fromLatin1(s));
            out.sort();
            return out;
        };
        QTest::newRow("apex http") << "http://example.com/" << list({"dom", "apexonly"});
        QTest::newRow("subdomain http") << "http://www.example.com/" << list({"dom", "wwwonly"});
        QTest::newRow("deeper subdomain") << "http://a.b.example.com/x" << list({"dom"});
        QTest::newRow("https adds secure")
            << "https://www.example.com/" << list({"dom", "wwwonly", "sec"});
        QTest::newRow("path prefix")
            << "http://example.com/dl/file.zip" << list({"dom", "apexonly", "dlpath"});
        QTest::newRow("path boundary") << "http://example.com/dlx" << list({"dom", "apexonly"});
        QTest::newRow("path exact")
            << "http://example.com/dl" << list({"dom", "apexonly", "dlpath"});
        QTest::newRow("other domain") << "http://notexample.com/" << list({});
        QTest::newRow("suffix trick") << "http://evilexample.com/" << list({});
    }
    void storeMatches()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, expected);
        const QByteArray text =
            line(".example.com", "TRUE", "/", "FALSE", kFuture, "dom", "1") +
            line("example.com", "FALSE", "/", "FALSE", "0", "apexonly", "1") +
            line("www.example.com", "FALSE", "/", "FALSE", kFuture, "wwwonly", "1") +
            line("www.example.com", "FALSE", "/", "TRUE", kFuture, "sec", "1") +
            line("example.com", "FALSE", "/dl", "FALSE", kFuture, "dlpath", "1") +
            line(".example.com", "TRUE", "/", "FALSE", kPast, "expired", "1");
        QList<QNetworkCookie> cookies;
        QString error;
        QVERIFY2(CookieFile::parse(text, &cookies, &error), qPrintable(error));
        CookieStore store;
        store.insertCookies(cookies);
        QCOMPARE(cookies.size(), 6);
        QCOMPARE(store.count(), 5); // QNetworkCookieJar drops an expired cookie on insertion
        QCOMPARE(names(store.cookiesForUrl(QUrl(url))), expected);
        // A lane's jar answers the same.
        LaneCookieJar jar(&store);
        QCOMPARE(names(jar.cookiesForUrl(QUrl(url))), expected);
    }

    void laterLineReplacesSameCookie()
    {
        CookieStore store;
        QList<QNetworkCookie> cookies;
        QString error;
        QVERIFY(CookieFile::parse(line("h", "FALSE", "/", "FALSE", "0", "a", "old") +
                                      line("h", "FALSE", "/", "FALSE", "0", "a", "new"),
                                  &cookies, &error));
        store.insertCookies(cookies);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.cookiesForUrl(QUrl(QStringLiteral("http://h/"))).first().value(),
                 QByteArray("new"));
    }

    void serverCannotSetCookiesForOtherDomains()
    {
        CookieStore store;
        QNetworkCookie mine("mine", "1");
        QNetworkCookie foreign("foreign", "1");
        foreign.setDomain(QStringLiteral(".other.org"));
        QVERIFY(store.setCookiesFromUrl({mine, foreign}, QUrl(QStringLiteral("http://a.com/x/"))));
        QCOMPARE(store.count(), 1);
        QCOMPARE(names(store.cookiesForUrl(QUrl(QStringLiteral("http://a.com/x/y")))),
                 QStringList{QStringLiteral("mine")});
        QVERIFY(store.cookiesForUrl(QUrl(QStringLiteral("http://other.org/"))).isEmpty());
    }

    // Two managers in two threads share what either receives, over real sockets.
    void lanesShareServerCookies()
    {
        TestServer server;
        QVERIFY(server.start());
        CookieStore store;
        QList<QNetworkCookie> fromFile;
        QString error;
        QVERIFY(CookieFile::parse(line("127.0.0.1", "FALSE", "/", "FALSE", "0", "file", "f"),
                                  &fromFile, &error));
        store.insertCookies(fromFile);

        const auto fetch = [&store](const QUrl &url) {
            QThread thread;
            thread.start();
            QByteArray body;
            auto *manager = new QNetworkAccessManager;
            manager->moveToThread(&thread);
            QMetaObject::invokeMethod(
                manager, [manager, &store] { manager->setCookieJar(new LaneCookieJar(&store)); },
                Qt::BlockingQueuedConnection);
            bool done = false;
            QMetaObject::invokeMethod(manager, [manager, url, &body, &done] {
                QNetworkReply *reply = manager->get(QNetworkRequest(url));
                QObject::connect(reply, &QNetworkReply::finished, manager, [reply, &body, &done] {
                    body = reply->readAll();
                    reply->deleteLater();
                    done = true;
                });
            });
            const bool finished = QTest::qWaitFor([&done] { return done; }, 10000);
            QMetaObject::invokeMethod(
                manager, [manager] { delete manager; }, Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
            return finished ? body : QByteArray("timeout");
        };

        // The first lane receives a cookie from the server...
        const QByteArray first =
            fetch(server.url(QStringLiteral("/echo-headers?h=Set-Cookie:srv%3D42%3B%20Path%3D/")));
        QVERIFY2(first.contains("Cookie: file=f"), first.constData());
        QCOMPARE(store.count(), 2);
        // ...and the second lane sends it, with the file's.
        const QByteArray second = fetch(server.url(QStringLiteral("/echo-headers")));
        QVERIFY2(second.contains("srv=42"), second.constData());
        QVERIFY2(second.contains("file=f"), second.constData());
    }
};

QTEST_GUILESS_MAIN(TestCookieFile)
#include "tst_cookiefile.moc"
