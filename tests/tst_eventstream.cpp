// The JSON event stream (`--events`, issue 18): EventStream's encoding, and the real binary's
// stream parsed back and checked against its CSV row by row.
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "csvwriter.h"
#include "eventstream.h"
#include "fanoutprocess.h"
#include "testserver.h"
#include "testsupport.h"

namespace {

QList<QJsonObject> readEvents(const QString &text, QString *problem)
{
    QList<QJsonObject> events;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (!document.isObject()) {
            *problem = QStringLiteral("not a JSON object: %1 (%2)").arg(line, error.errorString());
            return {};
        }
        events.append(document.object());
    }
    return events;
}

} // namespace

class TestEventStream final : public QObject
{
    Q_OBJECT

private:
    QString url(const QString &pathAndQuery) const { return m_server.urlString(pathAndQuery); }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void stringsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("http://example.com/a");
        QTest::newRow("quotes") << QStringLiteral("say \"hi\" \\ back\\slash");
        QTest::newRow("controls") << QStringLiteral("a\nb\rc\td\x01e\x1f\x7f");
        QTest::newRow("unicode") << QStringLiteral("Größe — 日本 😀");
        QTest::newRow("empty") << QString();
    }
    void stringsRoundTrip()
    {
        QFETCH(QString, text);
        QByteArray json = "{\"v\":";
        EventStream::appendString(&json, text);
        json += '}';
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QVERIFY2(document.isObject(), qPrintable(error.errorString()));
        QCOMPARE(document.object().value(QLatin1String("v")).toString(), text);
        QVERIFY(!json.contains('\n'));
    }

    void timesAreRfc3339Utc()
    {
        QCOMPARE(EventStream::rfc3339(0), QByteArray("1970-01-01T00:00:00.000Z"));
        QCOMPARE(EventStream::rfc3339(1796300000123), QByteArray("2026-12-03T12:13:20.123Z"));
    }

    void writerFlushesWholeLines()
    {
        const QString path = m_dir->filePath(QStringLiteral("e.jsonl"));
        EventStream stream;
        QString error;
        QVERIFY(stream.open(path, &error));
        stream.added(1, QStringLiteral("http://h/a"), 3);
        stream.progress(1, 10, -1);
        stream.waiting(1, QStringLiteral("busy"), 0);
        stream.flush();
        QString problem;
        const QList<QJsonObject> events = readEvents(FanoutProcess::readText(path), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].value(QLatin1String("line")).toInt(), 3);
        QVERIFY(events[1].value(QLatin1String("total")).isNull());
        QVERIFY(events[2].value(QLatin1String("until")).isNull());
        EventStream unwritable;
        QVERIFY(!unwritable.open(QStringLiteral("/no/such/dir/e.jsonl"), &error));
        QVERIFY(error.contains(QLatin1String("/no/such/dir")));
    }

    // The contract end to end: every event has `event` and `time`; an `added` per item, a
    // `started` before every `finished`, a `retry` for the item that needed one, a `finished`
    // per item carrying its CSV row under the CSV's names, and `batch-finished` last, agreeing
    // with the summary. Credentials appear nowhere.
    void streamMatchesCsv()
    {
        const QStringList items{
            url(QStringLiteral("/file?size=3000&name=a.bin")),
            url(QStringLiteral("/status?code=404")),
            QStringLiteral("not a url"),
            url(QStringLiteral("/flaky?fail=1&code=503&key=ev1")),
            m_server.urlString(QStringLiteral("/file?size=20&name=c.bin"))
                .replace(QLatin1String("http://"), QLatin1String("http://user:s3cret@")),
            url(QStringLiteral("/drip?size=60000&chunk=4000&interval=40")),
        };
        const QString list =
            FanoutProcess::writeFile(m_dir->filePath(QStringLiteral("list.txt")), items);
        const QString csv = m_dir->filePath(QStringLiteral("r.csv"));
        const QString events = m_dir->filePath(QStringLiteral("e.jsonl"));
        const FanoutProcess::Run run = FanoutProcess::run(
            m_dir->path(), {QStringLiteral("--headless"), list, QStringLiteral("-o"),
                            m_dir->filePath(QStringLiteral("out")), QStringLiteral("--csv"), csv,
                            QStringLiteral("--events"), events, QStringLiteral("--retries"),
                            QStringLiteral("2"), QStringLiteral("--backoff"),
                            QStringLiteral("0.05"), QStringLiteral("-j"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QLatin1String("Total: 6 | OK: 4 | Failed: 2")));

        const QString text = FanoutProcess::readText(events);
        QVERIFY(!text.contains(QLatin1String("s3cret")));
        QVERIFY(text.endsWith(QLatin1Char('\n')));
        QString problem;
        const QList<QJsonObject> stream = readEvents(text, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        static const QRegularExpression utc(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
        for (const QJsonObject &event : stream) {
            QVERIFY(!event.value(QLatin1String("event")).toString().isEmpty());
            QVERIFY2(utc.match(event.value(QLatin1String("time")).toString()).hasMatch(),
                     qPrintable(event.value(QLatin1String("time")).toString()));
        }
        const QJsonObject last = stream.last();
        QCOMPARE(last.value(QLatin1String("event")).toString(), QStringLiteral("batch-finished"));
        QCOMPARE(last.value(QLatin1String("total")).toInt(), 6);
        QCOMPARE(last.value(QLatin1String("ok")).toInt(), 4);
        QCOMPARE(last.value(QLatin1String("failed")).toInt(), 2);
        QVERIFY(last.value(QLatin1String("elapsed_ms")).toInteger() >= 0);

        const QList<QStringList> rows = TestSupport::readCsvFile(csv);
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.first(), CsvWriter::header());
        QHash<int, QJsonObject> finished;
        QHash<int, QJsonObject> added;
        QHash<int, int> startedAttempts;
        QHash<int, int> retries;
        int progress = 0;
        for (const QJsonObject &event : stream) {
            const QString kind = event.value(QLatin1String("event")).toString();
            const int id = event.value(QLatin1String("id")).toInt();
            if (kind == QLatin1String("added")) {
                QVERIFY(!added.contains(id));
                added.insert(id, event);
            } else if (kind == QLatin1String("started")) {
                QVERIFY(added.contains(id) && !finished.contains(id));
                QCOMPARE(event.value(QLatin1String("attempt")).toInt(), startedAttempts[id] + 1);
                startedAttempts[id] = event.value(QLatin1String("attempt")).toInt();
                QVERIFY(event.value(QLatin1String("url"))
                            .toString()
                            .startsWith(QLatin1String("http://127.0.0.1:")));
            } else if (kind == QLatin1String("retry")) {
                ++retries[id];
                QVERIFY(event.value(QLatin1String("error"))
                            .toString()
                            .startsWith(QLatin1String("http: HTTP 503")));
                QVERIFY(event.value(QLatin1String("delay_ms")).toInteger() >= 0);
            } else if (kind == QLatin1String("progress")) {
                ++progress;
                QVERIFY(event.value(QLatin1String("received")).toInteger() > 0);
            } else if (kind == QLatin1String("finished")) {
                QVERIFY(!finished.contains(id));
                finished.insert(id, event);
            }
        }
        QCOMPARE(added.size(), 6);
        QCOMPARE(finished.size(), 6);
        QCOMPARE(retries.value(4), 1); // the flaky one, once
        QCOMPARE(startedAttempts.value(4), 2);
        QCOMPARE(startedAttempts.value(3), 0); // the invalid line never started
        QVERIFY(progress >= 1);                // the drip, at most 5 a second
        QVERIFY(progress <= 5 * (run.elapsedMs / 1000 + 1) * 6);
        for (int id = 1; id <= 6; ++id) {
            QCOMPARE(added[id].value(QLatin1String("line")).toInt(), id);
            const QStringList &row = rows.at(id);
            for (int c = 0; c < rows.first().size(); ++c)
                QCOMPARE(finished[id].value(rows.first().at(c)).toString(), row.at(c));
        }
        QCOMPARE(added[5].value(QLatin1String("url")).toString(), rows.at(5).at(0));
    }

    void dashMeansStandardOutput()
    {
        const QString list = FanoutProcess::writeFile(m_dir->filePath(QStringLiteral("l.txt")),
                                                      {url(QStringLiteral("/file?size=10"))});
        const FanoutProcess::Run run = FanoutProcess::run(
            m_dir->path(), {QStringLiteral("--headless"), list, QStringLiteral("--check"),
                            QStringLiteral("--events"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        QString problem;
        const QList<QJsonObject> stream = readEvents(run.out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem)); // nothing else on standard output
        QCOMPARE(stream.last().value(QLatin1String("event")).toString(),
                 QStringLiteral("batch-finished"));
        QVERIFY(run.err.contains(QLatin1String("Total: 1 | OK: 1 | Failed: 0")));
    }

    void unwritableStreamIsUsageError()
    {
        const FanoutProcess::Run run = FanoutProcess::run(
            m_dir->path(), {QStringLiteral("--headless"), QStringLiteral("--events"),
                            QStringLiteral("/no/such/dir/e.jsonl"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_eventstream.moc"
