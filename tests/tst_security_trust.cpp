#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QTest>

#include "csvwriter.h"
#include "nginxfixture.h"
#include "securityfixture.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

namespace {

QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows;
    return TestSupport::readCsv(text, &rows) ? rows : QList<QStringList>();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray csv;
};

Run runHeadless(const QString &workDir, const QStringList &lines, const QStringList &extra)
{
    const QString list = workDir + u"/list.txt"_s;
    const QString csv = workDir + u"/results.csv"_s;
    QFile::remove(csv);
    QFile file(list);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(lines.join(u'\n').toUtf8());
    file.close();
    QProcess process;
    process.start(qEnvironmentVariable("FANOUT_BINARY"),
                  QStringList{u"--headless"_s, list, u"--csv"_s, csv, u"--retries"_s, u"0"_s,
                              u"--connect-timeout"_s, u"5"_s, u"--stall-timeout"_s, u"5"_s} +
                      extra);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(),
            process.readAllStandardError(),
            {}};
    QFile csvFile(csv);
    if (csvFile.open(QIODevice::ReadOnly))
        run.csv = csvFile.readAll();
    return run;
}

} // namespace

// Fanout's promises about what it trusts and what it lets out, checked end to end on a real
// Engine and the headless program against the TestServer and a real nginx: redirects never
// downgrade or leave http(s), TLS is verified unless --ca-cert trusts the CA, credentials never
// leak, and CSV cells never run as formulas.
class TestSecurityTrust final : public SecurityFixture
{
    Q_OBJECT

private:
    NginxFixture m_nginx;
    bool m_nginxUp = false;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        if (NginxFixture::available()) {
            m_nginx.addFile(u"small.bin"_s, 1000, 7);
            QVERIFY(m_nginx.addRedirect(u"/down"_s, u"http://127.0.0.1:@HTTP@/small.bin"_s));
            QVERIFY(m_nginx.addRedirect(u"/up"_s, u"https://127.0.0.1:@HTTPS@/small.bin"_s));
            QVERIFY(m_nginx.addRedirect(u"/to-ftp"_s, u"ftp://127.0.0.1/small.bin"_s, 301));
            QVERIFY(m_nginx.addRedirect(u"/cred"_s,
                                        u"http://bob:s3cr3tPassw0rd@127.0.0.1:@HTTP@/small.bin"_s));
            QVERIFY(
                m_nginx.addRedirect(u"/cred-ftp"_s, u"ftp://carol:s3cr3tPassw0rd@127.0.0.1/x"_s));
            m_nginxUp = m_nginx.start();
            QVERIFY2(m_nginxUp, qPrintable(m_nginx.errorString()));
        }
    }

    void redirectToAnotherSchemeFails_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("ftp") << u"ftp://127.0.0.1/evil.bin"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s;
        QTest::newRow("file host") << u"file://localhost/etc/passwd"_s;
        QTest::newRow("data") << u"data:text/plain,evil"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s;
        QTest::newRow("gopher") << u"gopher://127.0.0.1:70/evil"_s;
        QTest::newRow("no scheme, no host") << u"http:///evil"_s;
    }
    void redirectToAnotherSchemeFails()
    {
        QFETCH(QString, target);
        EngineBatch batch(options());
        QVERIFY(
            batch.run({m_server.urlString(u"/redirect?to="_s + percent(target.toUtf8()))}, 30000));
        const Result r = batch.results().constFirst();
        QCOMPARE(outcomeName(r.outcome), u"failed"_s);
        QCOMPARE(errorKindName(r.errorKind), u"redirect"_s);
        QVERIFY(r.file.isEmpty());
        QCOMPARE(m_server.requestCount(), 1);
        QCOMPARE(treeOf(m_out), QStringList());
    }

    void noHttpsToHttpDowngrade()
    {
        if (!m_nginxUp)
            QSKIP("nginx is not installed");
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_nginx.caCertPath());
        QVERIFY(!ca.isEmpty());
        EngineOptions o = options();
        o.extraCaCertificates = ca;
        EngineBatch batch(o);
        QVERIFY(batch.run({m_nginx.httpsUrl(u"/down"_s).toString(),
                           m_nginx.httpsUrl(u"/to-ftp"_s).toString(),
                           m_nginx.httpUrl(u"/up"_s).toString()},
                          30000));
        const QList<Result> results = batch.results();
        QCOMPARE(outcomeName(results[0].outcome), u"failed"_s);
        QCOMPARE(errorKindName(results[0].errorKind), u"redirect"_s);
        QVERIFY2(results[0].errorDetail.contains(u"https to http"), qPrintable(results[0].error()));
        QCOMPARE(outcomeName(results[1].outcome), u"failed"_s);
        QCOMPARE(errorKindName(results[1].errorKind), u"redirect"_s);
        // The upgrade is allowed: http -> https lands the file.
        QCOMPARE(outcomeName(results[2].outcome), u"ok"_s);
        QCOMPARE(results[2].sha256, TestServer::sha256Hex(1000, 7));
        QCOMPARE(treeOf(m_out), QStringList{u"small.bin"_s});
    }

    void certificateErrorsFailUnlessTheCaIsTrusted_data()
    {
        QTest::addColumn<bool>("trust");
        QTest::newRow("untrusted CA fails with tls") << false;
        QTest::newRow("--ca-cert trusts it") << true;
    }
    void certificateErrorsFailUnlessTheCaIsTrusted()
    {
        QFETCH(bool, trust);
        if (!m_nginxUp)
            QSKIP("nginx is not installed");
        const QString url = m_nginx.httpsUrl(u"/small.bin"_s).toString();
        // The engine directly...
        EngineOptions o = options();
        if (trust)
            o.extraCaCertificates = QSslCertificate::fromPath(m_nginx.caCertPath());
        EngineBatch batch(o);
        QVERIFY(batch.run({url}, 30000));
        const Result r = batch.results().constFirst();
        QCOMPARE(outcomeName(r.outcome), trust ? u"ok"_s : u"failed"_s);
        QCOMPARE(errorKindName(r.errorKind), trust ? QString() : u"tls"_s);
        QCOMPARE(r.file.isEmpty(), !trust);
        // ...and the program with --ca-cert.
        QStringList extra{u"-o"_s, m_root->filePath(u"headless"_s), u"-q"_s};
        if (trust)
            extra += {u"--ca-cert"_s, m_nginx.caCertPath()};
        const Run run = runHeadless(m_root->path(), {url}, extra);
        QCOMPARE(run.exitCode, trust ? 0 : 1);
        const QList<QStringList> rows = readCsv(QString::fromUtf8(run.csv));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].value(2), trust ? u"ok"_s : u"failed"_s);
        QVERIFY2(rows[1].value(7).startsWith(trust ? QString() : u"tls:"_s),
                 qPrintable(rows[1].value(7)));
        QCOMPARE(QFileInfo::exists(m_root->filePath(u"headless/small.bin"_s)), trust);
    }

    void credentialsNeverLeak()
    {
        const QString secret = u"s3cr3tPassw0rd"_s;
        const QString base = u"http://alice:%1@127.0.0.1:%2"_s.arg(secret).arg(m_server.port());
        QStringList lines = {
            base + u"/file?size=10"_s,
            base + u"/status?code=404"_s,
            base + u"/redirect?to=/file%3Fsize%3D11"_s,
            base + u"/reset?after=-1"_s,
            u"http://alice:%1@127.0.0.1:1/refused"_s.arg(secret),
            u"ftp://alice:%1@127.0.0.1/invalid"_s.arg(secret),
            u"http://alice:%1@/no-host"_s.arg(secret),
            u"https://alice:%1@127.0.0.1:%2/not-tls"_s.arg(secret).arg(m_server.port()),
        };
        // Credentials that only a server's Location header carries.
        if (m_nginxUp) {
            lines += {m_nginx.httpUrl(u"/cred"_s).toString(),
                      m_nginx.httpUrl(u"/cred-ftp"_s).toString()};
        }
        EngineOptions o = options();
        o.checkOnly = true;
        EngineBatch batch(o);
        QVERIFY(batch.run(lines, 30000));
        const QList<Result> results = batch.results();
        QCOMPARE(results.size(), lines.size());
        QCOMPARE(outcomeName(results[0].outcome), u"ok"_s);
        QCOMPARE(outcomeName(results[2].outcome), u"ok"_s);
        QCOMPARE(results[2].bytes, 11);
        for (const Result &r : results) {
            const QString all =
                QStringList{r.url, r.finalUrl, r.error(), r.file, CsvWriter::row(r).join(u',')}
                    .join(u'\n');
            QVERIFY2(!all.contains(secret), qPrintable(all));
            QVERIFY2(!all.contains(u"alice:"), qPrintable(all));
        }

        const Run run =
            runHeadless(m_root->path(), lines, {u"--check"_s, u"-o"_s, m_root->filePath(u"h"_s)});
        QCOMPARE(run.exitCode, 1);
        for (const QByteArray &text : {run.out, run.err, run.csv}) {
            QVERIFY2(!text.contains(secret.toUtf8()), text.constData());
            QVERIFY2(!text.contains("alice:"), text.constData());
        }
        QVERIFY(!run.csv.isEmpty());
    }

    void csvCellsNeverRunAsFormulas()
    {
        const QStringList lines = {
            u"=HYPERLINK(\"http://evil.example/\",\"x\")"_s,
            u"+SUM(1,2)"_s,
            u"-2+3+cmd|' /C calc'!A0"_s,
            u"@SUM(1)"_s,
            u"\t=1+1"_s,
            u"http://127.0.0.1:1/=1+1"_s,
            m_server.urlString(u"/cd?size=5&value="_s +
                               percent(R"(attachment; filename="=1+1.csv")")),
        };
        const Run run = runHeadless(m_root->path(), lines, {u"-o"_s, m_out, u"-q"_s});
        QCOMPARE(run.exitCode, 1);
        const QList<QStringList> rows = readCsv(QString::fromUtf8(run.csv));
        QCOMPARE(rows.size(), lines.size() + 1);
        QCOMPARE(rows.first(), CsvWriter::header());
        for (const QStringList &row : rows) {
            for (const QString &cell : row) {
                const QChar first = cell.isEmpty() ? QChar() : cell.front();
                QVERIFY2(first != u'=' && first != u'+' && first != u'-' && first != u'@' &&
                             first != u'\t' && first != u'\r',
                         qPrintable(row.join(u" | ")));
            }
        }
        QVERIFY2(run.csv.contains("'=HYPERLINK"), run.csv.constData());
    }
};

QTEST_GUILESS_MAIN(TestSecurityTrust)
#include "tst_security_trust.moc"
