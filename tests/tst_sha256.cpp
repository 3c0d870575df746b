// Sha256: the known answers, however the bytes are fed, across reset() and reuse, against
// QCryptographicHash, and whole files.
#include <QCryptographicHash>
#include <QTemporaryFile>
#include <QTest>

#include "sha256.h"

class TestSha256 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty")
            << QByteArray()
            << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff6"
                                           "1f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a")
            << QByteArray(1000000, 'a')
            << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
    void knownAnswers()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        Sha256 whole;
        whole.addData(input.constData(), input.size());
        QCOMPARE(whole.hex(), hex);
        QCOMPARE(whole.hex(), hex); // cached, not finished twice

        // Fed in uneven pieces, after a reset of a used hash.
        Sha256 pieces;
        pieces.addData("junk", 4);
        QVERIFY(pieces.hex() != hex);
        pieces.reset();
        for (qsizetype at = 0, step = 1; at < input.size(); at += step, step = step * 3 + 1)
            pieces.addData(input.constData() + at, std::min(step, input.size() - at));
        QCOMPARE(pieces.hex(), hex);

        QCOMPARE(QByteArray(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex()),
                 hex);
    }

    void resetWithoutDataIsTheEmptyHash()
    {
        Sha256 hash;
        hash.reset();
        hash.reset();
        QCOMPARE(hash.hex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void manyHashesAtOnce()
    {
        // Each file of a batch has its own; they must not share state.
        std::vector<std::unique_ptr<Sha256>> hashes;
        for (int i = 0; i < 64; ++i)
            hashes.push_back(std::make_unique<Sha256>());
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 64; ++i) {
                const QByteArray piece = QByteArray::number(i * 7 + round);
                hashes[i]->addData(piece.constData(), piece.size());
            }
        }
        for (int i = 0; i < 64; ++i) {
            QByteArray all;
            for (int round = 0; round < 3; ++round)
                all += QByteArray::number(i * 7 + round);
            QCOMPARE(hashes[i]->hex(),
                     QByteArray(QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex()));
        }
    }

    void ofFile()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        QByteArray data(3 * 1024 * 1024 + 11, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 131) ^ (i >> 9));
        QCOMPARE(file.write(data), data.size());
        file.close();
        QCOMPARE(Sha256::ofFile(file.fileName()),
                 QByteArray(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(Sha256::ofFile(file.fileName() + QStringLiteral(".missing")), QByteArray());
    }

    void usesTheSystemsLibcrypto()
    {
        // Debian's libssl3 is always there (Qt's TLS back end needs it): the fast path runs.
        if (qEnvironmentVariableIsSet("FANOUT_QT_SHA256"))
            QSKIP("FANOUT_QT_SHA256 asks for the fallback");
        QVERIFY(Sha256::usesLibcrypto());
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
