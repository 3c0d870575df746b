#include <QTest>

#include "checksumfile.h"

// Checksum files: sha256sum style and BSD style, the algorithm from the tag or the length.
class TestChecksumFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("why");
        const QString h32(32, u'A');
        const QString h40(40, u'b');
        const QString h64(64, u'c');
        const QString h128(128, u'd');
        QTest::newRow("text mode")
            << h64 + QStringLiteral("  a.iso") << true << QStringLiteral("a.iso")
            << QStringLiteral("sha256") << h64 << QString();
        QTest::newRow("binary mode")
            << h32 + QStringLiteral(" *dir/b.bin") << true << QStringLiteral("dir/b.bin")
            << QStringLiteral("md5") << h32.toLower() << QString();
        QTest::newRow("sha1 by length")
            << h40 + QStringLiteral("  ./c") << true << QStringLiteral("c")
            << QStringLiteral("sha1") << h40 << QString();
        QTest::newRow("sha512 by length") << h128 + QStringLiteral("  name with  spaces ") << true
                                          << QStringLiteral("name with  spaces ")
                                          << QStringLiteral("sha512") << h128 << QString();
        QTest::newRow("bsd") << QStringLiteral("SHA256 (x (1).tar.gz) = ") + h64 << true
                             << QStringLiteral("x (1).tar.gz") << QStringLiteral("sha256") << h64
                             << QString();
        QTest::newRow("bsd md5") << QStringLiteral("MD5 (m) = ") + h32 << true
                                 << QStringLiteral("m") << QStringLiteral("md5") << h32.toLower()
                                 << QString();
        QTest::newRow("bsd sha-1 spelled")
            << QStringLiteral("SHA-1 (s) = ") + h40 << true << QStringLiteral("s")
            << QStringLiteral("sha1") << h40 << QString();
        QTest::newRow("bsd unknown tag")
            << QStringLiteral("SHA384 (s) = ") + QString(96, u'e') << false << QString()
            << QString() << QString()
            << QStringLiteral(
                   "ignored: SHA384 digests are not checked (MD5, SHA1, SHA256 and SHA512 are)");
        QTest::newRow("bsd wrong length")
            << QStringLiteral("SHA256 (s) = ") + h32 << false << QString() << QString() << QString()
            << QStringLiteral("a SHA256 digest has 32 hex digits");
        QTest::newRow("odd length")
            << QStringLiteral("abc  x") << false << QString() << QString() << QString()
            << QStringLiteral("a digest of 3 hex digits (32 md5, 40 "
                              "sha1, 64 sha256, 128 sha512)");
        QTest::newRow("not hex") << QString(64, u'g') + QStringLiteral("  x") << false << QString()
                                 << QString() << QString()
                                 << QStringLiteral(
                                        "not a checksum line (HEX  NAME or TAG (NAME) = HEX)");
        QTest::newRow("no name") << h64 + QStringLiteral("  ") << false << QString() << QString()
                                 << QString() << QStringLiteral("no file name");
        QTest::newRow("escaped name")
            << QStringLiteral("\\") + h64 + QStringLiteral("  a\\\\b\\nc") << true
            << QStringLiteral("a\\b\nc") << QStringLiteral("sha256") << h64 << QString();
        QTest::newRow("bad escape")
            << QStringLiteral("\\") + h64 + QStringLiteral("  a\\x") << false << QString()
            << QString() << QString() << QStringLiteral("a malformed escape in the file name");
        QTest::newRow("only dots") << h64 + QStringLiteral("  ./.") << false << QString()
                                   << QString() << QString() << QStringLiteral("no file name");
        QTest::newRow("nul in name")
            << h64 + QStringLiteral("  a") + QChar(0) << true << QStringLiteral("a") + QChar(0)
            << QStringLiteral("sha256") << h64 << QString();
    }
    void readLine()
    {
        QFETCH(QString, line);
        QFETCH(bool, ok);
        QFETCH(QString, name);
        QFETCH(QString, key);
        QFETCH(QString, hex);
        QFETCH(QString, why);
        QString gotName;
        QString gotWhy;
        ChecksumFile::Digest digest;
        QCOMPARE(ChecksumFile::readLine(line, &gotName, &digest, &gotWhy), ok);
        QCOMPARE(gotWhy, why);
        if (!ok)
            return;
        QCOMPARE(gotName, name);
        QCOMPARE(digest.key, key);
        QCOMPARE(digest.hex, hex);
    }

    void parse()
    {
        const QString h64(64, u'c');
        const QString other(64, u'e');
        const ChecksumFile file = ChecksumFile::parse(
            QStringLiteral("# made by sha256sum\r\n%1  a\r\n\r\ngarbage\n%2  ./a\nMD5 (a) = %3\n"
                           "%1  b\n")
                .arg(h64, other, QString(32, u'0')));
        QCOMPARE(file.size(), 2);
        const QList<ChecksumFile::Digest> a = file.digests().value(QStringLiteral("a"));
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].key, QStringLiteral("sha256"));
        QCOMPARE(a[0].hex, h64);
        QCOMPARE(a[0].line, 2);
        QCOMPARE(a[1].key, QStringLiteral("md5"));
        QCOMPARE(file.notes().size(), 2);
        QCOMPARE(file.notes()[0].line, 4);
        QCOMPARE(file.notes()[1].line, 5);
        QCOMPARE(file.notes()[1].message,
                 QStringLiteral("a has another sha256 on line 2; the first is kept"));
    }

    void byteOrderMark()
    {
        const QString hex(64, u'a');
        const ChecksumFile file = ChecksumFile::parse(QStringLiteral("\ufeff%1  a\n").arg(hex));
        QCOMPARE(file.size(), 1);
        QVERIFY(file.notes().isEmpty());
    }

    void normalized_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("a") << QStringLiteral("a");
        QTest::newRow("dot slash") << QStringLiteral("./a/./b") << QStringLiteral("a/b");
        QTest::newRow("double slash") << QStringLiteral("a//b/") << QStringLiteral("a/b");
        QTest::newRow("dot dot kept") << QStringLiteral("../a") << QStringLiteral("../a");
    }
    void normalized()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(ChecksumFile::normalized(name), expected);
    }
};

QTEST_GUILESS_MAIN(TestChecksumFile)
#include "tst_checksumfile.moc"
