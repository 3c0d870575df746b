// Other list formats end to end: `fanout --headless` (the real binary in a child process) reads
// an aria2 input file, a Metalink document (from a file and from standard input), a results CSV
// it wrote itself and a checksum file given with --checksums, against the TestServer: names,
// folders, mirrors where the first URL 404s, and digests of each algorithm, good and bad.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "fanoutprocess.h"
#include "testserver.h"
#include "testsupport.h"

namespace {

using Run = FanoutProcess::Run;

// Columns of the results CSV that these tests read.
enum Column
{
    UrlColumn = 0,
    FinalUrlColumn = 1,
    OutcomeColumn = 2,
    ErrorColumn = 7,
    FileColumn = 8,
    SkippedColumn = 11,
};

} // namespace

class TestFormatsHeadless final : public QObject
{
    Q_OBJECT

private:
    Run fanout(const QStringList &arguments, const QByteArray &input = {})
    {
        const QStringList all{QStringLiteral("--headless"), QStringLiteral("-q"),
                              QStringLiteral("-o"),         out(),
                              QStringLiteral("--csv"),      csv(),
                              QStringLiteral("--retries"),  QStringLiteral("0")};
        return FanoutProcess::run(m_dir->path(), all + arguments, 60000, input);
    }
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }
    QString url(const char *pathAndQuery) const
    {
        return m_server.urlString(QString::fromLatin1(pathAndQuery));
    }
    QString out() const { return m_dir->filePath(QStringLiteral("out")); }
    QString csv() const { return m_dir->filePath(QStringLiteral("r.csv")); }
    // "outcome file-name error" per row, in list order.
    QStringList rows() const
    {
        QStringList out;
        const QList<QStringList> rows = TestSupport::readCsvFile(csv());
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &r = rows[i];
            QStringList parts{r.value(OutcomeColumn), QFileInfo(r.value(FileColumn)).fileName(),
                              r.value(ErrorColumn).section(QLatin1Char(':'), 0, 0)};
            parts.removeAll(QString());
            out << parts.join(QLatin1Char(' '));
        }
        return out;
    }
    static QByteArray digest(qint64 size, int seed, QCryptographicHash::Algorithm algorithm)
    {
        return QCryptographicHash::hash(TestServer::body(size, seed), algorithm).toHex();
    }
    QByteArray sha(qint64 size, int seed) const
    {
        return TestServer::sha256Hex(size, seed).toUtf8();
    }

    QString m_binary;
    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("FANOUT_BINARY");
        QVERIFY2(QFileInfo(m_binary).isExecutable(), "FANOUT_BINARY must name the program");
        QVERIFY(m_server.start());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server.resetStats();
    }

    void aria2InputFile()
    {
        const QByteArray list = "# from aria2\n" + url("/file?size=300&seed=1").toUtf8() +
                                "\n  out=one.bin\n  checksum=sha-256=" + sha(300, 1) +
                                "\n  split=4\n" + url("/file?size=200&seed=2").toUtf8() +
                                "\n\tout=two.bin\n\tchecksum=sha-256=" + sha(200, 3) + "\n";
        const Run run = fanout({write(QStringLiteral("input.aria2"), list)});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(rows(),
                 (QStringList{QStringLiteral("ok one.bin"), QStringLiteral("failed checksum")}));
        QCOMPARE(TestSupport::fileSha256(QDir(out()).filePath(QStringLiteral("one.bin"))),
                 sha(300, 1));
        QVERIFY(!QFile::exists(QDir(out()).filePath(QStringLiteral("two.bin"))));
        QVERIFY2(run.err.contains(QStringLiteral("input.aria2:5: ignored: aria2 option split")),
                 qPrintable(run.err));
    }

    // The list parser judges what the converter carried: the option's item is invalid.
    void aria2BadFieldIsInvalid()
    {
        const QByteArray list = url("/file?size=10").toUtf8() + "\n  dir=../up\n" +
                                url("/file?size=20").toUtf8() + "\n";
        const Run run = fanout({write(QStringLiteral("bad.aria2"), list)});
        QCOMPARE(run.exitCode, 1);
        const QStringList got = rows();
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0], QStringLiteral("invalid invalid"));
        const QString error = TestSupport::readCsvFile(csv()).value(1).value(ErrorColumn);
        QVERIFY2(error.contains(QStringLiteral("dir=")), qPrintable(error));
        QCOMPARE(got[1], QStringLiteral("ok file"));
        QCOMPARE(m_server.requestCount(), 1);
    }

    void metalinkFromFileAndStandardInput_data()
    {
        QTest::addColumn<bool>("fromStdin");
        QTest::newRow("file") << false;
        QTest::newRow("standard input") << true;
    }
    void metalinkFromFileAndStandardInput()
    {
        QFETCH(bool, fromStdin);
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">\n"
            " <file name=\"good.bin\">\n  <size>500</size>\n"
            "  <hash type=\"sha-256\">" +
            sha(500, 4) +
            "</hash>\n"
            "  <url priority=\"1\">" +
            url("/file?size=500&amp;seed=4").toUtf8() +
            "</url>\n </file>\n"
            " <file name=\"bad.bin\">\n"
            "  <hash type=\"sha-256\">" +
            sha(500, 5) + "</hash>\n  <url>" + url("/file?size=500&amp;seed=6").toUtf8() +
            "</url>\n </file>\n"
            " <file name=\"short.bin\">\n  <size>499</size>\n  <url>" +
            url("/file?size=500&amp;seed=7").toUtf8() + "</url>\n </file>\n</metalink>\n";
        const Run run =
            fromStdin ? fanout({}, xml) : fanout({write(QStringLiteral("files.meta4"), xml)});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(rows(),
                 (QStringList{QStringLiteral("ok good.bin"), QStringLiteral("failed checksum"),
                              QStringLiteral("failed checksum")}));
        const QList<QStringList> all = TestSupport::readCsvFile(csv());
        QVERIFY2(all.value(3).join(u',').contains(u"size is 500 bytes, the list expects 499"),
                 qPrintable(all.value(3).join(u',')));
        QVERIFY(!QFile::exists(QDir(out()).filePath(QStringLiteral("short.bin"))));
        QCOMPARE(TestSupport::fileSha256(QDir(out()).filePath(QStringLiteral("good.bin"))),
                 sha(500, 4));
    }

    // The first URL by priority is missing: the next one serves; the name's folders become dir=.
    void metalinkMirrorsFoldersAndDigests()
    {
        const QByteArray xml =
            "<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">\n"
            " <file name=\"sub/dir/m.bin\">\n"
            "  <hash type=\"md5\">" +
            digest(700, 11, QCryptographicHash::Md5) + "</hash>\n  <hash type=\"sha-1\">" +
            digest(700, 11, QCryptographicHash::Sha1) + "</hash>\n  <url priority=\"2\">" +
            url("/file?size=700&amp;seed=11").toUtf8() + "</url>\n  <url priority=\"1\">" +
            url("/status?code=404").toUtf8() + "</url>\n </file>\n</metalink>\n";
        const Run run = fanout({write(QStringLiteral("m.meta4"), xml)});
        QCOMPARE(run.exitCode, 0);
        const QList<QStringList> rows = TestSupport::readCsvFile(csv());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].value(OutcomeColumn), QStringLiteral("ok"));
        QCOMPARE(rows[1].value(UrlColumn), url("/status?code=404"));
        QCOMPARE(rows[1].value(FinalUrlColumn), url("/file?size=700&seed=11"));
        const QString saved = QDir(out()).filePath(QStringLiteral("sub/dir/m.bin"));
        QCOMPARE(QFileInfo(rows[1].value(FileColumn)).canonicalFilePath(),
                 QFileInfo(saved).canonicalFilePath());
        QCOMPARE(TestSupport::fileSha256(saved), sha(700, 11));
    }

    void aria2MirrorsFoldersAndDigests()
    {
        const QByteArray list =
            url("/status?code=404").toUtf8() + '\t' + url("/file?size=900&seed=12").toUtf8() +
            "\n  dir=a\n  out=b/c.bin\n  checksum=sha-512=" +
            digest(900, 12, QCryptographicHash::Sha512) +
            "\n  checksum=sha-1=" + digest(900, 12, QCryptographicHash::Sha1) + "\n" +
            url("/file?size=900&seed=13").toUtf8() +
            "\n  out=wrong.bin\n  checksum=md5=" + digest(900, 12, QCryptographicHash::Md5) + "\n";
        const Run run = fanout({write(QStringLiteral("mirrors.aria2"), list)});
        QCOMPARE(run.exitCode, 1);
        const QList<QStringList> rows = TestSupport::readCsvFile(csv());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].value(OutcomeColumn), QStringLiteral("ok"));
        QCOMPARE(rows[1].value(FinalUrlColumn), url("/file?size=900&seed=12"));
        QCOMPARE(TestSupport::fileSha256(QDir(out()).filePath(QStringLiteral("a/b/c.bin"))),
                 sha(900, 12));
        QCOMPARE(rows[2].value(OutcomeColumn), QStringLiteral("failed"));
        QVERIFY2(rows[2].value(ErrorColumn).startsWith(QStringLiteral("checksum: MD5 is")),
                 qPrintable(rows[2].value(ErrorColumn)));
        QVERIFY(!QFile::exists(QDir(out()).filePath(QStringLiteral("wrong.bin"))));
    }

    // A pipe named as LIST (`fanout --headless <(command)`) is read once, in full, whatever its
    // format.
    void listThroughAPipe_data()
    {
        QTest::addColumn<QByteArray>("list");
        QTest::newRow("plain") << QByteArray("@SERVER@/file?size=80&name=p\n");
        QTest::newRow("metalink") << QByteArray(
            "<metalink xmlns=\"urn:ietf:params:xml:ns:"
            "metalink\">\n<file name=\"p\"><url>"
            "@SERVER@/file?size=80</url></file>\n</metalink>\n");
    }
    void listThroughAPipe()
    {
        QFETCH(QByteArray, list);
        list.replace("@SERVER@", m_server.urlString(QString()).toUtf8());
        const QString fifo = m_dir->filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess process;
        process.start(m_binary,
                      {QStringLiteral("--headless"), QStringLiteral("-q"), QStringLiteral("-o"),
                       out(), QStringLiteral("--csv"), csv(), fifo});
        QVERIFY(process.waitForStarted());
        {
            QFile pipe(fifo);
            QVERIFY(pipe.open(QIODevice::WriteOnly)); // waits for fanout to open it
            QCOMPARE(pipe.write(list), list.size());
        }
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(rows(), QStringList{QStringLiteral("ok p")});
    }

    void malformedMetalinkIsAUsageError()
    {
        const Run run = fanout({write(QStringLiteral("broken.meta4"),
                                      "<metalink>\n<file name=\"a\">\n<url>x</file>\n")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("malformed Metalink at line 3")),
                 qPrintable(run.err));
        QCOMPARE(m_server.requestCount(), 0);
    }

    void checksumsFile()
    {
        const QString list =
            write(QStringLiteral("list.txt"),
                  (url("/any/a.bin?size=100&seed=7") + u'\n' + url("/any/b.bin?size=100&seed=8") +
                   u'\n' + url("/any/c.bin?size=100&seed=9") + u'\n')
                      .toUtf8());
        const QByteArray md5 =
            QCryptographicHash::hash(TestServer::body(100, 9), QCryptographicHash::Md5).toHex();
        const QString sums = write(QStringLiteral("SUMS"),
                                   sha(100, 7) + "  a.bin\n" + "SHA256 (b.bin) = " + sha(100, 1) +
                                       "\n" + md5 + " *c.bin\n" + sha(1, 1) + "  missing.bin\n");
        const Run run = fanout({QStringLiteral("--checksums"), sums, list});
        QCOMPARE(run.exitCode, 1);
        const QStringList got = rows();
        QCOMPARE(got.value(0), QStringLiteral("ok a.bin"));
        QCOMPARE(got.value(1), QStringLiteral("failed checksum"));
        QCOMPARE(got.value(2), QStringLiteral("ok c.bin"));
        QVERIFY2(run.err.contains(QStringLiteral("no item is named missing.bin")),
                 qPrintable(run.err));
    }

    // The checksum file names a file below its dir=: "dir/name"; sha512 and sha1 by length.
    void checksumsByFolderAndName()
    {
        const QString list =
            write(QStringLiteral("list.txt"),
                  (url("/file?size=50&seed=14") + QStringLiteral("\tdir=x/y\tname=n.bin\n") +
                   url("/any/top.bin?size=60&seed=15") + u'\n')
                      .toUtf8());
        const QString sums = write(QStringLiteral("SUMS"),
                                   digest(50, 14, QCryptographicHash::Sha512) + "  ./x/y/n.bin\n" +
                                       digest(60, 1, QCryptographicHash::Sha1) + "  top.bin\n");
        const Run run = fanout({QStringLiteral("--checksums"), sums, list});
        QCOMPARE(run.exitCode, 1);
        const QList<QStringList> rows = TestSupport::readCsvFile(csv());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].value(OutcomeColumn), QStringLiteral("ok"));
        QVERIFY(QFile::exists(QDir(out()).filePath(QStringLiteral("x/y/n.bin"))));
        QCOMPARE(rows[2].value(OutcomeColumn), QStringLiteral("failed"));
        QVERIFY2(rows[2].value(ErrorColumn).startsWith(QStringLiteral("checksum: SHA-1 is")),
                 qPrintable(rows[2].value(ErrorColumn)));
        QVERIFY2(!run.err.contains(QStringLiteral("no item is named")), qPrintable(run.err));
    }

    void checksumsNeedTheListToResume()
    {
        const QString session = m_dir->filePath(QStringLiteral("s.jsonl"));
        const QString list =
            write(QStringLiteral("list.txt"), url("/file?size=10").toUtf8() + "\n");
        QCOMPARE(fanout({QStringLiteral("--session"), session, list}).exitCode, 0);
        const QString sums = write(QStringLiteral("SUMS"), sha(10, 0) + "  file\n");
        const Run run =
            fanout({QStringLiteral("--session"), session, QStringLiteral("--checksums"), sums});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--checksums applies to LIST")),
                 qPrintable(run.err));
    }

    void resultsCsvRunsAgain()
    {
        const QString list = write(QStringLiteral("list.txt"),
                                   (url("/file?size=64&seed=1&name=kept.bin") + u'\n' +
                                    url("/flaky?fail=1&code=404&key=csv&size=32") + u'\n')
                                       .toUtf8());
        Run run = fanout({list});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(rows(),
                 (QStringList{QStringLiteral("ok kept.bin"), QStringLiteral("failed http")}));
        const QString earlier = write(QStringLiteral("earlier.csv"), [this] {
            QFile file(csv());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }());
        run = fanout({earlier});
        QCOMPARE(run.exitCode, 0);
        const QList<QStringList> again = TestSupport::readCsvFile(csv());
        QCOMPARE(again.size(), 3);
        // The finished file is verified and skipped under its name; the failed one is fetched.
        QCOMPARE(again[1].value(OutcomeColumn), QStringLiteral("ok"));
        QCOMPARE(again[1].value(SkippedColumn), QStringLiteral("yes"));
        QCOMPARE(QFileInfo(again[1].value(FileColumn)).fileName(), QStringLiteral("kept.bin"));
        QCOMPARE(again[2].value(OutcomeColumn), QStringLiteral("ok"));
        QCOMPARE(again[2].value(UrlColumn), url("/flaky?fail=1&code=404&key=csv&size=32"));
    }
};

QTEST_GUILESS_MAIN(TestFormatsHeadless)
#include "tst_formatsheadless.moc"
