// OrderedCsvWriter: results that finish in any order come out as the CSV of the list in order,
// byte for byte what CsvWriter writes, whether the rows waited in memory or in the spill file
// beside the CSV; the old CSV stays until commit(); rows never given are left out.
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

#include "csvwriter.h"
#include "orderedcsvwriter.h"

namespace {
Result resultFor(int index)
{
    Result r;
    r.url = QStringLiteral("http://example.com/%1,\"x\"").arg(index);
    r.outcome = index % 3 ? Outcome::Ok : Outcome::Failed;
    r.httpStatus = index % 3 ? 200 : 404;
    r.bytes = index * 7;
    r.attempts = 1;
    r.errorKind = index % 3 ? ErrorKind::None : ErrorKind::Http;
    r.errorDetail = index % 3 ? QString() : QStringLiteral("HTTP 404 Not Found");
    return r;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestOrderedCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anyOrderGivesListOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("holdBytes");
        QTest::addColumn<bool>("spills");
        QTest::newRow("in memory") << 2000 << OrderedCsvWriter::defaultHoldBytes << false;
        QTest::newRow("spilled, many runs") << 20000 << qint64(8 * 1024) << true;
    }
    void anyOrderGivesListOrder()
    {
        QFETCH(int, count);
        QFETCH(qint64, holdBytes);
        QFETCH(bool, spills);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.csv"));
        QList<int> order(count);
        std::iota(order.begin(), order.end(), 0);
        QRandomGenerator random(42);
        std::shuffle(order.begin(), order.end(), random);
        // The first row comes last: everything else waits for it.
        std::swap(order[0], order[order.indexOf(0)]);
        std::rotate(order.begin(), order.begin() + 1, order.end());

        OrderedCsvWriter writer(holdBytes);
        QVERIFY(writer.open(path));
        qint64 mostHeld = 0;
        for (const int index : std::as_const(order)) {
            writer.add(index, resultFor(index));
            mostHeld = std::max(mostHeld, writer.heldBytes());
        }
        QVERIFY(mostHeld <= holdBytes + 1024);
        QCOMPARE(writer.spilledRows() > 0, spills);
        QVERIFY(!QFile::exists(path)); // not there before commit()
        QString error;
        QVERIFY2(writer.commit(&error), qPrintable(error));

        QList<Result> inOrder;
        for (int i = 0; i < count; ++i)
            inOrder << resultFor(i);
        QCOMPARE(readFile(path), CsvWriter::toCsv(inOrder).toUtf8());
        // Nothing is left beside the CSV.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("r.csv")});
    }

    void rowsWrittenAsTheGapCloses()
    {
        QTemporaryDir dir;
        OrderedCsvWriter writer;
        QVERIFY(writer.open(dir.filePath(QStringLiteral("r.csv"))));
        writer.add(1, resultFor(1));
        writer.add(2, resultFor(2));
        QCOMPARE(writer.heldRows(), 2);
        QCOMPARE(writer.nextIndex(), 0);
        writer.add(0, resultFor(0));
        QCOMPARE(writer.heldRows(), 0);
        QCOMPARE(writer.nextIndex(), 3);
    }

    void oldCsvStaysUntilCommitAndGapsAreLeftOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.csv"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\r\n");
        old.close();
        OrderedCsvWriter writer(64); // spills at once
        QVERIFY(writer.open(path));
        writer.add(0, resultFor(0));
        writer.add(3, resultFor(3));
        writer.add(5, resultFor(5));
        QCOMPARE(readFile(path), QByteArray("old\r\n"));
        QVERIFY(writer.commit());
        QCOMPARE(readFile(path),
                 CsvWriter::toCsv({resultFor(0), resultFor(3), resultFor(5)}).toUtf8());
    }

    void unwritableFolderIsAnError()
    {
        OrderedCsvWriter writer;
        QString error;
        QVERIFY(!writer.open(QStringLiteral("/nonexistent/dir/r.csv"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/r.csv")));
        writer.add(0, resultFor(0));
        QVERIFY(!writer.commit(&error));
    }
};

QTEST_GUILESS_MAIN(TestOrderedCsvWriter)
#include "tst_orderedcsvwriter.moc"
