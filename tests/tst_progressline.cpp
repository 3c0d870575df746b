#include <QString>
#include <QTest>
#include <QTextStream>

#include "progressline.h"

// The headless progress line between attempts: an item waiting to retry, or starting its next
// attempt, keeps its bytes in the total (its part stays and is continued), and the speed is
// never below 0.
class TestProgressLine final : public QObject
{
    Q_OBJECT

private:
    static ItemUpdate update(ItemState state, qint64 received, qint64 carried = 0)
    {
        ItemUpdate u;
        u.id = 1;
        u.state = state;
        u.received = received;
        u.carried = carried;
        return u;
    }
    // The line printed at `ms` (a log, not a terminal: one line each time).
    static QString printed(ProgressLine &line, QString &out, qint64 ms)
    {
        out.clear();
        line.print(0, 0, 1, ms, false);
        return out.trimmed();
    }

private Q_SLOTS:
    void aRetryKeepsTheBytesAndTheSpeedStaysPositive()
    {
        QString out;
        QTextStream err(&out);
        ProgressLine line(&err, false);
        line.itemChanged(update(ItemState::Active, 8 << 20));
        QCOMPARE(printed(line, out, 1000),
                 QStringLiteral("0/1 done (0 ok, 0 not ok) | 1 active | 8.0 MB | 8.0 MB/s"));
        line.itemChanged(update(ItemState::RetryWait, 0));
        QCOMPARE(printed(line, out, 2000),
                 QStringLiteral("0/1 done (0 ok, 0 not ok) | 0 active | 8.0 MB | 0 bytes/s"));
        line.itemChanged(update(ItemState::Active, 0)); // the next attempt, no body yet
        QCOMPARE(printed(line, out, 2500),
                 QStringLiteral("0/1 done (0 ok, 0 not ok) | 1 active | 8.0 MB | 0 bytes/s"));
        line.itemChanged(update(ItemState::Active, 9 << 20, 8 << 20)); // the part continued
        QCOMPARE(printed(line, out, 3000),
                 QStringLiteral("0/1 done (0 ok, 0 not ok) | 1 active | 9.0 MB | 2.0 MB/s"));
        line.itemChanged(update(ItemState::Active, 1 << 20)); // started again from 0
        QCOMPARE(printed(line, out, 4000),
                 QStringLiteral("0/1 done (0 ok, 0 not ok) | 1 active | 1.0 MB | 0 bytes/s"));
        line.itemFinished(1, 2 << 20);
        QCOMPARE(printed(line, out, 5000),
                 QStringLiteral("0/1 done (0 ok, 0 not ok) | 0 active | 2.0 MB | 1.0 MB/s"));
    }
};

QTEST_GUILESS_MAIN(TestProgressLine)
#include "tst_progressline.moc"
