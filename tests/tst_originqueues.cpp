// OriginQueues keeps an origin's state only while something needs it: created on first use,
// dropped once no item points at it and its policy remembers nothing (no cooldown, breaker or
// lowered allowance), kept while it does.
#include <QElapsedTimer>
#include <QTest>

#include "originqueues.h"

namespace {
OriginQueues::Origin &use(OriginQueues &queues, const QString &key)
{
    OriginQueues::Origin &origin = queues.originFor(key);
    ++origin.items;
    return origin;
}
} // namespace

class TestOriginQueues final : public QObject
{
    Q_OBJECT

private:
    QElapsedTimer m_clock;

private Q_SLOTS:
    void initTestCase() { m_clock.start(); }

    void aMillionHostsDoNotStay()
    {
        OriginQueues queues(&m_clock, [](ItemId, const OriginQueues::Origin *) { return false; });
        constexpr int hosts = 20000;
        for (int i = 0; i < hosts; ++i)
            use(queues, QStringLiteral("http://h%1.example:80").arg(i));
        QCOMPARE(queues.originCount(), hosts);
        for (int i = 0; i < hosts; ++i)
            queues.release(queues.originFor(QStringLiteral("http://h%1.example:80").arg(i)));
        queues.dropReleased();
        QCOMPARE(queues.originCount(), 0);
    }

    void keptWhileItemsPointAtIt()
    {
        OriginQueues queues(&m_clock, [](ItemId, const OriginQueues::Origin *) { return false; });
        OriginQueues::Origin &origin = use(queues, QStringLiteral("http://a:80"));
        ++origin.items; // a second item
        queues.release(origin);
        queues.dropReleased();
        QCOMPARE(queues.originCount(), 1);
        // The same origin used again before a sweep is not dropped under its new item.
        OriginQueues::Origin &again = use(queues, QStringLiteral("http://b:80"));
        queues.release(again);
        ++again.items;
        QTRY_COMPARE((queues.dropReleased(), queues.originCount()), 2);
        queues.release(origin);
        queues.release(again);
        QTRY_COMPARE((queues.dropReleased(), queues.originCount()), 0);
    }

    void keptWhileARuleRemembersIt()
    {
        OriginQueues queues(&m_clock, [](ItemId, const OriginQueues::Origin *) { return false; });
        OriginPolicy::Rules rules;
        rules.cap = 4;
        rules.retryAfterMaxMs = 60000;
        queues.setRules(rules, 8);
        OriginQueues::Origin &origin = use(queues, QStringLiteral("http://busy:80"));
        // A 503 asking for 600 ms of rest: the cooldown is remembered until it is over.
        origin.policy.onStarted(m_clock.elapsed());
        OriginPolicy::Attempt attempt;
        attempt.item = 1;
        attempt.startedAtMs = m_clock.elapsed();
        attempt.kind = ErrorKind::Http;
        attempt.httpStatus = 503;
        attempt.retryAfterMs = 600;
        origin.policy.onFinished(attempt, m_clock.elapsed());
        origin.policy.forget(1);
        queues.release(origin);
        queues.dropReleased();
        QCOMPARE(queues.originCount(), 1);
        QElapsedTimer waited;
        waited.start();
        QTRY_COMPARE_WITH_TIMEOUT((queues.dropReleased(), queues.originCount()), 0, 10000);
        QVERIFY(waited.elapsed() >= 400); // not before the cooldown (and its allowance) ended
    }
};

QTEST_GUILESS_MAIN(TestOriginQueues)
#include "tst_originqueues.moc"
