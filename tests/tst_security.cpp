// What Fanout promises about hostile servers and secrets, checked end to end on a real Engine
// (and the headless program) against the TestServer and a real nginx: files land only inside the
// output folder, redirects never downgrade or leave http(s), TLS is verified, credentials never
// leak, and CSV cells never run as formulas.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "csvwriter.h"
#include "engine.h"
#include "nginxfixture.h"
#include "testserver.h"
#include "testsupport.h"
#include "urllist.h"

using namespace Qt::StringLiterals;

namespace {

// Runs one batch on a real Engine and collects its results in the order the items were added.
class Batch final
{
public:
    explicit Batch(const EngineOptions &options) : m_engine(options)
    {
        QObject::connect(&m_engine, &Engine::itemsFinished, [this](const QList<Result> &results) {
            for (const Result &r : results)
                m_byId.insert(r.id, r);
        });
        QObject::connect(&m_engine, &Engine::idle, [this] { ++m_idle; });
    }

    bool run(const QStringList &lines, int timeoutMs = 30000)
    {
        m_ids = m_engine.add(UrlList::parse(lines.join(u'\n')).entries());
        m_engine.start();
        return QTest::qWaitFor([this] { return m_idle > 0; }, timeoutMs);
    }

    QList<Result> results() const
    {
        QList<Result> out;
        for (const ItemId id : m_ids)
            out.append(m_byId.value(id));
        return out;
    }

private:
    Engine m_engine;
    QList<ItemId> m_ids;
    QHash<ItemId, Result> m_byId;
    int m_idle = 0;
};

// Every entry below root (hidden ones too), relative, folders with a trailing '/'.
QStringList treeOf(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        entries.append(QDir(root).relativeFilePath(path) + (info.isDir() ? u"/"_s : QString()));
    }
    entries.sort();
    return entries;
}

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

QString percent(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toPercentEncoding());
}

} // namespace

class TestSecurity final : public QObject
{
    Q_OBJECT

private:
    EngineOptions options() const
    {
        EngineOptions o;
        o.outputDir = m_out;
        o.retries = 0;
        o.connectTimeoutMs = 5000;
        o.stallTimeoutMs = 5000;
        return o;
    }

    // Nothing but plain files directly inside out/, and each result's file among them.
    void verifyOnlyInsideOutput(const QList<Result> &results)
    {
        const QStringList tree = treeOf(m_root->path());
        for (const QString &entry : tree) {
            if (entry == u"out/")
                continue;
            QVERIFY2(entry.startsWith(u"out/") && entry.count(u'/') == 1,
                     qPrintable(u"written outside the output folder: "_s + entry));
            QVERIFY2(!entry.endsWith(u".part"), qPrintable(u"left behind: "_s + entry));
            QVERIFY2(QFileInfo(m_root->filePath(entry)).isFile(), qPrintable(entry));
        }
        const QString outCanonical = QFileInfo(m_out).canonicalFilePath();
        for (const Result &r : results) {
            if (r.file.isEmpty())
                continue;
            const QFileInfo saved(r.file);
            QVERIFY2(saved.isFile(), qPrintable(r.file));
            QCOMPARE(QFileInfo(saved.canonicalPath()).canonicalFilePath(), outCanonical);
            const QString name = saved.fileName();
            QVERIFY2(!name.startsWith(u'.'), qPrintable(name));
            // 200 bytes for the name, a few more for " (n)": always under NAME_MAX.
            QVERIFY2(name.toUtf8().size() <= 220, qPrintable(name));
            for (const QChar c : name)
                QVERIFY2(c.unicode() >= 0x20 && c != u'\\', qPrintable(name));
        }
    }

