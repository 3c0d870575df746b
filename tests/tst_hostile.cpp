// Hostile servers and hostile input: every case must end in a clear Result (or message), in
// bounded time and with bounded memory. Servers are TestServer routes that misbehave on purpose;
// input goes through UrlList and through `fanout --headless`. The figures are printed with
// qInfo so that a run documents what it measured.
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "engine.h"
#include "testserver.h"
#include "urllist.h"

using namespace Qt::StringLiterals;

namespace {

// A field of /proc/<pid>/status in kB ("VmHWM", "VmRSS"), or -1.
qint64 procStatusKb(const QString &pid, const QByteArray &field)
{
    QFile file(u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Makes VmHWM start again from the current RSS (Linux: "5" to clear_refs).
bool resetPeakMemory()
{
    QFile file(u"/proc/self/clear_refs"_s);
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

// Runs one batch on a real Engine and collects what it reports.
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

    bool run(const QStringList &lines, int timeoutMs)
    {
        m_ids = m_engine.add(UrlList::parse(lines.join(u'\n')).entries());
        m_engine.start();
        return QTest::qWaitFor([this] { return m_idle > 0; }, timeoutMs);
    }

    Result result(int index) const { return m_byId.value(m_ids.value(index)); }

private:
    Engine m_engine;
    QList<ItemId> m_ids;
    QHash<ItemId, Result> m_byId;
    int m_idle = 0;
};

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

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kSlack = 3; // ASan's redzones and quarantine
#else
constexpr qint64 kSlack = 1;
#endif

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

class TestHostile final : public QObject
{
    Q_OBJECT

private:
    EngineOptions options(int stallMs, int attemptMs) const
    {
        EngineOptions o;
        o.outputDir = m_dir->path();
        o.retries = 0;
        o.connectTimeoutMs = 3000;
        o.stallTimeoutMs = stallMs;
        o.attemptTimeoutMs = attemptMs;
        return o;
    }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server.resetStats();
    }

    void hostileServerEndsClearly_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<int>("stallMs");
        QTest::addColumn<int>("attemptMs");
        QTest::addColumn<bool>("checkOnly");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("bytes"); // -1: any
        // Non-empty: a known gap, expected to fail until fixed (the text says where).
        QTest::addColumn<QString>("knownGap");
        const QString qtChunked = u"Qt 6.4 accepts this broken chunked framing without an error"
                                  u" (chunk size read as 0, or body ended at the server's close),"
                                  u" so the engine saves a wrong body as ok"_s;

        // clang-format off
        // Qt's header parser drops fields beyond its limits (Content-Length included, and a
        // 100 KB Location), so these bodies only end at a close: the stall timer ends them.
        QTest::newRow("1 MB of headers")
            << u"/many-headers?count=1&size=1048576"_s << 1500 << 0 << false
            << u"failed"_s << u"stall"_s << qint64(-1) << QString();
        QTest::newRow("10,000 headers")
            << u"/many-headers?count=10000&size=10"_s << 1500 << 0 << false
            << u"failed"_s << u"stall"_s << qint64(-1) << QString();
        QTest::newRow("chunk size not hex")
            << u"/bad-chunked?kind=hex"_s << 3000 << 0 << false
            << u"failed"_s << u"truncated"_s << qint64(-1) << qtChunked;
        // (A chunk longer than the body is not listed: Qt 6.4 reports it as an error only some
        // of the time, so neither outcome can be expected; see the README's Security section.)
        QTest::newRow("chunk size overflows")
            << u"/bad-chunked?kind=huge"_s << 3000 << 0 << false
            << u"failed"_s << u"truncated"_s << qint64(-1) << qtChunked;
        QTest::newRow("chunk without CRLF")
            << u"/bad-chunked?kind=noterm"_s << 3000 << 0 << false
            << u"failed"_s << u"truncated"_s << qint64(-1) << qtChunked;
        QTest::newRow("Content-Length too high, then close")
            << u"/file?size=1000&h=Content-Length:2000&close=1"_s << 3000 << 0 << false
            << u"failed"_s << u"truncated"_s << qint64(1000) << QString();
        QTest::newRow("Content-Length too high, connection held")
            << u"/file?size=1000&h=Content-Length:2000"_s << 1000 << 0 << false
            << u"failed"_s << u"stall"_s << qint64(1000) << QString();
        QTest::newRow("Content-Length too low")
            << u"/file?size=2000&h=Content-Length:1000&close=1"_s << 3000 << 0 << false
            << u"ok"_s << QString() << qint64(1000) << QString();
        QTest::newRow("Content-Length negative")
            << u"/file?size=100&h=Content-Length:-5&close=1"_s << 3000 << 0 << false
            << u"failed"_s << u"http"_s << qint64(-1) << QString();
        QTest::newRow("Content-Length not a number")
            << u"/file?size=100&h=Content-Length:abc&close=1"_s << 3000 << 0 << false
            << u"failed"_s << u"http"_s << qint64(-1) << QString();
        QTest::newRow("endless body, fast")
            << u"/nolength?size=1000000000000000"_s << 3000 << 1500 << true
            << u"failed"_s << u"timeout"_s << qint64(-1) << QString();
        QTest::newRow("endless body, dripping")
            << u"/drip?size=1000000000000&chunk=100&interval=20"_s << 3000 << 1500 << false
            << u"failed"_s << u"timeout"_s << qint64(-1) << QString();
        QTest::newRow("accepts, never answers")
            << u"/silent"_s << 1000 << 0 << false
            << u"failed"_s << u"stall"_s << qint64(0) << QString();
        QTest::newRow("thousands of redirects")
            << u"/chain?n=5000"_s << 3000 << 0 << false
            << u"failed"_s << u"redirect"_s << qint64(0) << QString();
        QTest::newRow("redirect to a 100 KB URL")
            << u"/long-redirect?len=102400"_s << 3000 << 0 << false
            << u"failed"_s << u"redirect"_s << qint64(0) << QString();
        // clang-format on
    }
    void hostileServerEndsClearly()
    {
        QFETCH(QString, route);
        QFETCH(int, stallMs);
        QFETCH(int, attemptMs);
        QFETCH(bool, checkOnly);
        QFETCH(QString, outcome);
        QFETCH(QString, kind);
        QFETCH(qint64, bytes);
        QFETCH(QString, knownGap);

        const qint64 rssBeforeKb = procStatusKb(u"self"_s, "VmRSS");
        QVERIFY(resetPeakMemory());
        QElapsedTimer clock;
        clock.start();
        EngineOptions o = options(stallMs, attemptMs);
        o.checkOnly = checkOnly;
        Batch batch(o);
        QVERIFY(batch.run({m_server.urlString(route)}, 20000));
        const qint64 elapsed = clock.elapsed();
        const qint64 growthKb = procStatusKb(u"self"_s, "VmHWM") - rssBeforeKb;
        const Result r = batch.result(0);
        qInfo("%s: %s in %lld ms, peak RSS growth %lld kB, %lld bytes", QTest::currentDataTag(),
              qPrintable(r.error().isEmpty() ? u"ok"_s : r.error()), elapsed, growthKb, r.bytes);

        // Whatever the outcome: an end in bounded time, with bounded memory (the engine may
        // buffer what Qt hands it, never the whole of an endless body), one clear error.
        QVERIFY2(elapsed < 10000, "took too long");
        QVERIFY2(growthKb < kSlack * 200 * 1024, "memory grew by more than 200 MB");
        QCOMPARE(r.errorKind == ErrorKind::None, r.outcome == Outcome::Ok);
        if (!r.isOk())
            QVERIFY2(r.errorDetail.size() > 3 && r.errorDetail.size() < 1000,
                     qPrintable(r.error()));
        QVERIFY2(r.isOk() == !r.file.isEmpty() || checkOnly, qPrintable(r.file));

        if (!knownGap.isEmpty())
            QEXPECT_FAIL("", qPrintable(knownGap), Abort);
        QCOMPARE(outcomeName(r.outcome), outcome);
        if (!kind.isEmpty())
            QCOMPARE(errorKindName(r.errorKind), kind);
        if (bytes >= 0)
            QCOMPARE(r.bytes, bytes);
    }

    void thousandsOfRedirectsStopAtTheLimit()
    {
        Batch batch(options(5000, 0));
        QVERIFY(batch.run({m_server.urlString(u"/chain?n=5000"_s)}, 20000));
        QCOMPARE(errorKindName(batch.result(0).errorKind), u"redirect"_s);
        // The first request and ten redirects followed; the eleventh is refused unsent.
        QCOMPARE(m_server.requestCount(u"/chain"_s), 11);
    }

    void lyingLengthDoesNotPoisonTheNextItem()
    {
        // Too-short Content-Length on a kept-alive connection: the extra bytes sit in the
        // socket where the next response on that connection would start.
        EngineOptions o = options(3000, 0);
        o.maxInFlight = 1;
        Batch batch(o);
        QVERIFY(batch.run({m_server.urlString(u"/file?size=2000&seed=1&h=Content-Length:1000"_s),
                           m_server.urlString(u"/file?size=500&seed=2"_s)},
                          20000));
        QCOMPARE(outcomeName(batch.result(0).outcome), u"ok"_s);
        QCOMPARE(batch.result(0).bytes, 1000);
        const Result second = batch.result(1);
        QVERIFY2(second.isOk(), qPrintable(second.error()));
        QCOMPARE(second.sha256, TestServer::sha256Hex(500, 2));
    }

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

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
