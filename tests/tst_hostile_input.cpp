#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include "procmemory.h"
#include "serverfixture.h"
#include "urllist.h"

using namespace Qt::StringLiterals;
using ProcMemory::kSlack;
using ProcMemory::procStatusKb;
using ProcMemory::resetPeakMemory;

namespace {

struct Run
{
    int exitCode = -1;
    qint64 elapsedMs = 0;
    qint64 peakKb = -1; // VmHWM of the child, sampled while it ran
    QByteArray out;
    QByteArray err;
};

// Runs the program on a list file, sampling its peak memory until it exits.
Run runHeadless(const QStringList &arguments, int timeoutMs)
{
    Run run;
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(qEnvironmentVariable("FANOUT_BINARY"), arguments);
    if (!process.waitForStarted(10000))
        return run;
    const QString pid = QString::number(process.processId());
    const QDeadlineTimer deadline(timeoutMs);
    while (!process.waitForFinished(10)) {
        run.peakKb = std::max(run.peakKb, procStatusKb(pid, "VmHWM"));
        if (deadline.hasExpired()) {
            process.kill();
            process.waitForFinished();
            return run;
        }
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

enum class Input
{
    MillionInvalid,
    MillionUrls,
    MillionDuplicates,
    MillionBlank,
    LongUrl,
    Nul,
    BadUtf8,
    Spaces
};

// The hostile text as bytes, the way a file or a paste delivers it.
QByteArray hostileInput(Input kind, const QString &goodUrl)
{
    QByteArray text;
    const QByteArray good = goodUrl.toUtf8();
    switch (kind) {
    case Input::MillionInvalid:
        text.reserve(30 * 1000000);
        for (int i = 0; i < 1000000; ++i)
            text += "ftp://example.invalid/" + QByteArray::number(i) + '\n';
        break;
    case Input::MillionUrls:
        text.reserve(40 * 1000000);
        for (int i = 0; i < 1000000; ++i)
            text += "http://example.invalid/item/" + QByteArray::number(i) + '\n';
        break;
    case Input::MillionDuplicates:
        for (int i = 0; i < 1000000; ++i)
            text += good + '\n';
        break;
    case Input::MillionBlank:
        for (int i = 0; i < 1000000; ++i)
            text += (i % 3 == 0 ? "# comment\n" : i % 3 == 1 ? " \t \n" : "\n");
        text += good + '\n';
        break;
    case Input::LongUrl:
        text = "http://example.invalid/" + QByteArray(100 * 1024, 'a') + '\n' + good + '\n';
        break;
    case Input::Nul:
        text = QByteArray("http://exa\0mple.invalid/x\n", 26) + QByteArray(1000, '\0') + '\n' +
               good + '\n';
        break;
    case Input::BadUtf8:
        text = "http://example.invalid/\xff\xfe\xc0\xaf\n\xed\xa0\x80\n" + good + '\n';
        break;
    case Input::Spaces:
        for (int i = 0; i < 100000; ++i)
            text += " \t\xc2\xa0\xe3\x80\x80\x0b\x0c\r\n";
        text += good + '\n';
        break;
    }
    return text;
}

} // namespace

// Hostile input: every case must end in a clear message, in bounded time and with bounded
// memory, through UrlList (parse and the window's extract) and through `fanout --headless`
// (its peak memory sampled while it runs): a million lines of URLs, duplicates, blanks or
// invalid lines, a 100 KB URL, NUL bytes, invalid UTF-8, whitespace only. The figures are
// printed with qInfo so that a run documents what it measured.
class TestHostileInput final : public ServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void hostileListParses_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("valid");
        QTest::addColumn<int>("invalid");
        QTest::addColumn<QString>("reason");
        QTest::newRow("1,000,000 lines") << int(Input::MillionUrls) << 1000000 << 0 << QString();
        QTest::newRow("1,000,000 duplicates")
            << int(Input::MillionDuplicates) << 1 << 0 << QString();
        QTest::newRow("1,000,000 blank lines") << int(Input::MillionBlank) << 1 << 0 << QString();
        QTest::newRow("100 KB URL") << int(Input::LongUrl) << 1 << 1 << u"too long"_s;
        QTest::newRow("NUL bytes") << int(Input::Nul) << 1 << 2 << u"control characters"_s;
        QTest::newRow("invalid UTF-8") << int(Input::BadUtf8) << 1 << 2 << u"UTF-8"_s;
        QTest::newRow("whitespace only") << int(Input::Spaces) << 1 << 0 << QString();
    }
    void hostileListParses()
    {
        QFETCH(int, input);
        QFETCH(int, valid);
        QFETCH(int, invalid);
        QFETCH(QString, reason);
        const QByteArray bytes = hostileInput(Input(input), m_server.urlString(u"/file"_s));
        const qint64 rssBeforeKb = procStatusKb(u"self"_s, "VmRSS");
        QVERIFY(resetPeakMemory());
        QElapsedTimer clock;
        clock.start();
        {
            const UrlList list = UrlList::parse(QString::fromUtf8(bytes));
            const qint64 elapsed = clock.elapsed();
            const qint64 growthKb = procStatusKb(u"self"_s, "VmHWM") - rssBeforeKb;
            qInfo("%s: %lld bytes parsed in %lld ms, peak RSS growth %lld kB",
                  QTest::currentDataTag(), qint64(bytes.size()), elapsed, growthKb);
            QCOMPARE(list.validCount(), valid);
            QCOMPARE(list.invalidCount(), invalid);
            for (const UrlList::Entry &e : list.entries()) {
                if (!e.valid)
                    QVERIFY2(e.reason.contains(reason), qPrintable(e.reason));
            }
            QVERIFY2(elapsed < 30000, "took too long");
            QVERIFY2(growthKb < kSlack * 1024 * 1024, "memory grew by more than 1 GB");
        }
        // The same text through extract() (the window's paste) must end as well.
        if (bytes.size() < 1024 * 1024) {
            const UrlList extracted = UrlList::extract(QString::fromUtf8(bytes));
            QVERIFY(extracted.validCount() >= 1);
        }
    }

