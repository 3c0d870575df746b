#include <QCryptographicHash>
#include <QTest>

#include "libcrypto.h"
#include "streamdigest.h"

// Each digest fed in pieces agrees with Qt's own, and with the known vectors.
class TestStreamDigest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVectors_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("md5") << int(Digest::Algorithm::Md5)
                             << QByteArray("900150983cd24fb0d6963f7d28e17f72");
        QTest::newRow("sha1") << int(Digest::Algorithm::Sha1)
                              << QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d");
        QTest::newRow("sha256")
            << int(Digest::Algorithm::Sha256)
            << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("sha512")
            << int(Digest::Algorithm::Sha512)
            << QByteArray("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                          "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    }
    void knownVectors()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, hex);
        StreamDigest digest{Digest::Algorithm(algorithm)};
        digest.addData("a", 1);
        digest.addData("bc", 2);
        QCOMPARE(digest.hex(), hex);
        QCOMPARE(digest.hex(), hex); // cached
        digest.reset();
        digest.addData("abc", 3);
        QCOMPARE(digest.hex(), hex);
        QCOMPARE(Digest::hexLengthOf(Digest::Algorithm(algorithm)), hex.size());
    }
    void piecesAgreeWithQt_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("qt");
        QTest::newRow("md5") << int(Digest::Algorithm::Md5) << int(QCryptographicHash::Md5);
        QTest::newRow("sha1") << int(Digest::Algorithm::Sha1) << int(QCryptographicHash::Sha1);
        QTest::newRow("sha512") << int(Digest::Algorithm::Sha512)
                                << int(QCryptographicHash::Sha512);
    }
    void piecesAgreeWithQt()
    {
        QFETCH(int, algorithm);
        QFETCH(int, qt);
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(i * 131 + (i >> 9));
        StreamDigest digest{Digest::Algorithm(algorithm)};
        for (qsizetype at = 0; at < data.size(); at += 65521)
            digest.addData(data.constData() + at, std::min<qsizetype>(65521, data.size() - at));
        QCOMPARE(digest.hex(),
                 QCryptographicHash::hash(data, QCryptographicHash::Algorithm(qt)).toHex());
    }
    void libcryptoHasEveryAlgorithm()
    {
        if (qEnvironmentVariableIsSet("FANOUT_QT_SHA256"))
            QSKIP("the fallback is being measured");
        for (const Digest::Algorithm algorithm : Digest::algorithms)
            QVERIFY(Libcrypto::get().ok(algorithm));
    }
};

QTEST_GUILESS_MAIN(TestStreamDigest)
#include "tst_streamdigest.moc"
