// The TLS trust of HTTPS requests: the system's CAs (looked up on demand) plus the user's.
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include "testca.h"
#include "truststore.h"

namespace {
QSslCertificate extraCa()
{
    return QSslCertificate(QByteArray(TestCa::pem), QSsl::Pem);
}
} // namespace

class TestTrustStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutExtraItIsQtsDefault()
    {
        QCOMPARE(TrustStore::configuration(), QSslConfiguration::defaultConfiguration());
    }

    void extraIsAddedAndTheSystemsStayOnDemand()
    {
        const QSslCertificate extra = extraCa();
        QVERIFY(!extra.isNull());
        const QSslConfiguration config = TrustStore::configuration({extra});
        QVERIFY(config != QSslConfiguration::defaultConfiguration());
        // Only the extra one is listed: the system's are not parsed up front ...
        QCOMPARE(config.caCertificates(), QList<QSslCertificate>{extra});
        // ... and still trusted: the configuration differs from one given the same list through
        // setCaCertificates() (which turns Qt's on-demand look-up off) only in that look-up, and
        // equals Qt's default given the file through addCaCertificates(path). If a Qt release
        // changed that, this fails rather than the system's CAs silently going untrusted.
        QSslConfiguration listed = QSslConfiguration::defaultConfiguration();
        listed.setCaCertificates({extra});
        QVERIFY(config != listed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("extra.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(extra.toPem());
        file.close();
        QSslConfiguration byPath = QSslConfiguration::defaultConfiguration();
        QVERIFY(byPath.addCaCertificates(path));
        QCOMPARE(config, byPath);
    }

    void severalExtras()
    {
        QTemporaryDir dir;
        QVERIFY(QProcess::execute(
                    QStringLiteral("openssl"),
                    {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), dir.filePath(QStringLiteral("k.pem")),
                     QStringLiteral("-out"), dir.filePath(QStringLiteral("c.pem")),
                     QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=Second")}) == 0);
        const QList<QSslCertificate> second =
            QSslCertificate::fromPath(dir.filePath(QStringLiteral("c.pem")));
        QCOMPARE(second.size(), 1);
        QCOMPARE(TrustStore::configuration({extraCa(), second.first()}).caCertificates(),
                 (QList<QSslCertificate>{extraCa(), second.first()}));
    }

    void certificatesInPemDerOrNone()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
        };
        QVERIFY(write(QStringLiteral("ca.pem"), extraCa().toPem()));
        QVERIFY(write(QStringLiteral("ca.der"), extraCa().toDer()));
        QVERIFY(write(QStringLiteral("junk.pem"), "not a certificate\n"));
        QString unreadable = QStringLiteral("stale");
        QCOMPARE(TrustStore::certificatesIn(dir.filePath(QStringLiteral("ca.pem")), &unreadable),
                 QList<QSslCertificate>{extraCa()});
        QVERIFY(unreadable.isEmpty());
        QCOMPARE(TrustStore::certificatesIn(dir.filePath(QStringLiteral("ca.der")), &unreadable),
                 QList<QSslCertificate>{extraCa()});
        // Read, but no certificate in it: empty, and nothing unreadable.
        QVERIFY(TrustStore::certificatesIn(dir.filePath(QStringLiteral("junk.pem")), &unreadable)
                    .isEmpty());
        QVERIFY(unreadable.isEmpty());
        // Not there: empty, with the reason.
        QVERIFY(TrustStore::certificatesIn(dir.filePath(QStringLiteral("gone.pem")), &unreadable)
                    .isEmpty());
        QVERIFY2(!unreadable.isEmpty(), "no reason for a missing file");
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
