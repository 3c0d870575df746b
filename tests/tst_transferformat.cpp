#include <QTest>

#include "englishplurals.h"
#include "transferformat.h"

// How numbers and errors read in the window: plurals and units that read right, errors as
// people read them.
class TestTransferFormat final : public QObject
{
    Q_OBJECT

    EnglishPlurals m_plurals;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }

    // "%n download(s)" reads as English by the count.
    void pluralsReadRight()
    {
        QCOMPARE(QCoreApplication::translate("X", "%n download(s)", nullptr, 1),
                 QStringLiteral("1 download"));
        QCOMPARE(QCoreApplication::translate("X", "%n download(s)", nullptr, 0),
                 QStringLiteral("0 downloads"));
        QCOMPARE(QCoreApplication::translate("X", "Retrying %n download(s)", nullptr, 41),
                 QStringLiteral("Retrying 41 downloads"));
        QCOMPARE(QCoreApplication::translate("X", "Start"), QStringLiteral("Start"));
    }

    void sizesAndSpeeds_data()
    {
        QTest::addColumn<double>("bytes");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("speed");
        QTest::newRow("one") << 1.0 << "1 byte"
                             << "1 byte/s";
        QTest::newRow("zero") << 0.0 << "0 bytes"
                              << "0 bytes/s";
        QTest::newRow("824") << 824.0 << "824 bytes"
                             << "824 bytes/s";
        QTest::newRow("KiB") << 1030000.0 << "1,005.86 KiB"
                             << "1,005.9 KiB/s";
        QTest::newRow("MiB") << 1.31 * 1024 * 1024 << "1.31 MiB"
                             << "1.3 MiB/s";
    }
    void sizesAndSpeeds()
    {
        QFETCH(double, bytes);
        QFETCH(QString, size);
        QFETCH(QString, speed);
        QCOMPARE(TransferFormat::dataSize(qint64(bytes)), size);
        QCOMPARE(TransferFormat::speed(bytes), speed);
    }

    void durations()
    {
        QCOMPARE(TransferFormat::duration(-1), QString());
        QCOMPARE(TransferFormat::duration(0), QStringLiteral("0:00"));
        QCOMPARE(TransferFormat::duration(65'000), QStringLiteral("1:05"));
        QCOMPARE(TransferFormat::duration(3'723'000), QStringLiteral("1:02:03"));
    }

    void readableErrors_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("shown");
        QTest::newRow("status only") << "http: HTTP 404"
                                     << "404 Not Found";
        QTest::newRow("with reason") << "http: HTTP 503 Service Unavailable"
                                     << "503 Service Unavailable";
        QTest::newRow("odd status") << "http: HTTP 599"
                                    << "599";
        QTest::newRow("other http") << "http: invalid Content-Length 'x'"
                                    << "Invalid Content-Length 'x'";
        QTest::newRow("timeout") << "timeout: no connection within 30 s"
                                 << "Timed out: no connection within 30 s";
        QTest::newRow("stall") << "stall: no data received for 30 s"
                               << "Stalled: no data received for 30 s";
        QTest::newRow("dns") << "dns: host not found: nowhere.test"
                             << "Host not found: nowhere.test";
        QTest::newRow("connect") << "connect: connection refused by 127.0.0.1"
                                 << "Connection refused by 127.0.0.1";
        QTest::newRow("invalid") << "invalid: not a URL"
                                 << "Invalid: not a URL";
        QTest::newRow("cancelled") << "cancelled: cancelled by user"
                                   << "Cancelled by user";
        QTest::newRow("no kind") << "something else"
                                 << "something else";
        QTest::newRow("empty") << ""
                               << "";
    }
    void readableErrors()
    {
        QFETCH(QString, raw);
        QFETCH(QString, shown);
        QCOMPARE(TransferFormat::readableError(raw), shown);
    }
};

QTEST_GUILESS_MAIN(TestTransferFormat)
#include "tst_transferformat.moc"
