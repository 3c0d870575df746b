#include <QTest>

#include "nextstep.h"
#include "retrypolicy.h"
#include "scheduleditem.h"

// NextStep: what an item does after an attempt, from the attempt's result, the item's stop
// request, its attempts so far and its budget.
class TstNextStep final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data();
    void decides();
    void budgetDetailNamesTheLastError();
    void mirrors_data();
    void mirrors();
};

Q_DECLARE_METATYPE(NextStep::Step)
Q_DECLARE_METATYPE(ScheduledItem::Stop)
Q_DECLARE_METATYPE(ErrorKind)

void TstNextStep::decides_data()
{
    QTest::addColumn<ScheduledItem::Stop>("stop");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("deadlineAtMs");
    QTest::addColumn<qint64>("retryAfterMs"); // -1: none
    QTest::addColumn<NextStep::Step>("step");
    QTest::addColumn<qint64>("delayMs");
    QTest::addColumn<ErrorKind>("finalKind");

    using S = NextStep::Step;
    using St = ScheduledItem::Stop;
    // RetryPolicy(3 retries, base 1000, max 60000) with random() = 0.5: attempt n waits
    // 0.5 * 1000 * 2^(n-1).
    QTest::newRow("ok") << St::None << true << ErrorKind::None << 200 << 1 << qint64(-1)
                        << qint64(-1) << S::Done << qint64(-1) << ErrorKind::None;
    QTest::newRow("removed wins over ok")
        << St::Remove << true << ErrorKind::None << 200 << 1 << qint64(-1) << qint64(-1)
        << S::Forget << qint64(-1) << ErrorKind::None;
    QTest::newRow("ok wins over cancel")
        << St::Cancel << true << ErrorKind::None << 200 << 1 << qint64(-1) << qint64(-1) << S::Done
        << qint64(-1) << ErrorKind::None;
    QTest::newRow("cancelled") << St::Cancel << false << ErrorKind::Cancelled << 0 << 1
                               << qint64(-1) << qint64(-1) << S::Cancelled << qint64(-1)
                               << ErrorKind::Cancelled;
    QTest::newRow("cancel wins over a retryable error")
        << St::Cancel << false << ErrorKind::Stall << 0 << 1 << qint64(-1) << qint64(-1)
        << S::Cancelled << qint64(-1) << ErrorKind::Cancelled;
    QTest::newRow("503 retried") << St::None << false << ErrorKind::Http << 503 << 1 << qint64(-1)
                                 << qint64(-1) << S::Retry << qint64(500) << ErrorKind::None;
    QTest::newRow("third attempt doubles twice")
        << St::None << false << ErrorKind::Timeout << 0 << 3 << qint64(-1) << qint64(-1) << S::Retry
        << qint64(2000) << ErrorKind::None;
    QTest::newRow("Retry-After taken")
        << St::None << false << ErrorKind::Http << 429 << 1 << qint64(-1) << qint64(7000)
        << S::Retry << qint64(7000) << ErrorKind::None;
    QTest::newRow("retries spent") << St::None << false << ErrorKind::Http << 503 << 4 << qint64(-1)
                                   << qint64(-1) << S::Fail << qint64(-1) << ErrorKind::Http;
    QTest::newRow("404 not retried")
        << St::None << false << ErrorKind::Http << 404 << 1 << qint64(-1) << qint64(-1) << S::Fail
        << qint64(-1) << ErrorKind::Http;
    QTest::newRow("TLS not retried") << St::None << false << ErrorKind::Tls << 0 << 1 << qint64(-1)
                                     << qint64(-1) << S::Fail << qint64(-1) << ErrorKind::Tls;
    QTest::newRow("budget ends before the retry")
        << St::None << false << ErrorKind::Connect << 0 << 1 << qint64(10400) << qint64(-1)
        << S::Fail << qint64(-1) << ErrorKind::Timeout;
    QTest::newRow("budget leaves room for the retry")
        << St::None << false << ErrorKind::Connect << 0 << 1 << qint64(10600) << qint64(-1)
        << S::Retry << qint64(500) << ErrorKind::None;
}

