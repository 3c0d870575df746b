// Shards (`--shard K/N`, issue 18): a fixed hash, so every machine agrees; K/N checked; and the
// real binary run as shards 1..N covering a list exactly once, each CSV only its shard's rows.
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "fanoutprocess.h"
#include "testserver.h"
#include "testsupport.h"
#include "urlshard.h"

class TestUrlShard final : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    // FNV-1a 64 as published: these values hold on every machine and Qt version.
    void hashIsFnv1a64()
    {
        QCOMPARE(UrlShard::hash(u""), Q_UINT64_C(0xcbf29ce484222325));
        QCOMPARE(UrlShard::hash(u"a"), Q_UINT64_C(0xaf63dc4c8601ec8c));
        QCOMPARE(UrlShard::hash(u"foobar"), Q_UINT64_C(0x85944171f73967e8));
        // UTF-8 bytes, not UTF-16 units.
        QCOMPARE(UrlShard::hash(u"é"), UrlShard::hash(QString::fromUtf8("\xc3\xa9")));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("1/1") << QStringLiteral("1/1") << true;
        QTest::newRow("2/5") << QStringLiteral("2/5") << true;
        QTest::newRow("5/5") << QStringLiteral(" 5 / 5 ") << true;
        QTest::newRow("0/5") << QStringLiteral("0/5") << false;
        QTest::newRow("6/5") << QStringLiteral("6/5") << false;
        QTest::newRow("1/0") << QStringLiteral("1/0") << false;
        QTest::newRow("-1/2") << QStringLiteral("-1/2") << false;
        QTest::newRow("words") << QStringLiteral("one of two") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("2") << QStringLiteral("2") << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        UrlShard shard;
        QString error;
        QCOMPARE(UrlShard::parse(text, &shard, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void everyUrlInExactlyOneShard()
    {
        for (int n = 1; n <= 7; ++n) {
            for (int i = 0; i < 500; ++i) {
                const QString url = QStringLiteral("https://example.com/file%1.bin").arg(i);
                int holders = 0;
                for (int k = 1; k <= n; ++k)
                    holders += UrlShard(k, n).contains(url) ? 1 : 0;
                QCOMPARE(holders, 1);
            }
        }
    }

    void twoShardsCoverTheListOnce()
    {
        QStringList items;
        for (int i = 0; i < 40; ++i)
            items.append(m_server.urlString(QStringLiteral("/file?size=%1").arg(10 + i)));
        items.append(QStringLiteral("not a url"));
        const QString list =
            FanoutProcess::writeFile(m_dir->filePath(QStringLiteral("list.txt")), items);
        QSet<QString> seen;
        int rowsInAll = 0;
        int requests = 0;
        for (int k = 1; k <= 2; ++k) {
            m_server.resetStats();
            const QString csv = m_dir->filePath(QStringLiteral("shard%1.csv").arg(k));
            const FanoutProcess::Run run = FanoutProcess::run(
                m_dir->path(), {QStringLiteral("--headless"), list, QStringLiteral("--check"),
                                QStringLiteral("--csv"), csv, QStringLiteral("--shard"),
                                QStringLiteral("%1/2").arg(k)});
            const QList<QStringList> rows = TestSupport::readCsvFile(csv);
            QVERIFY(rows.size() > 1);
            QVERIFY(run.out.contains(QStringLiteral("Total: %1 |").arg(rows.size() - 1)));
            requests += m_server.requestCount();
            for (int r = 1; r < rows.size(); ++r) {
                QVERIFY(UrlShard(k, 2).contains(rows[r].at(0)));
                seen.insert(rows[r].at(0));
                ++rowsInAll;
            }
        }
        QCOMPARE(rowsInAll, items.size());
        QCOMPARE(seen, QSet<QString>(items.begin(), items.end()));
        QCOMPARE(requests, 40);
    }

    void badShardIsUsageError()
    {
        for (const char *value : {"0/2", "3/2", "x"}) {
            const FanoutProcess::Run run = FanoutProcess::run(
                m_dir->path(), {QStringLiteral("--headless"), QStringLiteral("--shard"),
                                QLatin1String(value), QStringLiteral("-")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.err.contains(QLatin1String("--shard")));
        }
    }
};

QTEST_GUILESS_MAIN(TestUrlShard)
#include "tst_urlshard.moc"
