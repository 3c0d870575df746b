#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "enginebatch.h"
#include "enginefixture.h"
#include "testsupport.h"

using TestSupport::fileSha256;
using TestSupport::filesIn;

// The engine end to end against the TestServer, on what it saves and reports when items go
// well: files with their checksums and no part left, the request it sends, invalid and
// duplicate lines, redirects followed, hostile names kept inside the output folder, never an
// overwrite, a wanted name, --check saving nothing, and no credentials in any result.
class TestEngineSaving final : public EngineFixture
{
    Q_OBJECT

private Q_SLOTS:
    void savesFilesWithTheirChecksums_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("name");
        QTest::newRow("length") << "/file?size=%1&seed=3" << qint64(300000) << "file";
        QTest::newRow("empty") << "/file?size=%1" << qint64(0) << "file";
        QTest::newRow("chunked") << "/chunked?size=%1&seed=0" << qint64(123457) << "chunked";
        QTest::newRow("no length") << "/nolength?size=%1" << qint64(70001) << "nolength";
        QTest::newRow("large") << "/file?size=%1" << qint64(40 * 1024 * 1024) << "file";
    }
    void savesFilesWithTheirChecksums()
    {
        QFETCH(QString, route);
        QFETCH(qint64, size);
        QFETCH(QString, name);
        EngineBatch batch(options());
        batch.add({url(route.arg(size))});
        QVERIFY(batch.run());
        const Result r = batch.result(0);
        QCOMPARE(outcomeName(r.outcome), QStringLiteral("ok"));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.bytes, size);
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.error().isEmpty());
        const int seed = route.contains(QLatin1String("seed=3")) ? 3 : 0;
        QCOMPARE(r.sha256, TestServer::sha256Hex(size, seed));
        QCOMPARE(r.file, QDir(m_dir->path()).filePath(name));
        QCOMPARE(fileSha256(r.file), TestServer::sha256Hex(size, seed).toLatin1());
        QCOMPARE(filesIn(m_dir->path()), QStringList{name}); // no .part left behind
    }

    void sendsIdentityEncoding()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/file?size=10"))});
        QVERIFY(batch.run());
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().header("Accept-Encoding"), QByteArray("identity"));
        QVERIFY(m_server.requests().first().header("User-Agent").startsWith("Fanout/"));
    }

    void invalidAndDuplicateLinesEndInResults()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/file?size=5")), QStringLiteral("ftp://example.com/x"),
                   QStringLiteral("not a url"), url(QStringLiteral("/file?size=5"))});
        QCOMPARE(batch.ids.size(), 3); // the exact duplicate is kept once
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(1).outcome, Outcome::Invalid);
        QCOMPARE(batch.result(1).errorKind, ErrorKind::Invalid);
        QVERIFY(batch.result(1).error().startsWith(QLatin1String("invalid: ")));
        QCOMPARE(batch.result(2).outcome, Outcome::Invalid);
        QCOMPARE(m_server.requestCount(), 1);
    }

    void followsRedirects()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/chain?n=10")),
                   url(QStringLiteral("/redirect?to=%2Ffile%3Fsize%3D64%26name%3Dthere.bin"))});
        QVERIFY(batch.run());
        const Result chain = batch.result(0);
        QCOMPARE(chain.outcome, Outcome::Ok);
        QCOMPARE(chain.finalUrl, url(QStringLiteral("/chain?n=0")));
        QCOMPARE(m_server.requestCount(QStringLiteral("/chain")), 11);
        const Result relative = batch.result(1);
        QCOMPARE(relative.outcome, Outcome::Ok);
        QCOMPARE(QFileInfo(relative.file).fileName(), QStringLiteral("there.bin"));
    }

    void hostileNamesStayInsideTheOutputFolder_data()
    {
        QTest::addColumn<QString>("disposition");
        QTest::newRow("traversal") << "attachment; filename=\"../../escape.txt\"";
        QTest::newRow("absolute") << "attachment; filename=\"/etc/passwd\"";
        QTest::newRow("backslash") << "attachment; filename=\"..\\\\..\\\\win.txt\"";
        QTest::newRow("encoded") << "attachment; filename*=UTF-8''..%2F..%2Fenc.txt";
        QTest::newRow("dot dot") << "attachment; filename=\"..\"";
        QTest::newRow("hidden") << "attachment; filename=\".bashrc\"";
        QTest::newRow("lookalike") << QStringLiteral("attachment; filename*=UTF-8''a%E2%88%95b");
    }
    void hostileNamesStayInsideTheOutputFolder()
    {
        QFETCH(QString, disposition);
        const QString out = QDir(m_dir->path()).filePath(QStringLiteral("a/b"));
        QVERIFY(QDir().mkpath(out));
        EngineOptions o = options();
        o.outputDir = out;
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/cd?size=10&value=") +
                       QString::fromLatin1(QUrl::toPercentEncoding(disposition)))});
        QVERIFY(batch.run());
        const Result r = batch.result(0);
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(QFileInfo(r.file).absolutePath(), QFileInfo(out).absoluteFilePath());
        QVERIFY(!QFileInfo(r.file).fileName().startsWith(QLatin1Char('.')));
        QCOMPARE(filesIn(m_dir->path()).size(), 1);
        QVERIFY(filesIn(m_dir->path()).first().startsWith(QLatin1String("a/b/")));
    }

    void neverOverwrites()
    {
        QFile existing(QDir(m_dir->path()).filePath(QStringLiteral("same.bin")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/file?size=10&name=same.bin&i=1")),
                   url(QStringLiteral("/file?size=20&name=same.bin&i=2"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(1).outcome, Outcome::Ok);
        QCOMPARE(filesIn(m_dir->path()),
                 (QStringList{QStringLiteral("same (1).bin"), QStringLiteral("same (2).bin"),
                              QStringLiteral("same.bin")}));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep me"));
    }

    void wantedNameAfterTab()
    {
        EngineBatch batch(options());
        batch.add({url(QStringLiteral("/file?size=10")) + QStringLiteral("\tmine.dat")});
        QVERIFY(batch.run());
        QCOMPARE(QFileInfo(batch.result(0).file).fileName(), QStringLiteral("mine.dat"));
    }

    void checkModeSavesNothing()
    {
        EngineOptions o = options();
        o.checkOnly = true;
        EngineBatch batch(o);
        batch.add({url(QStringLiteral("/file?size=5000&seed=9"))});
        QVERIFY(batch.run());
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
        QCOMPARE(batch.result(0).bytes, 5000);
        QCOMPARE(batch.result(0).sha256, TestServer::sha256Hex(5000, 9));
        QVERIFY(batch.result(0).file.isEmpty());
        QCOMPARE(filesIn(m_dir->path()), QStringList());
    }

    void credentialsNeverReachResults()
    {
        QString withSecret = url(QStringLiteral("/file?size=10"));
        withSecret.replace(QLatin1String("http://"), QLatin1String("http://alice:s3cret@"));
        EngineBatch batch(options());
        batch.add({withSecret, QStringLiteral("ftp://bob:hunter2@example.com/x"),
                   url(QStringLiteral("/status?code=404"))
                       .replace(QLatin1String("http://"), QLatin1String("http://carol:pw9@"))});
        QVERIFY(batch.run());
        for (const Result &r : std::as_const(batch.byId)) {
            const QString all = r.url + r.finalUrl + r.error() + r.file;
            QVERIFY2(!all.contains(QLatin1String("s3cret")) &&
                         !all.contains(QLatin1String("hunter2")) &&
                         !all.contains(QLatin1String("pw9")),
                     qPrintable(all));
        }
        QCOMPARE(batch.result(0).outcome, Outcome::Ok);
    }
};

QTEST_GUILESS_MAIN(TestEngineSaving)
#include "tst_engine_saving.moc"
