// What `fanout --headless` does with the fields of a list line, from outside: the real binary
// in a child process against TestServers. Digests of each algorithm, dir=, mirrors (a 404, a
// closed port, resuming on another mirror), per-origin rules on the URL actually used, header=.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "fanoutprocess.h"
#include "testserver.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

namespace {

using Run = FanoutProcess::Run;

// The CSV's columns by name.
enum Column
{
    Url = 0,
    FinalUrl = 1,
    Outcome = 2,
    Attempts = 6,
    Error = 7,
    File = 8,
};

QString hexOf(QCryptographicHash::Algorithm algorithm, qint64 size, int seed = 0)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(TestServer::body(size, seed), algorithm).toHex());
}

} // namespace

class TestListHeadless final : public QObject
{
    Q_OBJECT

private:
    Run fanout(const QStringList &lines, QStringList arguments = {}, int timeoutMs = 60000)
    {
        const QString list = m_dir->filePath(u"list.txt"_s);
        QFile file(list);
        if (file.open(QIODevice::WriteOnly))
            file.write(lines.join(u'\n').toUtf8());
        file.close();
        arguments = QStringList{u"--headless"_s, list,           u"-o"_s,   out(),  u"--csv"_s,
                                csv(),           u"--backoff"_s, u"0.05"_s, u"-q"_s} +
                    arguments;
        return FanoutProcess::run(m_dir->path(), arguments, timeoutMs);
    }

    QStringList row(int index) const { return TestSupport::readCsvFile(csv()).value(index + 1); }
    QString url(const QString &pathAndQuery) const { return m_server.urlString(pathAndQuery); }
    QString out() const { return m_dir->filePath(u"out"_s); }
    QString csv() const { return m_dir->filePath(u"r.csv"_s); }

