// The TLS trust of HTTPS requests: the system's CAs plus the user's, built once, off the
// critical path when prefetched.
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include "truststore.h"

namespace {
// A throwaway self-signed CA (openssl req -x509, P-256), only ever compared, never trusted.
QSslCertificate extraCa()
{
    const QByteArray pem = R"(-----BEGIN CERTIFICATE-----
MIIBgzCCASmgAwIBAgIUXNN/mgPPsx9jBs3FSdMIU7ZxAJcwCgYIKoZIzj0EAwIw
FzEVMBMGA1UEAwwMRmFub3V0VGVzdENBMB4XDTI2MTEyMjA3NDA1NloXDTM2MTEx
OTA3NDA1NlowFzEVMBMGA1UEAwwMRmFub3V0VGVzdENBMFkwEwYHKoZIzj0CAQYI
KoZIzj0DAQcDQgAEAoJKTQaFsw09ZgjMXq/Sj62YDxLN9wVKAapYUoByn8UcWcBH
zKV54C8rybpVnmMfBsnwPiHHkkOGs2kz1TakXKNTMFEwHQYDVR0OBBYEFHOUPKPm
elMeGpnb/pEIyYHFOH4cMB8GA1UdIwQYMBaAFHOUPKPmelMeGpnb/pEIyYHFOH4c
MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIhAKRTIMp1gdVq+/60
W1+pRTH+FyBXgoSEsX8lkeheiIJWAiA4U2Rvt9nNAyTQ7X1+Vlpe+EPL0TGdvjGX
sxuJcvA3Ng==
-----END CERTIFICATE-----
)";
    return QSslCertificate(pem, QSsl::Pem);
}
} // namespace

class TestTrustStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutExtraItIsQtsDefault()
    {
        TrustStore store;
        QVERIFY(!store.hasExtra());
        store.prefetch(); // nothing to build
        QCOMPARE(store.configuration(), QSslConfiguration::defaultConfiguration());
    }

    void systemCertificatesAreRead()
    {
        const QList<QSslCertificate> system = TrustStore::systemCertificates();
        QVERIFY(system.size() > 50);
        QSet<QByteArray> digests;
        for (const QSslCertificate &c : system)
            digests.insert(c.digest(QCryptographicHash::Sha256));
        // The same set Qt finds in the certificate folders.
        QSet<QByteArray> qts;
        for (const QSslCertificate &c : QSslConfiguration::systemCaCertificates())
            qts.insert(c.digest(QCryptographicHash::Sha256));
        QCOMPARE(digests, qts);
    }

    void extraIsAddedToTheSystems()
    {
        const QSslCertificate extra = extraCa();
        QVERIFY(!extra.isNull());
        for (const bool prefetch : {false, true}) {
            TrustStore store({extra});
            QVERIFY(store.hasExtra());
            if (prefetch)
                store.prefetch();
            const QList<QSslCertificate> cas = store.configuration().caCertificates();
            QVERIFY(cas.contains(extra));
            QCOMPARE(cas.size(), TrustStore::systemCertificates().size() + 1);
            QCOMPARE(store.configuration().caCertificates(), cas); // built once
        }
    }

    void bundleFromTheEnvironment()
    {
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("bundle.pem"));
        QFile file(bundle);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(extraCa().toPem());
        file.close();
        qputenv("SSL_CERT_FILE", QFile::encodeName(bundle));
        const QList<QSslCertificate> system = TrustStore::systemCertificates();
        qunsetenv("SSL_CERT_FILE");
        QCOMPARE(system, QList<QSslCertificate>{extraCa()});
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