void TstNextStep::decides()
{
    QFETCH(ScheduledItem::Stop, stop);
    QFETCH(bool, ok);
    QFETCH(ErrorKind, kind);
    QFETCH(int, status);
    QFETCH(int, attempts);
    QFETCH(qint64, deadlineAtMs);
    QFETCH(qint64, retryAfterMs);
    QFETCH(NextStep::Step, step);
    QFETCH(qint64, delayMs);
    QFETCH(ErrorKind, finalKind);

    const RetryPolicy policy(3, 1000, 60000, [] { return 0.5; });
    ScheduledItem item;
    item.stop = stop;
    item.stopDetail = QStringLiteral("cancelled by user");
    item.attempts = attempts;
    item.deadlineAtMs = deadlineAtMs;
    AttemptResult result;
    result.ok = ok;
    result.errorKind = kind;
    result.httpStatus = status;
    result.errorDetail = QStringLiteral("the detail");
    if (retryAfterMs >= 0)
        result.retryAfterMs = retryAfterMs;

    const NextStep next = NextStep::after(item, result, policy, 10000, 5000);
    QCOMPARE(next.step, step);
    QCOMPARE(next.delayMs, delayMs);
    QCOMPARE(next.kind, finalKind);
    if (step == NextStep::Step::Cancelled)
        QCOMPARE(next.detail, QStringLiteral("cancelled by user"));
    if (step == NextStep::Step::Fail && finalKind == kind)
        QCOMPARE(next.detail, QStringLiteral("the detail"));
}

void TstNextStep::budgetDetailNamesTheLastError()
{
    const RetryPolicy policy(3, 1000, 60000, [] { return 0.5; });
    ScheduledItem item;
    item.attempts = 2;
    item.deadlineAtMs = 10100;
    AttemptResult result;
    result.errorKind = ErrorKind::Http;
    result.httpStatus = 503;
    result.errorDetail = QStringLiteral("HTTP 503 Service Unavailable");
    const NextStep next = NextStep::after(item, result, policy, 10000, 5000);
    QCOMPARE(next.step, NextStep::Step::Fail);
    QCOMPARE(next.kind, ErrorKind::Timeout);
    QVERIFY2(next.detail.startsWith(QStringLiteral("item budget of 5 s used up after 2 attempts")),
             qPrintable(next.detail));
    QVERIFY2(next.detail.contains(QStringLiteral("503")), qPrintable(next.detail));
}

void TstNextStep::mirrors_data()
{
    // Three URLs, retries 1 (RetryPolicy(1, ...)): the statuses the attempts get, in turn, and
    // what follows each.
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QList<NextStep::Step>>("steps");
    QTest::addColumn<QList<qint64>>("delays");
    using S = NextStep::Step;
    QTest::newRow("404 then the next at once")
        << QList<int>{404, 200} << QList<S>{S::Retry, S::Done} << QList<qint64>{0, -1};
    QTest::newRow("each tried once though retries are spent")
        << QList<int>{503, 503, 503, 503} << QList<S>{S::Retry, S::Retry, S::Fail}
        << QList<qint64>{0, 0, -1};
    QTest::newRow("all three retired")
        << QList<int>{404, 410, 404} << QList<S>{S::Retry, S::Retry, S::Fail}
        << QList<qint64>{0, 0, -1};
    QTest::newRow("one left, but every URL tried and the retries spent")
        << QList<int>{404, 503, 404} << QList<S>{S::Retry, S::Retry, S::Fail}
        << QList<qint64>{0, 0, -1};
}

void TstNextStep::mirrors()
{
    QFETCH(QList<int>, statuses);
    QFETCH(QList<NextStep::Step>, steps);
    QFETCH(QList<qint64>, delays);
    const RetryPolicy policy(1, 1000, 60000, [] { return 0.5; });
    ScheduledItem item;
    item.rotation = UrlRotation(3);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        ++item.attempts;
        item.rotation.launched();
        AttemptResult result;
        result.ok = statuses[i] == 200;
        result.errorKind = result.ok ? ErrorKind::None : ErrorKind::Http;
        result.httpStatus = statuses[i];
        if (!result.ok)
            item.rotation.failed(ScheduledItem::retiresUrl(result));
        const NextStep next = NextStep::after(item, result, policy, 0, 0);
        QCOMPARE(next.step, steps[i]);
        QCOMPARE(next.delayMs, delays[i]);
        if (next.step == NextStep::Step::Fail)
            QVERIFY2(next.detail.contains(QStringLiteral("of 3 URLs")), qPrintable(next.detail));
    }
}

QTEST_GUILESS_MAIN(TstNextStep)
#include "tst_nextstep.moc"
