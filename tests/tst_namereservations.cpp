#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

#include "filename.h"
#include "namereservations.h"

// NameReservations: "name", "name (1)", ... never a name on disk or held by another transfer,
// from any number of lane threads at once.
class TestNameReservations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reservationsNumberAndReuse()
    {
        QTemporaryDir dir;
        QFile existing(dir.filePath(QStringLiteral("g.bin")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        QFile part(dir.filePath(QStringLiteral("g (1).bin.part")));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.close();
        NameReservations names;
        QCOMPARE(names.reserve(dir.path(), QStringLiteral("g.bin")), QStringLiteral("g (2).bin"));
        QStringList got;
        for (int i = 0; i < 5; ++i)
            got << names.reserve(dir.path(), QStringLiteral("f.txt"));
        QCOMPARE(got, (QStringList{QStringLiteral("f.txt"), QStringLiteral("f (1).txt"),
                                   QStringLiteral("f (2).txt"), QStringLiteral("f (3).txt"),
                                   QStringLiteral("f (4).txt")}));
        // A released name is handed out again before higher ones.
        names.release(dir.path(), QStringLiteral("f (2).txt"));
        QCOMPARE(names.reserve(dir.path(), QStringLiteral("f.txt")), QStringLiteral("f (2).txt"));
        QCOMPARE(names.reserve(dir.path(), QStringLiteral("f.txt")), QStringLiteral("f (5).txt"));
        // One found on disk after all: the next after it, and never the taken one again.
        QCOMPARE(
            names.reserveAfter(dir.path(), QStringLiteral("f (5).txt"), QStringLiteral("f.txt")),
            QStringLiteral("f (6).txt"));
        QVERIFY(names.reserveExact(dir.path(), QStringLiteral("h.bin")));
        QVERIFY(!names.reserveExact(dir.path(), QStringLiteral("h.bin")));
    }

    void manyFilesOfOneNameAreNotQuadratic()
    {
        // Every URL of a batch named "download": each reservation used to try every lower
        // suffix again (two look-ups on disk each), 9 million for 3,000 files.
        QTemporaryDir dir;
        NameReservations names;
        QElapsedTimer clock;
        clock.start();
        QString last;
        for (int i = 0; i < 3000; ++i)
            last = names.reserve(dir.path(), QStringLiteral("download"));
        QCOMPARE(last, QStringLiteral("download (2999)"));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void concurrentReservationsNeverShare()
    {
        // The look-ups on disk run with the mutex released: eight threads reserving the same
        // names at once still get distinct names, none of those on disk, and together exactly
        // the lowest free ones.
        QTemporaryDir dir;
        for (const QString &taken : {QStringLiteral("d.bin"), QStringLiteral("d (3).bin"),
                                     QStringLiteral("d (40).bin.part"), QStringLiteral("e.bin")}) {
            QFile file(dir.filePath(taken));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")),
                            dir.filePath(QStringLiteral("d (7).bin")))); // dangling: taken too
        NameReservations names;
        constexpr int threads = 8;
        constexpr int each = 150;
        std::vector<QStringList> got(threads);
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([&, t] {
                for (int i = 0; i < each; ++i)
                    got[t] << names.reserve(dir.path(), i % 2 ? QStringLiteral("d.bin")
                                                              : QStringLiteral("e.bin"));
            }));
            workers.back()->start();
        }
        for (const auto &worker : workers)
            QVERIFY(worker->wait(60000));
        QSet<QString> all;
        for (const QStringList &list : got) {
            for (const QString &name : list)
                all.insert(name);
        }
        QCOMPARE(all.size(), threads * each);
        QSet<QString> expected;
        const auto lowestFree = [&](const QString &wanted, QSet<QString> taken, int count) {
            for (int n = 0; count > 0; ++n) {
                const QString name = n == 0 ? wanted : FileName::withSuffix(wanted, n);
                if (taken.contains(name))
                    continue;
                expected.insert(name);
                --count;
            }
        };
        lowestFree(QStringLiteral("d.bin"),
                   {QStringLiteral("d.bin"), QStringLiteral("d (3).bin"),
                    QStringLiteral("d (7).bin"), QStringLiteral("d (40).bin")},
                   threads * each / 2);
        lowestFree(QStringLiteral("e.bin"), {QStringLiteral("e.bin")}, threads * each / 2);
        QCOMPARE(all, expected);
    }
};

QTEST_GUILESS_MAIN(TestNameReservations)
#include "tst_namereservations.moc"
