// Update mode (`--update`, issue 18), end to end: a server whose one entity changes when the
// test says so and that answers conditional GETs. A 304 round (the server sees If-None-Match),
// a changed entity replaced in place, a locally modified file kept, If-Modified-Since when the
// server gave no ETag, and no request at all without --update.
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "engine.h"
#include "entityserver.h"
#include "testsupport.h"
#include "urllist.h"

namespace {

QByteArray hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestUpdateMode final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EntityServer> m_server;

    QString out() const { return m_dir->filePath(QStringLiteral("out")); }
    QString file() const { return QDir(out()).filePath(QStringLiteral("data.bin")); }

    // The binary, with its completed-downloads record in this test's folder; the server
    // answers from this thread meanwhile. Returns the CSV's one row.
    QStringList fanout(const QStringList &flags)
    {
        const QString list = m_dir->filePath(QStringLiteral("list.txt"));
        QFile listFile(list);
        if (!listFile.open(QIODevice::WriteOnly))
            return {};
        listFile.write(m_server->url(QStringLiteral("/data.bin")).toUtf8() + '\n');
        listFile.close();
        const QString csv = m_dir->filePath(QStringLiteral("r.csv"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_dir->filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("HOME"), m_dir->path());
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("FANOUT_BINARY"),
                      QStringList{QStringLiteral("--headless"), list, QStringLiteral("-o"), out(),
                                  QStringLiteral("--csv"), csv, QStringLiteral("-q")} +
                          flags);
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000))
            return {};
        const QList<QStringList> rows = TestSupport::readCsvFile(csv);
        return rows.size() == 2 ? rows[1] : QStringList();
    }

    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<EntityServer>();
        QVERIFY(m_server->start());
        m_server->body = QByteArray(70000, 'a');
        m_server->etag = "\"v1\"";
        m_server->lastModified = "Tue, 01 Dec 2026 10:00:00 GMT";
    }

    void notModifiedKeepsTheFile()
    {
        QStringList row = fanout({});
        QCOMPARE(row.value(2), QStringLiteral("ok"));
        QCOMPARE(row.value(8), file());
        const QDateTime mtime = QFileInfo(file()).lastModified();

        row = fanout({QStringLiteral("--update")});
        QCOMPARE(m_server->requests.size(), 2);
        QCOMPARE(m_server->requests[1].value("if-none-match"), QByteArray("\"v1\""));
        QVERIFY(!m_server->requests[1].contains("if-modified-since"));
        QCOMPARE(m_server->statuses[1], 304);
        QCOMPARE(row.value(2), QStringLiteral("ok"));
        QCOMPARE(row.value(3), QStringLiteral("304"));
        QCOMPARE(row.value(11), QStringLiteral("yes")); // skipped
        QCOMPARE(row.value(8), file());
        QCOMPARE(row.value(9), QString::fromLatin1(hex(m_server->body)));
        QCOMPARE(QFileInfo(file()).lastModified(), mtime);
        QCOMPARE(TestSupport::filesIn(out()), QStringList{QStringLiteral("data.bin")});
    }

    void changedEntityReplacedInPlace()
    {
        fanout({});
        m_server->body = QByteArray(50000, 'b');
        m_server->etag = "\"v2\"";
        QStringList row = fanout({QStringLiteral("--update")});
        QCOMPARE(m_server->requests[1].value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(m_server->statuses[1], 200);
        QCOMPARE(row.value(2), QStringLiteral("ok"));
        QCOMPARE(row.value(11), QStringLiteral("no"));
        QCOMPARE(row.value(8), file()); // the same name: replaced, not "data (1).bin"
        QCOMPARE(contents(file()), m_server->body);
        QCOMPARE(TestSupport::filesIn(out()), QStringList{QStringLiteral("data.bin")});
        // The new validators were recorded: the next round is a 304.
        row = fanout({QStringLiteral("--update")});
        QCOMPARE(m_server->requests[2].value("if-none-match"), QByteArray("\"v2\""));
        QCOMPARE(row.value(3), QStringLiteral("304"));
    }

    void locallyModifiedFileIsKept()
    {
        fanout({});
        {
            QFile local(file());
            QVERIFY(local.open(QIODevice::Append));
            local.write("my own notes");
        }
        const QByteArray mine = contents(file());
        m_server->body = QByteArray(50000, 'c');
        m_server->etag = "\"v3\"";
        const QStringList row = fanout({QStringLiteral("--update")});
        // Not the file Fanout wrote: nothing conditional, and it is never replaced.
        QVERIFY(!m_server->requests[1].contains("if-none-match"));
        QCOMPARE(contents(file()), mine);
        QCOMPARE(row.value(2), QStringLiteral("ok"));
        QVERIFY(row.value(8) != file());
        QCOMPARE(contents(row.value(8)), m_server->body);
        QCOMPARE(TestSupport::filesIn(out()).size(), 2);
    }

    void lastModifiedWithoutEtag()
    {
        m_server->etag.clear();
        fanout({});
        const QStringList row = fanout({QStringLiteral("--update")});
        QCOMPARE(m_server->requests[1].value("if-modified-since"), m_server->lastModified);
        QCOMPARE(row.value(3), QStringLiteral("304"));
        QCOMPARE(row.value(11), QStringLiteral("yes"));
    }

    // The window's "Check for Updates": a finished, ok item asked again through the engine.
    void engineChecksAFinishedItem()
    {
        EngineOptions options;
        options.outputDir = out();
        options.completedIndexPath = m_dir->filePath(QStringLiteral("completed.tsv"));
        Engine engine(options);
        QList<Result> results;
        connect(&engine, &Engine::itemsFinished, this,
                [&results](const QList<Result> &r) { results += r; });
        const UrlList list = UrlList::parse(m_server->url(QStringLiteral("/data.bin")));
        const QList<ItemId> ids = engine.add(list.entries());
        engine.start();
        QTRY_COMPARE(results.size(), 1);
        QVERIFY(results[0].isOk());
        engine.retry(ids[0]); // an ok item is not retried
        engine.checkForUpdate(ids[0]);
        QTRY_COMPARE(results.size(), 2);
        QCOMPARE(m_server->requests.size(), 2);
        QCOMPARE(m_server->requests[1].value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(results[1].httpStatus, 304);
        QVERIFY(results[1].isOk() && results[1].skipped);
        QCOMPARE(results[1].file, file());

        m_server->body = QByteArray(1000, 'd');
        m_server->etag = "\"v4\"";
        engine.checkForUpdate(ids[0]);
        QTRY_COMPARE(results.size(), 3);
        QCOMPARE(results[2].httpStatus, 200);
        QCOMPARE(results[2].file, file());
        QCOMPARE(contents(file()), m_server->body);
    }

    void withoutUpdateNothingIsAsked()
    {
        fanout({});
        const QStringList row = fanout({});
        QCOMPARE(m_server->requests.size(), 1); // verified and skipped, as before
        QCOMPARE(row.value(11), QStringLiteral("yes"));
    }
};

QTEST_GUILESS_MAIN(TestUpdateMode)
#include "tst_updatemode.moc"