    void hostileListHeadless_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QByteArray>("message");
#if !defined(__SANITIZE_ADDRESS__) // about 1.7 GB and 7 s in a release build
        QTest::newRow("1,000,000 invalid lines")
            << int(Input::MillionInvalid) << 1 << u"Total: 1000000 | OK: 0 | Failed: 1000000"_s
            << QByteArray("unsupported scheme 'ftp'");
#endif
        QTest::newRow("1,000,000 duplicates")
            << int(Input::MillionDuplicates) << 0 << u"Total: 1 | OK: 1 | Failed: 0"_s
            << QByteArray("repeats line 1");
        QTest::newRow("1,000,000 blank lines")
            << int(Input::MillionBlank) << 0 << u"Total: 1 | OK: 1 | Failed: 0"_s << QByteArray();
        QTest::newRow("100 KB URL") << int(Input::LongUrl) << 1 << u"Total: 2 | OK: 1 | Failed: 1"_s
                                    << QByteArray("too long");
        QTest::newRow("NUL bytes") << int(Input::Nul) << 1 << u"Total: 3 | OK: 1 | Failed: 2"_s
                                   << QByteArray("control characters");
        QTest::newRow("invalid UTF-8")
            << int(Input::BadUtf8) << 1 << u"Total: 3 | OK: 1 | Failed: 2"_s << QByteArray("UTF-8");
        QTest::newRow("whitespace only")
            << int(Input::Spaces) << 0 << u"Total: 1 | OK: 1 | Failed: 0"_s << QByteArray();
    }
    void hostileListHeadless()
    {
        QFETCH(int, input);
        QFETCH(int, exitCode);
        QFETCH(QString, summary);
        QFETCH(QByteArray, message);
        const QString list = m_dir->filePath(u"list.txt"_s);
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(hostileInput(Input(input), m_server.urlString(u"/file?size=100"_s)));
        file.close();
        const Run run = runHeadless({u"--headless"_s, list, u"--check"_s, u"-q"_s, u"--retries"_s,
                                     u"0"_s, u"-o"_s, m_dir->filePath(u"out"_s), u"--csv"_s,
                                     m_dir->filePath(u"r.csv"_s)},
                                    45000);
        qInfo("%s: exit %d in %lld ms, peak RSS %lld kB, stderr %lld bytes",
              QTest::currentDataTag(), run.exitCode, run.elapsedMs, run.peakKb,
              qint64(run.err.size()));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.out).contains(summary), run.out.constData());
        QVERIFY2(run.err.contains(message), run.err.left(2000).constData());
        QVERIFY(run.peakKb > 0);
        QVERIFY2(run.peakKb < kSlack * 2 * 1024 * 1024, "more than 2 GB");
        QVERIFY2(run.elapsedMs < 30000, "took too long");
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
