#include <QTest>

#include "listfields.h"

// The tab-separated fields after a list line's URL: a file name and a sha256, each once.
class TestListFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("sha256");
        QTest::addColumn<QString>("error");
        const QString hex(64, QLatin1Char('A'));
        const QByteArray lower(64, 'a');
        QTest::newRow("empty") << QString() << QString() << QByteArray() << QString();
        QTest::newRow("blank fields")
            << QStringLiteral("\t \t") << QString() << QByteArray() << QString();
        QTest::newRow("name") << QStringLiteral(" my file.bin ") << QStringLiteral("my file.bin")
                              << QByteArray() << QString();
        QTest::newRow("sha256 lowered")
            << QStringLiteral("SHA256=") + hex << QString() << lower << QString();
        QTest::newRow("both") << QStringLiteral("sha256=%1\tout.bin").arg(hex)
                              << QStringLiteral("out.bin") << lower << QString();
        QTest::newRow("short sha256")
            << QStringLiteral("sha256=abc") << QString() << QByteArray()
            << QStringLiteral("malformed sha256 field (expected sha256= and 64 hex digits)");
        QTest::newRow("not hex")
            << QStringLiteral("sha256=") + QString(64, QLatin1Char('g')) << QString()
            << QByteArray()
            << QStringLiteral("malformed sha256 field (expected sha256= and 64 hex digits)");
        QTest::newRow("two sha256") << QStringLiteral("sha256=%1\tsha256=%1").arg(hex) << QString()
                                    << lower << QStringLiteral("more than one sha256 field");
        QTest::newRow("two names")
            << QStringLiteral("a.bin\tb.bin") << QStringLiteral("a.bin") << QByteArray()
            << QStringLiteral("more than one file name field");
    }
    void read()
    {
        QFETCH(QString, fields);
        QFETCH(QString, name);
        QFETCH(QByteArray, sha256);
        QFETCH(QString, error);
        const ListFields read = ListFields::read(fields);
        QCOMPARE(read.wantedName, name);
        QCOMPARE(read.sha256, sha256);
        QCOMPARE(read.error, error);
    }
};

QTEST_GUILESS_MAIN(TestListFields)
#include "tst_listfields.moc"
