// .netrc parsing and the credentials it gives each host.
#include <QTemporaryDir>
#include <QTest>

#include "netrc.h"

using Creds = std::optional<std::pair<QString, QString>>;
Q_DECLARE_METATYPE(Creds)

namespace {
Creds creds(const char *login, const char *password)
{
    return std::make_pair(QString::fromUtf8(login), QString::fromUtf8(password));
}
} // namespace

class TestNetrc final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void credentialsFor_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<Creds>("expected");
        const QByteArray two = "machine a.example login alice password pa\n"
                               "machine b.example login bob password pb\n";
        QTest::newRow("first") << two << "a.example" << creds("alice", "pa");
        QTest::newRow("second") << two << "b.example" << creds("bob", "pb");
        QTest::newRow("case-insensitive") << two << "B.Example" << creds("bob", "pb");
        QTest::newRow("no match, no default") << two << "c.example" << Creds();
        QTest::newRow("no subdomain match") << two << "www.a.example" << Creds();
        QTest::newRow("default") << QByteArray(two + "default login anon password x\n")
                                 << "c.example" << creds("anon", "x");
        QTest::newRow("machine beats default")
            << QByteArray("default login anon password x\n" + two) << "a.example"
            << creds("alice", "pa");
        QTest::newRow("first of duplicates")
            << QByteArray("machine h login one password 1 machine h login two password 2") << "h"
            << creds("one", "1");
        QTest::newRow("one line, tabs")
            << QByteArray("machine\th\tlogin\tu\tpassword\tp") << "h" << creds("u", "p");
        QTest::newRow("one token a line")
            << QByteArray("machine\nh\nlogin\nu\npassword\np\n") << "h" << creds("u", "p");
        QTest::newRow("crlf") << QByteArray("machine h\r\n  login u\r\n  password p\r\n") << "h"
                              << creds("u", "p");
        QTest::newRow("quoted") << QByteArray("machine h login \"john doe\" password "
                                              "\"p w\\\"d\\\\\"")
                                << "h" << creds("john doe", "p w\"d\\");
        QTest::newRow("account ignored")
            << QByteArray("machine h login u account acc password p") << "h" << creds("u", "p");
        QTest::newRow("comments") << QByteArray("# my hosts\nmachine h # work\nlogin u "
                                                "password p\n")
                                  << "h" << creds("u", "p");
        QTest::newRow("password starting with #")
            << QByteArray("machine h login u password #secret") << "h" << creds("u", "#secret");
        QTest::newRow("login only") << QByteArray("machine h login u") << "h" << creds("u", "");
        QTest::newRow("macdef skipped")
            << QByteArray("machine a login u password p\n"
                          "macdef init\ncd /pub\nmachine evil login x password y\n\n"
                          "machine b login v password q\n")
            << "b" << creds("v", "q");
        QTest::newRow("macdef body is not a machine")
            << QByteArray("macdef init\nmachine evil login x password y\n\n") << "evil" << Creds();
    }
    void credentialsFor()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, host);
        QFETCH(Creds, expected);
        QString error;
        const std::optional<Netrc> netrc = Netrc::parse(text, &error);
        QVERIFY2(netrc, qPrintable(error));
        QCOMPARE(netrc->credentialsFor(host), expected);
    }

    void rejectsSyntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("machine at end") << QByteArray("machine") << 1 << "machine";
        QTest::newRow("password at end")
            << QByteArray("machine h login u\npassword") << 2 << "password";
        QTest::newRow("login before machine") << QByteArray("login u password p") << 1 << "before";
        QTest::newRow("unterminated quote")
            << QByteArray("machine h\nlogin \"u password p") << 2 << "quote";
        QTest::newRow("unknown keyword")
            << QByteArray("machine h\nlogin u\nhunter2") << 3 << "unknown";
    }
    void rejectsSyntaxErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!Netrc::parse(text, &error));
        QVERIFY2(error.contains(QStringLiteral("line %1:").arg(line)), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("hunter2")), "a secret leaked into the message");
    }

    void loadsAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("netrc"));
        QString error;
        QVERIFY(!Netrc::load(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("machine 127.0.0.1 login user password pass\n");
        file.close();
        const std::optional<Netrc> netrc = Netrc::load(path, &error);
        QVERIFY2(netrc, qPrintable(error));
        QCOMPARE(netrc->credentialsFor(QStringLiteral("127.0.0.1")), creds("user", "pass"));
        QCOMPARE(netrc->entries().size(), 1);
        QVERIFY(!netrc->hasDefault());
    }
};

QTEST_GUILESS_MAIN(TestNetrc)
#include "tst_netrc.moc"
