// InstanceChannel and openArguments: a later `fanout ARGS` reaches the running window (and
// nothing else does), a socket file a crashed window left is replaced, a second window does not
// take the socket over, the socket is its user's alone, garbage is dropped, and the window loads
// the lists and adds the URLs it is handed.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <future>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "guiapp.h"
#include "instancechannel.h"
#include "mainwindow.h"
#include "testsettings.h"
#include "transfermodel.h"

class TestInstanceChannel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString socketPath(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // Runs the blocking hand-over on another thread while this one serves the channel.
    static bool handOverServed(const QString &name, const QStringList &arguments,
                               const QString &folder, int timeoutMs = 3000)
    {
        auto result = std::async(std::launch::async, [=] {
            return InstanceChannel::handOver(name, arguments, folder, timeoutMs);
        });
        while (result.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
            QCoreApplication::processEvents();
        return result.get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_instance"));
    }

    void nobodyListensNobodyTakes()
    {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!InstanceChannel::handOver(socketPath("none"), {QStringLiteral("x")},
                                           QStringLiteral("/")));
        QVERIFY2(clock.elapsed() < 1000, "no window: the command opens its own at once");
    }

    void theRunningWindowTakesTheArguments()
    {
        InstanceChannel channel(socketPath("one"));
        QVERIFY2(channel.listen(), qPrintable(channel.errorString()));
        QSignalSpy arrived(&channel, &InstanceChannel::argumentsArrived);
        const QStringList arguments{QStringLiteral("list.txt"),
                                    QStringLiteral("https://example.test/a b.bin"),
                                    QString::fromUtf8("ünïcödé.txt")};
        QVERIFY(handOverServed(socketPath("one"), arguments, QStringLiteral("/home/u/dl")));
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().at(0).toStringList(), arguments);
        QCOMPARE(arrived.first().at(1).toString(), QStringLiteral("/home/u/dl"));
        // And again: the channel serves every later command.
        QVERIFY(handOverServed(socketPath("one"), {}, QStringLiteral("/")));
        QCOMPARE(arrived.size(), 2);
    }

    void theSocketIsTheUsersAlone()
    {
        InstanceChannel channel(socketPath("mode"));
        QVERIFY(channel.listen());
        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(socketPath("mode")).constData(), &info), 0);
        QVERIFY(S_ISSOCK(info.st_mode));
        QCOMPARE(info.st_mode & (S_IRWXG | S_IRWXO), mode_t(0));
    }

    void aSecondWindowDoesNotTakeOver()
    {
        InstanceChannel first(socketPath("two"));
        QVERIFY(first.listen());
        InstanceChannel second(socketPath("two"));
        QVERIFY(!second.listen());
        QSignalSpy arrived(&first, &InstanceChannel::argumentsArrived);
        QVERIFY(handOverServed(socketPath("two"), {QStringLiteral("a")}, QStringLiteral("/")));
        QCOMPARE(arrived.size(), 1);
    }

    void aCrashedWindowsSocketIsReplaced()
    {
        // A socket file nobody listens on, as a killed window leaves it.
        const QByteArray path = QFile::encodeName(socketPath("stale"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, path.constData(), sizeof address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(fd);
        QVERIFY(QFileInfo::exists(socketPath("stale")));
        QVERIFY(!InstanceChannel::handOver(socketPath("stale"), {}, QStringLiteral("/"), 500));

        InstanceChannel channel(socketPath("stale"));
        QVERIFY2(channel.listen(), qPrintable(channel.errorString()));
        QSignalSpy arrived(&channel, &InstanceChannel::argumentsArrived);
        QVERIFY(handOverServed(socketPath("stale"), {QStringLiteral("b")}, QStringLiteral("/")));
        QCOMPARE(arrived.size(), 1);
    }

    void garbageIsDropped()
    {
        InstanceChannel channel(socketPath("garbage"));
        QVERIFY(channel.listen());
        QSignalSpy arrived(&channel, &InstanceChannel::argumentsArrived);
        for (const QByteArray &junk :
             {QByteArray("\xff\xff\xff\xfe hello", 10), QByteArray(64, '\x00'),
              QByteArray("\x00\x00\x00\x08"
                         "ABCDEFGH",
                         12)}) {
            QLocalSocket socket;
            socket.connectToServer(socketPath("garbage"));
            QVERIFY(socket.waitForConnected(1000));
            socket.write(junk);
            socket.waitForBytesWritten(1000);
            QTest::qWait(100);
        }
        QCOMPARE(arrived.size(), 0);
        // The channel still works.
        QVERIFY(handOverServed(socketPath("garbage"), {QStringLiteral("c")}, QStringLiteral("/")));
        QCOMPARE(arrived.size(), 1);
    }

    void theWindowOpensWhatItIsHanded()
    {
        // A list file relative to the sender's folder, the same by file:// URL, a URL, an option.
        const QString folder = m_dir.filePath(QStringLiteral("sender"));
        QVERIFY(QDir().mkpath(folder));
        QFile list(QDir(folder).filePath(QStringLiteral("list.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("http://127.0.0.1:9/one.bin\nhttp://127.0.0.1:9/two.bin\n");
        list.close();
        QFile other(QDir(folder).filePath(QStringLiteral("other.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("http://127.0.0.1:9/three.bin\n");
        other.close();

        MainWindow window;
        openArguments(window,
                      {QStringLiteral("list.txt"), QStringLiteral("--new-window"),
                       QUrl::fromLocalFile(other.fileName()).toString(),
                       QStringLiteral("https://127.0.0.1:9/four.bin")},
                      folder);
        QTRY_COMPARE(window.model()->rowCount(), 4);
        QStringList urls;
        for (int row = 0; row < 4; ++row) {
            for (int column = 0; column < window.model()->columnCount(); ++column)
                urls << window.model()->index(row, column).data().toString();
        }
        for (const char *name : {"one.bin", "two.bin", "three.bin", "four.bin"})
            QVERIFY2(urls.join(QLatin1Char(' ')).contains(QLatin1String(name)),
                     qPrintable(urls.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
