// OriginPolicy on a fake clock: the adaptive allowance reacts to the origin and not to one URL,
// never collapses below two, grows back with successes and with time; caps, rate, cooldown and
// breaker hold the queue; and each hold is said in words with numbers.
#include <QHash>
#include <QTest>

#include "originpolicy.h"

namespace {

using Hold = OriginPolicy::Hold;
const QString kOrigin = QStringLiteral("http://127.0.0.1:8080");

OriginPolicy::Rules rulesWithCap(int cap)
{
    OriginPolicy::Rules rules;
    rules.cap = cap;
    return rules;
}

// A 503 with Retry-After for `item`, whose attempt started at `startedAtMs`.
OriginPolicy::Attempt unavailable(ItemId item, qint64 startedAtMs, qint64 retryAfterMs)
{
    OriginPolicy::Attempt attempt;
    attempt.item = item;
    attempt.startedAtMs = startedAtMs;
    attempt.kind = ErrorKind::Http;
    attempt.httpStatus = 503;
    attempt.retryAfterMs = retryAfterMs;
    return attempt;
}

// Plays a script of steps separated by spaces, each "<op><item>@<ms>":
//   s = an attempt of the item starts; k = it succeeds; 3 = 503; 4 = 429; t = timeout;
//   l = stall; c = connection refused; n = 404.
void play(OriginPolicy &policy, const QString &script)
{
    QHash<ItemId, qint64> startedAt;
    for (const QString &step : script.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar op = step.at(0);
        const qsizetype at = step.indexOf(QLatin1Char('@'));
        const ItemId item = step.mid(1, at - 1).toULongLong();
        const qint64 now = step.mid(at + 1).toLongLong();
        if (op == QLatin1Char('s')) {
            startedAt.insert(item, now);
            policy.onStarted(now);
            continue;
        }
        OriginPolicy::Attempt attempt;
        attempt.item = item;
        attempt.startedAtMs = startedAt.value(item);
        switch (op.toLatin1()) {
        case 'k':
            attempt.ok = true;
            attempt.httpStatus = 200;
            break;
        case '3':
        case '4':
        case 'n':
            attempt.kind = ErrorKind::Http;
            attempt.httpStatus = op == QLatin1Char('3') ? 503 : op == QLatin1Char('4') ? 429 : 404;
            break;
        case 't':
            attempt.kind = ErrorKind::Timeout;
            break;
        case 'l':
            attempt.kind = ErrorKind::Stall;
            break;
        case 'c':
            attempt.kind = ErrorKind::Connect;
            break;
        default:
            QFAIL(qPrintable(QStringLiteral("bad step %1").arg(step)));
        }
        policy.onFinished(attempt, now);
    }
}

} // namespace

class TestOriginPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowance_data()
    {
        QTest::addColumn<int>("cap");
        QTest::addColumn<bool>("adaptive");
        QTest::addColumn<QString>("script");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<int>("allowance");

        QTest::newRow("full at first") << 8 << true << QString() << qint64(0) << 8;
        QTest::newRow("one 503 halves") << 8 << true << "s1@0 31@10" << qint64(10) << 4;
        QTest::newRow("a 404 is not a slow-down") << 8 << true << "s1@0 n1@10" << qint64(10) << 8;
        QTest::newRow("fixed allowance ignores 503s")
            << 8 << false << "s1@0 s2@0 31@10 s3@20 32@30" << qint64(30) << 8;
        // The same hanging URL, stalling attempt after attempt, lowers it once; meanwhile the
        // clock gives one back every 2 s (4 at 1 s, 5 at 3 s, 6 at 5 s).
        QTest::newRow("one URL stalling four times")
            << 8 << true << "s1@0 l1@1000 s1@2000 l1@3000 s1@3500 l1@4500 s1@4600 l1@5600"
            << qint64(5600) << 6;
        QTest::newRow("one URL timing out again and again")
            << 8 << true << "s1@0 t1@100 s1@150 t1@250 s1@300 t1@400" << qint64(400) << 4;
        // Attempts sent before the last lowering saw the old load: one lowering per round.
        QTest::newRow("a round of 503s halves once")
            << 8 << true << "s1@0 s2@0 s3@0 s4@0 31@50 32@51 33@52 34@53" << qint64(60) << 4;
        QTest::newRow("the next round halves again")
            << 8 << true << "s1@0 s2@0 31@50 32@51 s3@60 s4@60 33@100 34@101" << qint64(110) << 2;
        // Never below two while the cap allows two.
        QTest::newRow("floor of two")
            << 8 << true << "s1@0 31@10 s2@20 32@30 s3@40 33@50 s4@60 34@70 s5@80 t5@90"
            << qint64(90) << 2;
        QTest::newRow("cap of two stays two") << 2 << true << "s1@0 31@10" << qint64(10) << 2;
        QTest::newRow("cap of one stays one") << 1 << true << "s1@0 31@10" << qint64(10) << 1;
        QTest::newRow("cap of three halves to two")
            << 3 << true << "s1@0 31@10 s2@20 32@30" << qint64(30) << 2;
        QTest::newRow("429s and timeouts count as well")
            << 8 << true << "s1@0 41@10 s2@20 t2@30" << qint64(30) << 2;
        // Growing back: one more after every two successes, and one more every 2 s.
        QTest::newRow("two successes grow it by one")
            << 8 << true << "s1@0 31@10 s2@20 s3@20 k2@30 k3@31" << qint64(31) << 5;
        QTest::newRow("one success does not")
            << 8 << true << "s1@0 31@10 s2@20 k2@30" << qint64(30) << 4;
        QTest::newRow("four successes grow it by two")
            << 8 << true << "s1@0 31@10 s2@20 s3@20 s4@20 s5@20 k2@30 k3@31 k4@32 k5@33"
            << qint64(33) << 6;
        // A repeated failure of an item that lowered it already does not reset the run.
        QTest::newRow("an old item's 503 does not interrupt the run")
            << 8 << true << "s1@0 31@10 s2@20 s3@20 s1@20 k2@30 31@31 k3@32" << qint64(32) << 5;
        QTest::newRow("time grows it while the only request hangs")
            << 8 << true << "s1@0 l1@1000 s1@1500" << qint64(1000 + 3 * 2000 + 1) << 7;
        QTest::newRow("time grows it back to the cap and no further")
            << 8 << true << "s1@0 31@10" << qint64(60000) << 8;
        QTest::newRow("a repeated stall does not stop the clock")
            << 8 << true << "s1@0 l1@1000 s1@1100 l1@2100 s1@2200 l1@3200" << qint64(3001) << 5;
    }
    void allowance()
    {
        QFETCH(int, cap);
        QFETCH(bool, adaptive);
        QFETCH(QString, script);
        QFETCH(qint64, at);
        QFETCH(int, allowance);
        OriginPolicy::Rules rules = rulesWithCap(cap);
        rules.adaptive = adaptive;
        OriginPolicy policy(kOrigin, rules, 0);
        play(policy, script);
        qint64 wake = 0;
        policy.hold(at, &wake); // lets the clock's regrowth catch up
        QCOMPARE(policy.allowance(), allowance);
    }

    void hangingRequestHoldsOneSlot()
    {
        OriginPolicy policy(kOrigin, rulesWithCap(8), 0);
        // The hanging URL has stalled twice and is out again; the others keep their slots.
        play(policy, QStringLiteral("s1@0 l1@1000 s1@1100 l1@2100 s1@2200"));
        qint64 wake = 0;
        QCOMPARE(policy.inFlight(), 1);
        QCOMPARE(policy.hold(2200, &wake), Hold::None);
        for (int i = 0; i < 3; ++i)
            policy.onStarted(2200);
        // 4 in flight under an allowance of 4 (lowered once, at 1 s): held, and told when the
        // clock will give one more.
        QCOMPARE(policy.hold(2200, &wake), Hold::Allowance);
        QCOMPARE(wake, 1000 + OriginPolicy::regrowIntervalMs);
        QCOMPARE(policy.hold(wake, &wake), Hold::None);
    }

    void holds_data()
    {
        QTest::addColumn<int>("cap");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("breaker");
        QTest::addColumn<QString>("script");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<int>("hold");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<qint64>("wake");

        const auto h = [](Hold hold) { return int(hold); };
        QTest::newRow("free") << 8 << 0.0 << 0 << "s1@0" << qint64(0) << h(Hold::None) << QString()
                              << qint64(-1);
        QTest::newRow("cap used up")
            << 2 << 0.0 << 0 << "s1@0 s2@0" << qint64(0) << h(Hold::Cap)
            << "127.0.0.1:8080 has 2 of 2 in flight (its cap)" << qint64(-1);
        QTest::newRow("allowance after 503s and timeouts")
            << 8 << 0.0 << 0 << "s1@0 s2@0 s3@0 31@10 s4@20 t4@30 s5@40 s6@40" << qint64(40)
            << h(Hold::Allowance) << "127.0.0.1:8080 allows 2 of 8 now (after 503s and timeouts)"
            << qint64(2030);
        QTest::newRow("rate") << 8 << 2.0 << 0 << "s1@0 s2@0" << qint64(0) << h(Hold::Rate)
                              << "127.0.0.1:8080 is limited to 2 requests a second" << qint64(500);
        QTest::newRow("breaker open")
            << 8 << 0.0 << 2 << "s1@0 c1@10 s2@20 c2@30" << qint64(40) << h(Hold::Breaker)
            << "127.0.0.1:8080 keeps failing: resting, then one probe" << qint64(30030);
    }
    void holds()
    {
        QFETCH(int, cap);
        QFETCH(double, rate);
        QFETCH(int, breaker);
        QFETCH(QString, script);
        QFETCH(qint64, at);
        QFETCH(int, hold);
        QFETCH(QString, reason);
        QFETCH(qint64, wake);
        OriginPolicy::Rules rules = rulesWithCap(cap);
        rules.rate = rate;
        rules.breakerThreshold = breaker;
        OriginPolicy policy(kOrigin, rules, 0);
        play(policy, script);
        qint64 wakeAt = 0;
        const Hold got = policy.hold(at, &wakeAt);
        QCOMPARE(int(got), hold);
        QCOMPARE(policy.reason(got), reason);
        QCOMPARE(wakeAt, wake);
    }

    void retryAfterCoolsTheOriginDown()
    {
        OriginPolicy::Rules rules = rulesWithCap(8);
        rules.retryAfterMaxMs = 5000;
        OriginPolicy policy(kOrigin, rules, 0);
        policy.onStarted(0);
        policy.onFinished(unavailable(1, 0, 4000), 100);
        qint64 wake = 0;
        QCOMPARE(policy.hold(100, &wake), Hold::Cooldown);
        QCOMPARE(wake, 4100);
        QCOMPARE(policy.reason(Hold::Cooldown),
                 QStringLiteral("127.0.0.1:8080 asked to slow down (Retry-After)"));
        QCOMPARE(policy.reasonUntilMs(Hold::Cooldown), 4100);
        QCOMPARE(policy.hold(4100, &wake), Hold::None);
        // A Retry-After longer than the longest delay is cut to it.
        policy.onStarted(4100);
        policy.onFinished(unavailable(2, 4100, 3600 * 1000), 4200);
        QCOMPARE(policy.cooldownUntilMs(), 9200);
    }

    void cooldownIsNotTimeToGrowBack()
    {
        OriginPolicy policy(kOrigin, rulesWithCap(8), 0);
        policy.onStarted(0);
        policy.onFinished(unavailable(1, 0, 30000), 100);
        qint64 wake = 0;
        // The 503 halved it; the 30 s it asked for do not count towards growing back: the clock
        // starts when the origin may send again.
        QCOMPARE(policy.hold(30100, &wake), Hold::None);
        QCOMPARE(policy.allowance(), 4);
        policy.hold(30100 + OriginPolicy::regrowIntervalMs, &wake);
        QCOMPARE(policy.allowance(), 5);
    }

    void otherSchemesAndPortsAreNamed_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("label");
        QTest::newRow("http default port") << "http://example.org:80"
                                           << "example.org";
        QTest::newRow("https default port") << "https://example.org:443"
                                            << "example.org";
        QTest::newRow("https other port") << "https://example.org:8443"
                                          << "example.org:8443";
        QTest::newRow("IPv6") << "http://[::1]:8080"
                              << "[::1]:8080";
    }
    void otherSchemesAndPortsAreNamed()
    {
        QFETCH(QString, origin);
        QFETCH(QString, label);
        OriginPolicy policy(origin, rulesWithCap(1), 0);
        policy.onStarted(0);
        QCOMPARE(policy.reason(Hold::Cap),
                 label + QStringLiteral(" has 1 of 1 in flight (its cap)"));
    }

    void newRulesApplyAtOnce()
    {
        OriginPolicy policy(kOrigin, rulesWithCap(8), 0);
        play(policy, QStringLiteral("s1@0 31@10 s2@20 32@30"));
        QCOMPARE(policy.allowance(), 2);
        // The user raises "Downloads at once" to 16: the lowered allowance does not survive it.
        policy.setRules(rulesWithCap(16), 40);
        QCOMPARE(policy.allowance(), 16);
        // Unchanged rules keep what the origin taught.
        play(policy, QStringLiteral("s3@50 33@60"));
        policy.setRules(rulesWithCap(16), 70);
        QCOMPARE(policy.allowance(), 8);
        // A smaller cap is a ceiling at once.
        policy.setRules(rulesWithCap(3), 80);
        QCOMPARE(policy.allowance(), 3);
        for (int i = 0; i < 3; ++i)
            policy.onStarted(80);
        qint64 wake = 0;
        QCOMPARE(policy.hold(80, &wake), Hold::Cap);
    }

    // Pristine: a new policy would behave the same, so the origin's state may be dropped.
    void pristineOnlyWhenNothingIsRemembered()
    {
        OriginPolicy::Rules rules = rulesWithCap(4);
        rules.breakerThreshold = 3;
        OriginPolicy policy(kOrigin, rules, 0);
        QVERIFY(policy.isPristine(0));
        policy.onStarted(0);
        QVERIFY(!policy.isPristine(0)); // in flight
        // A 503 with Retry-After: cooldown, lowered allowance, a breaker failure.
        policy.onFinished(unavailable(1, 0, 500), 10);
        QVERIFY(!policy.isPristine(10));
        policy.forget(1);
        QVERIFY(!policy.isPristine(600)); // the cooldown is over, the breaker still counts one
        policy.onStarted(600);
        OriginPolicy::Attempt ok;
        ok.item = 2;
        ok.startedAtMs = 600;
        ok.ok = true;
        policy.onFinished(ok, 610);
        policy.forget(2);
        // The failure count is gone; the allowance grows back with time.
        QVERIFY(!policy.isPristine(610));
        QVERIFY(policy.isPristine(610 + 2 * OriginPolicy::regrowIntervalMs));
    }

    void resetStartsAfresh()
    {
        OriginPolicy::Rules rules = rulesWithCap(8);
        rules.breakerThreshold = 1;
        OriginPolicy policy(kOrigin, rules, 0);
        policy.onStarted(0);
        policy.onFinished(unavailable(1, 0, 60000), 10);
        qint64 wake = 0;
        QCOMPARE(policy.hold(20, &wake), Hold::Cooldown);
        QCOMPARE(policy.allowance(), 4);
        policy.onStarted(20); // one still in flight when the list is cleared
        policy.reset(30);
        QCOMPARE(policy.allowance(), 8);
        QCOMPARE(policy.hold(30, &wake), Hold::None);
        QCOMPARE(policy.inFlight(), 1);
        // The item that lowered it before may lower it again in the new batch.
        play(policy, QStringLiteral("s1@40 31@50"));
        QCOMPARE(policy.allowance(), 4);
    }
};

QTEST_GUILESS_MAIN(TestOriginPolicy)
#include "tst_originpolicy.moc"