    // A port nothing listens on: a connection to it is refused.
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return probe.serverPort(); // closed when probe goes
    }

    QString m_binary;
    TestServer m_server;
    TestServer m_other; // a second origin
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("FANOUT_BINARY");
        QVERIFY2(QFileInfo(m_binary).isExecutable(), "FANOUT_BINARY must name the program");
        QVERIFY(m_server.start());
        QVERIFY(m_other.start());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server.resetStats();
        m_other.resetStats();
    }

    void digests_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("hex");
        QTest::addColumn<bool>("good");
        const qint64 size = 70000;
        const struct
        {
            const char *name;
            QCryptographicHash::Algorithm algorithm;
        } algorithms[] = {{"md5", QCryptographicHash::Md5},
                          {"sha1", QCryptographicHash::Sha1},
                          {"sha256", QCryptographicHash::Sha256},
                          {"sha512", QCryptographicHash::Sha512}};
        for (const auto &a : algorithms) {
            const QString good = hexOf(a.algorithm, size);
            const QString bad = hexOf(a.algorithm, size, 1);
            QTest::addRow("%s good", a.name) << QString::fromLatin1(a.name) << good << true;
            QTest::addRow("%s good upper", a.name)
                << QString::fromLatin1(a.name) << good.toUpper() << true;
            QTest::addRow("%s bad", a.name) << QString::fromLatin1(a.name) << bad << false;
        }
    }
    void digests()
    {
        QFETCH(QString, field);
        QFETCH(QString, hex);
        QFETCH(bool, good);
        const Run run =
            fanout({url(u"/file?size=70000"_s) + u"\tname=f.bin\t"_s + field + u'=' + hex});
        QCOMPARE(run.exitCode, good ? 0 : 1);
        const QStringList r = row(0);
        QCOMPARE(r.value(Outcome), good ? u"ok"_s : u"failed"_s);
        if (good) {
            QVERIFY(QFile::exists(out() + u"/f.bin"_s));
            return;
        }
        // The detail names the algorithm, what the list expects and what came.
        const QString title = field == u"md5"_s      ? u"MD5"_s
                              : field == u"sha1"_s   ? u"SHA-1"_s
                              : field == u"sha256"_s ? u"SHA-256"_s
                                                     : u"SHA-512"_s;
        QVERIFY2(r.value(Error).startsWith(u"checksum: "_s + title + u" is "_s),
                 qPrintable(r.value(Error)));
        QVERIFY2(r.value(Error).contains(u"the list expects "_s + hex.toLower()),
                 qPrintable(r.value(Error)));
        // The body never keeps the wanted name.
        QVERIFY(!QFile::exists(out() + u"/f.bin"_s));
        QVERIFY(QFile::exists(out() + u"/f.bin."_s + field + u"-mismatch"_s));
        QCOMPARE(r.value(Attempts), u"1"_s);
    }
    void severalDigestsMustAllMatch()
    {
        const qint64 size = 5000;
        const QString md5 = hexOf(QCryptographicHash::Md5, size);
        const QString sha512 = hexOf(QCryptographicHash::Sha512, size, 2); // wrong
        const Run run =
            fanout({url(u"/file?size=5000"_s) + u"\tmd5="_s + md5 + u"\tsha512="_s + sha512,
                    url(u"/file?size=5000&seed=0&x=2"_s) + u"\tmd5="_s + md5 + u"\tsha1="_s +
                        hexOf(QCryptographicHash::Sha1, size)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(row(0).value(Error).startsWith(u"checksum: SHA-512 is"_s),
                 qPrintable(row(0).value(Error)));
        QCOMPARE(row(1).value(Outcome), u"ok"_s);
    }

    void dirField()
    {
        const Run run =
            fanout({url(u"/file?size=100"_s) + u"\tdir=a/b c\tname=x.bin"_s,
                    url(u"/file?size=101"_s) + u"\tdir=a/b c"_s, // same folder, other name
                    url(u"/file?size=102"_s) + u"\tdir=../escape"_s,
                    url(u"/file?size=103"_s) + u"\tdir=/tmp"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(row(0).value(Outcome), u"ok"_s);
        QCOMPARE(row(0).value(File), QDir(out()).absoluteFilePath(u"a/b c/x.bin"_s));
        QCOMPARE(TestSupport::fileSha256(out() + u"/a/b c/x.bin"_s),
                 TestServer::sha256Hex(100).toLatin1());
        QCOMPARE(row(1).value(Outcome), u"ok"_s);
        QVERIFY(row(1).value(File).startsWith(QDir(out()).absoluteFilePath(u"a/b c/"_s)));
        QCOMPARE(row(2).value(Outcome), u"invalid"_s);
        QVERIFY2(row(2).value(Error).contains(u"'..'"_s), qPrintable(row(2).value(Error)));
        QCOMPARE(row(3).value(Outcome), u"invalid"_s);
        QVERIFY(!QFile::exists(m_dir->filePath(u"escape"_s)));
    }
    void dirThroughASymlinkIsRefused()
    {
        QTemporaryDir outside;
        QVERIFY(QDir().mkpath(out()));
        QVERIFY(QFile::link(outside.path(), out() + u"/link"_s));
        const Run run = fanout({url(u"/file?size=100"_s) + u"\tdir=link/sub\tname=x.bin"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(row(0).value(Error).startsWith(u"disk: refused"_s),
                 qPrintable(row(0).value(Error)));
        QVERIFY(QDir(outside.path()).isEmpty());
        QCOMPARE(m_server.requestCount(), 0); // refused before anything was asked
    }

    void mirrorAfterA404()
    {
        const QString first = url(u"/status?code=404"_s);
        const QString mirror = m_other.urlString(u"/file?size=3000"_s);
        const Run run = fanout({first + u"\tname=m.bin\t"_s + mirror});
        QCOMPARE(run.exitCode, 0);
        const QStringList r = row(0);
        QCOMPARE(r.value(Url), first);
        QCOMPARE(r.value(FinalUrl), mirror);
        QCOMPARE(r.value(Attempts), u"2"_s);
        QCOMPARE(TestSupport::fileSha256(out() + u"/m.bin"_s),
                 TestServer::sha256Hex(3000).toLatin1());
    }
    void mirrorAfterARefusedConnection()
    {
        const QString first = u"http://127.0.0.1:%1/file"_s.arg(closedPort());
        const QString mirror = m_other.urlString(u"/file?size=3000"_s);
        const Run run =
            fanout({first + u"\tmirror="_s + mirror + u"\tname=m.bin"_s}, {u"--retries"_s, u"0"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(row(0).value(FinalUrl), mirror);
        QCOMPARE(row(0).value(Attempts), u"2"_s);
    }
    void everyUrlIsTriedBeforeFailing()
    {
        // Retries 0, yet each of the three places gets its attempt; the 404s leave the rotation.
        const Run run =
            fanout({url(u"/status?code=404&n=1"_s) + u'\t' + url(u"/status?code=503&n=2"_s) +
                    u'\t' + m_other.urlString(u"/status?code=410"_s)},
                   {u"--retries"_s, u"0"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(row(0).value(Outcome), u"failed"_s);
        QCOMPARE(row(0).value(Attempts), u"3"_s);
        QVERIFY2(row(0).value(Error).contains(u"of 3 URLs"_s), qPrintable(row(0).value(Error)));
        QCOMPARE(m_server.requestCount(), 2);
        QCOMPARE(m_other.requestCount(), 1);
    }
    void retriesGoRoundTheMirrors()
    {
        // A 503 can succeed later: the item goes on round its URLs until its retries are spent.
        const Run run = fanout({url(u"/status?code=503"_s) + u'\t' +
                                m_other.urlString(u"/flaky?fail=2&code=503&key=rr"_s)},
                               {u"--retries"_s, u"5"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(row(0).value(FinalUrl), m_other.urlString(u"/flaky?fail=2&code=503&key=rr"_s));
        QCOMPARE(row(0).value(Attempts), u"6"_s); // A, B, A, B, A: 503; B: 200
    }
    void perHostRulesCountTheMirrorsOrigin()
    {
        // Every item's own URL 404s on one origin; the mirrors all live on the other, whose
        // --per-host 1 must hold: it never sees two requests at once.
        QStringList lines;
        for (int i = 0; i < 6; ++i)
            lines << url(u"/status?code=404&i=%1"_s.arg(i)) + u'\t' +
                         m_other.urlString(u"/file?size=100&delay=150&i=%1"_s.arg(i));
        const Run run = fanout(lines, {u"--per-host"_s, u"1"_s, u"-j"_s, u"8"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_other.requestCount(), 6);
        QCOMPARE(m_other.peakConcurrency(), 1);
    }
    void resumesOnAnotherMirrorOfTheSameEntity()
    {
        // The first mirror cuts the body after 100,000 bytes; the second serves the same entity
        // (same ETag, same size): the part file continues there with Range.
        const qint64 size = 300000;
        const QString cut = url(u"/ranged?size=300000&cut=100000&key=rm"_s);
        const QString whole = m_other.urlString(u"/ranged?size=300000"_s);
        const Run run = fanout(
            {cut + u'\t' + whole + u"\tname=r.bin\tsha256="_s + TestServer::sha256Hex(size)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(row(0).value(FinalUrl), whole);
        QCOMPARE(TestSupport::fileSha256(out() + u"/r.bin"_s),
                 TestServer::sha256Hex(size).toLatin1());
        const QList<RecordedRequest> asked = m_other.requests();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().header("Range"), QByteArray("bytes=100000-"));
    }
    void anotherSizeOnTheMirrorStartsOver()
    {
        // Same ETag by chance, another size: the Range answer names another total, so the
        // part is not continued but fetched whole.
        const QString cut = url(u"/ranged?size=300000&cut=100000&key=rs"_s);
        const QString other = m_other.urlString(u"/ranged?size=300001"_s);
        const Run run = fanout({cut + u'\t' + other + u"\tname=r.bin"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(TestSupport::fileSha256(out() + u"/r.bin"_s),
                 TestServer::sha256Hex(300001).toLatin1());
        const QList<RecordedRequest> asked = m_other.requests();
        QCOMPARE(asked.size(), 2); // the Range, then the whole body
        QVERIFY(asked.last().header("Range").isNull());
    }

    void failedListRunsAgainToSuccess()
    {
        const qint64 size = 4000;
        const QString md5 = hexOf(QCryptographicHash::Md5, size);
        QString flaky = url(u"/flaky?fail=1&code=404&key=fl&size=4000"_s);
        flaky.replace(u"http://"_s, u"http://user:secret@"_s);
        const QString mirror = m_other.urlString(u"/status?code=404"_s);
        const QString failed = m_dir->filePath(u"failed.txt"_s);
        const Run first =
            fanout({url(u"/file?size=10"_s) + u"\tname=fine.bin"_s,
                    flaky + u"\tname=again.bin\tdir=sub/dir\tmd5="_s + md5 + u"\tmirror="_s +
                        mirror + u"\theader=X-Item: kept\theader=Authorization: Basic eA=="_s,
                    u"ftp://nope/x"_s},
                   {u"--retries"_s, u"0"_s, u"--failed-list"_s, failed});
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.err.contains(u"2 not ok, written to "_s), qPrintable(first.err));
        QFile file(failed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY2(!text.contains(u"secret"_s) && !text.contains(u"eA=="_s), qPrintable(text));
        QVERIFY2(!text.contains(u"fine.bin"_s), qPrintable(text));
        QVERIFY2(text.contains(u"# line 3: unsupported scheme 'ftp' (only http and https)\n"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"# line 2: header Authorization left out"_s), qPrintable(text));
        QVERIFY2(text.contains(url(u"/flaky?fail=1&code=404&key=fl&size=4000"_s) +
                               u"\tname=again.bin\tdir=sub/dir\tmd5="_s + md5 + u"\tmirror="_s +
                               mirror + u"\theader=X-Item: kept\n"_s),
                 qPrintable(text));

        // The failed list is a list: run it again, and what failed is done.
        QFile::remove(csv());
        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        process.start(m_binary, {u"--headless"_s, failed, u"-o"_s, out(), u"--csv"_s, csv(),
                                 u"-q"_s, u"--failed-list"_s, failed});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("Total: 1 | OK: 1 | Failed: 0"));
        QCOMPARE(TestSupport::fileSha256(out() + u"/sub/dir/again.bin"_s),
                 TestServer::sha256Hex(size).toLatin1());
        QVERIFY(row(0).value(Error).isEmpty());
        // Nothing failed this time: the list written is empty but for its heading.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 1);
    }

    void headerFieldGoesWithItsItemOnly()
    {
        const Run run = fanout({url(u"/echo-headers?i=1"_s) + u"\tname=a.txt\theader=X-Item: one"_s,
                                url(u"/echo-headers?i=2"_s) + u"\tname=b.txt"_s});
        QCOMPARE(run.exitCode, 0);
        QFile a(out() + u"/a.txt"_s), b(out() + u"/b.txt"_s);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY(a.readAll().contains("X-Item: one"));
        QVERIFY(!b.readAll().contains("X-Item"));
    }
};

QTEST_GUILESS_MAIN(TestListHeadless)
#include "tst_listheadless.moc"
