// UrlFingerprints: the first line of each text is found again, a fingerprint match is only a
// candidate (the exact text decides), growing keeps every entry, and the set stays small.
#include <QHash>
#include <QTest>

#include "urlfingerprints.h"

class TestUrlFingerprints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheFirstLine()
    {
        const QStringList texts{QStringLiteral("http://a/1"), QStringLiteral("http://a/2"),
                                QStringLiteral("http://a/1"), QStringLiteral("http://a/2"),
                                QStringLiteral("http://a/1")};
        UrlFingerprints set;
        QList<int> firsts;
        for (int i = 0; i < texts.size(); ++i) {
            firsts << set.findOrInsert(qHash(texts[i], 7), i + 1,
                                       [&](int earlier) { return texts[earlier - 1] == texts[i]; });
        }
        QCOMPARE(firsts, (QList<int>{0, 0, 1, 2, 1}));
        QCOMPARE(set.size(), 2);
    }

    void sameHashDifferentTextIsTwoEntries()
    {
        // Every text gets the same hash: only the exact comparison tells them apart.
        UrlFingerprints set;
        const QStringList texts{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"),
                                QStringLiteral("y")};
        QList<int> firsts;
        int comparisons = 0;
        for (int i = 0; i < texts.size(); ++i) {
            firsts << set.findOrInsert(0xabcdef0123456789ULL, i + 1, [&](int earlier) {
                ++comparisons;
                return texts[earlier - 1] == texts[i];
            });
        }
        QCOMPARE(firsts, (QList<int>{0, 0, 0, 2}));
        QCOMPARE(set.size(), 3);
        QVERIFY(comparisons >= 3);
    }

    void growsAndKeepsEverything()
    {
        constexpr int count = 300000;
        UrlFingerprints set;
        auto hashOf = [](int n) { return qHash(QStringLiteral("http://h/%1").arg(n), 1); };
        for (int n = 1; n <= count; ++n) {
            QCOMPARE(set.findOrInsert(hashOf(n), n, [](int) { return false; }), 0);
        }
        int compared = 0;
        for (int n = 1; n <= count; n += 97) {
            const int found = set.findOrInsert(hashOf(n), count + n, [&](int earlier) {
                ++compared;
                return earlier == n;
            });
            QCOMPARE(found, n);
        }
        QCOMPARE(set.size(), count);
        // A few bytes an entry: 8 for the slot, at most twice that for the room to grow.
        QVERIFY2(set.bytes() <= qsizetype(count) * 20, qPrintable(QString::number(set.bytes())));
        set.clear();
        QCOMPARE(set.size(), 0);
        QCOMPARE(set.bytes(), 0);
    }

    void reservedNeverGrows()
    {
        constexpr int count = 300000;
        UrlFingerprints set;
        set.reserve(count);
        const qsizetype reserved = set.bytes();
        QVERIFY2(reserved <= qsizetype(count) * 10 + 256 * 64 * 8,
                 qPrintable(QString::number(reserved)));
        for (int n = 1; n <= count; ++n) {
            const quint64 hash = qHash(QStringLiteral("http://h/%1").arg(n), 3);
            QCOMPARE(set.findOrInsert(hash, n, [](int) { return false; }), 0);
        }
        QCOMPARE(set.bytes(), reserved);
        QCOMPARE(set.size(), count);
    }
};

QTEST_GUILESS_MAIN(TestUrlFingerprints)
#include "tst_urlfingerprints.moc"