    TestServer m_server;
    NginxFixture m_nginx;
    bool m_nginxUp = false;
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_out;

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

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        m_out = m_root->filePath(u"out"_s);
        QVERIFY(QDir().mkpath(m_out));
        m_server.resetStats();
    }

    void contentDispositionStaysInside_data()
    {
        QTest::addColumn<QByteArray>("header");
        const QByteArray longName(300, 'a');
        QByteArray longEuro;
        for (int i = 0; i < 150; ++i)
            longEuro += "%E2%82%AC";
        const QList<std::pair<const char *, QByteArray>> rows = {
            // traversal and absolute paths
            {"dotdot", R"(attachment; filename="..")"},
            {"dot", R"(attachment; filename=".")"},
            {"traversal", R"(attachment; filename="../../evil.txt")"},
            {"deep traversal", R"(attachment; filename="a/../../../../../../tmp/evil.txt")"},
            {"absolute", R"(attachment; filename="/tmp/fanout-evil.txt")"},
            {"backslash", R"(attachment; filename="..\\..\\evil.txt")"},
            {"windows absolute", R"(attachment; filename="C:\\Windows\\evil.txt")"},
            {"unc", R"(attachment; filename="\\\\server\\share\\evil.txt")"},
            {"ext traversal", "attachment; filename*=UTF-8''..%2F..%2Fevil.txt"},
            {"ext encoded dots", "attachment; filename*=UTF-8''%2e%2e%2f%2e%2e%2fevil.txt"},
            {"ext backslash", "attachment; filename*=UTF-8''..%5C..%5Cevil.txt"},
            {"ext nul", "attachment; filename*=UTF-8''evil%00.txt"},
            {"ext newline", "attachment; filename*=UTF-8''a%0D%0Ab.txt"},
            {"raw percent kept literal", R"(attachment; filename="%2e%2e%2fevil.txt")"},
            // Unicode look-alikes of '/' and '\'
            {"division slash", "attachment; filename*=UTF-8''..%E2%88%95evil.txt"},
            {"fullwidth solidus", "attachment; filename*=UTF-8''..%EF%BC%8Fevil.txt"},
            {"fraction slash", "attachment; filename*=UTF-8''..%E2%81%84evil.txt"},
            {"fullwidth backslash", "attachment; filename*=UTF-8''..%EF%BC%BCevil.txt"},
            {"set minus", "attachment; filename*=UTF-8''..%E2%88%96evil.txt"},
            {"bidi override", "attachment; filename*=UTF-8''evil%E2%80%AEtxt.exe"},
            // reserved and hidden names
            {"CON", R"(attachment; filename="CON")"},
            {"NUL.txt", R"(attachment; filename="NUL.txt")"},
            {"com1.log", R"(attachment; filename="com1.log")"},
            {"lpt9", "attachment; filename=lpt9"},
            {"hidden", R"(attachment; filename=".bashrc")"},
            {"spaces only", R"(attachment; filename="   ")"},
            {"trailing dots", R"(attachment; filename="evil.txt...")"},
            // over-long names
            {"300 bytes", "attachment; filename=\"" + longName + ".txt\""},
            {"450 bytes UTF-8", "attachment; filename*=UTF-8''" + longEuro + ".txt"},
            // TC2231 (greenbytes) cases that name a file in a tricky way
            // (moc misreads \" inside a raw string, so this one is spelled out)
            {"tc2231 attwithasciifnescapedquote",
             "attachment; filename=\"\\\"quoting\\\" tested.html\""},
            {"tc2231 attwithfn2231utf8", "attachment; filename*=UTF-8''foo-%c3%a4-%e2%82%ac.html"},
            {"tc2231 attwithfn2231iso", "attachment; filename*=iso-8859-1''foo-%E4.html"},
            {"tc2231 attwithisofnplain", "attachment; filename=\"foo-\xe4.html\""},
            {"tc2231 attwithfnrawpctenca", R"(attachment; filename="foo-%41.html")"},
            {"tc2231 attwithfnusingpct", R"(attachment; filename="50%.html")"},
            {"tc2231 attfnboth", "attachment; filename=\"foo-ae.html\"; "
                                 "filename*=UTF-8''foo-%c3%a4.html"},
            {"tc2231 attwithfilenameandextparamescaped",
             "attachment; foo*=UTF-8''%2F..%2F; filename=\"x.html\""},
            {"tc2231 attconfusedparam", "attachment; xfilename=foo.html"},
            {"tc2231 attabspath", R"(attachment; filename="/foo.html")"},
            {"tc2231 attabspathwin", R"(attachment; filename="\\foo.html")"},
            {"tc2231 attwithfn2231abspathdisguised", "attachment; filename*=UTF-8''%5cfoo.html"},
            {"tc2231 attfncontqs", R"(attachment; filename="foo.html"; filename="bar.html")"},
            {"tc2231 attmissingdisposition", R"(filename="foo.html")"},
            {"tc2231 attbrokentokenfn", "attachment; filename=foo[1](2).html"},
            {"tc2231 attwithfn2231nbadpct", "attachment; filename*=UTF-8''foo%"},
            {"tc2231 attwithfn2231dpct", "attachment; filename*=UTF-8''A-%2541.html"},
            {"tc2231 attemptyparam", "attachment; =foo.html"},
            {"empty filename", R"(attachment; filename="")"},
        };
        for (const auto &[name, header] : rows)
            QTest::newRow(name) << header;
    }
    void contentDispositionStaysInside()
    {
        QFETCH(QByteArray, header);
        // The same item twice: the second must get a numbered name, never overwrite the first.
        Batch batch(options());
        QVERIFY(batch.run({m_server.urlString(u"/cd?size=100&value="_s + percent(header)),
                           m_server.urlString(u"/cd?size=101&value="_s + percent(header))}));
        const QList<Result> results = batch.results();
        for (const Result &r : results) {
            QCOMPARE(outcomeName(r.outcome), u"ok"_s);
            QVERIFY(!r.file.isEmpty());
        }
        QVERIFY(results[0].file != results[1].file);
        QCOMPARE(QFileInfo(results[0].file).size(), 100);
        QCOMPARE(QFileInfo(results[1].file).size(), 101);
        verifyOnlyInsideOutput(results);
        QCOMPARE(treeOf(m_out).size(), 2);
    }

    void urlAndRedirectNamesStayInside_data()
    {
        QTest::addColumn<QString>("pathAndQuery");
        QTest::newRow("encoded traversal") << u"/any/..%2F..%2Fevil.bin"_s;
        QTest::newRow("encoded backslashes") << u"/any/..%5C..%5Cevil.bin"_s;
        QTest::newRow("encoded dot segment") << u"/any/%2e%2e"_s;
        QTest::newRow("encoded nul") << u"/any/evil%00.bin"_s;
        QTest::newRow("encoded newline") << u"/any/a%0Ab.bin"_s;
        QTest::newRow("look-alike slash") << u"/any/..%E2%88%95evil.bin"_s;
        QTest::newRow("reserved") << u"/any/NUL.txt"_s;
        QTest::newRow("hidden") << u"/any/.profile"_s;
        QTest::newRow("over-long") << u"/any/"_s + QString(400, u'b') + u".bin"_s;
        QTest::newRow("redirect traversal")
            << u"/redirect?to="_s + percent("/any/..%2F..%2F..%2Fevil.bin");
        QTest::newRow("redirect absolute")
            << u"/redirect?to="_s + percent("/any/%2Ftmp%2Fevil.bin");
        QTest::newRow("redirect backslash")
            << u"/redirect?to="_s + percent("/any/%5C..%5Cevil.bin");
    }
    void urlAndRedirectNamesStayInside()
    {
        QFETCH(QString, pathAndQuery);
        Batch batch(options());
        QVERIFY(batch.run({m_server.urlString(pathAndQuery)}));
        const Result r = batch.results().constFirst();
        QCOMPARE(outcomeName(r.outcome), u"ok"_s);
        QVERIFY(!r.file.isEmpty());
        verifyOnlyInsideOutput({r});
    }

    void plantedSymlinkIsNeverWrittenThrough()
    {
        // A dangling link in the output folder under the name the server asks for: the
        // download must take another name and leave the link's target uncreated.
        const QString target = m_root->filePath(u"victim.txt"_s);
        QVERIFY(QFile::link(target, m_out + u"/evil.txt"_s));
        QVERIFY(QFile::link(target, m_out + u"/evil (1).txt.part"_s));
        Batch batch(options());
        QVERIFY(batch.run({m_server.urlString(u"/cd?size=50&value="_s +
                                              percent(R"(attachment; filename="evil.txt")"))}));
        const Result r = batch.results().constFirst();
        QCOMPARE(outcomeName(r.outcome), u"ok"_s);
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QFileInfo(r.file).fileName(), u"evil (2).txt"_s);
        QVERIFY(QFileInfo(m_out + u"/evil.txt"_s).isSymLink());
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
        Batch batch(options());
        QVERIFY(batch.run({m_server.urlString(u"/redirect?to="_s + percent(target.toUtf8()))}));
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
        Batch batch(o);
        QVERIFY(batch.run({m_nginx.httpsUrl(u"/down"_s).toString(),
                           m_nginx.httpsUrl(u"/to-ftp"_s).toString(),
                           m_nginx.httpUrl(u"/up"_s).toString()}));
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
        Batch batch(o);
        QVERIFY(batch.run({url}));
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
        Batch batch(o);
        QVERIFY(batch.run(lines));
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

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
