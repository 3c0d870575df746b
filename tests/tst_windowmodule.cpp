// The window as a module (ui/window/windowmodule.cpp): `fanout` starts without Qt Gui and Qt
// Widgets unless it opens the window, the window still opens through fanout-window.so, and a
// binary without its module says so instead of crashing; no library is ever taken from the
// working folder.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "fanoutprocess.h"

class TestWindowModule : public QObject
{
    Q_OBJECT

private:
    // A window of its own: its own home and runtime folder (where its instance channel listens).
    static QProcessEnvironment isolated(const QTemporaryDir &dir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QDir().mkpath(dir.filePath(QStringLiteral("home")));
        QDir().mkpath(dir.filePath(QStringLiteral("runtime")));
        QFile::setPermissions(dir.filePath(QStringLiteral("runtime")), QFileDevice::ReadOwner |
                                                                           QFileDevice::WriteOwner |
                                                                           QFileDevice::ExeOwner);
        return env;
    }

private Q_SLOTS:
    void headlessLoadsNoWidgets()
    {
        // ld.so lists what it would load for this binary and exits (what ldd shows).
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.start(FanoutProcess::binary(), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        const QString loaded = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(loaded.contains(QLatin1String("libQt6Network")), qPrintable(loaded));
        QVERIFY2(!loaded.contains(QLatin1String("libQt6Widgets")), qPrintable(loaded));
        QVERIFY2(!loaded.contains(QLatin1String("libQt6Gui")), qPrintable(loaded));
    }

    void noLibraryFromTheWorkingFolder()
    {
        // Files a batch downloaded into the folder it runs in are never loaded as libraries (an
        // empty RUNPATH entry means the working folder to the dynamic loader).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name :
             {QStringLiteral("libQt6Core.so.6"), QStringLiteral("libc.so.6"),
              QStringLiteral("libQt6Network.so.6"), QStringLiteral("libm.so.6")}) {
            QFile planted(dir.filePath(name));
            QVERIFY(planted.open(QIODevice::WriteOnly));
            planted.write("not a library");
        }
        const FanoutProcess::Run run =
            FanoutProcess::run(dir.path(), {QStringLiteral("--version")}, 30000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QLatin1String("fanout ")));
    }

    void windowOpensThroughTheModule()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QProcessEnvironment env = isolated(dir);
        QProcess window;
        window.setProcessEnvironment(env);
        window.start(FanoutProcess::binary(), {});
        QVERIFY(window.waitForStarted());
        // The first window listens for later `fanout` commands in the runtime folder.
        const QString channel = dir.filePath(QStringLiteral("runtime/fanout-window"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(channel) || window.state() == QProcess::NotRunning,
                                 30000);
        QVERIFY2(window.state() == QProcess::Running,
                 qPrintable(QString::fromUtf8(window.readAllStandardError())));
        // A second `fanout` hands its URL to that window and ends at once.
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(FanoutProcess::binary(), {QStringLiteral("http://127.0.0.1:9/handed.bin")});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(window.state(), QProcess::Running);
        window.kill();
        window.waitForFinished();
    }

    void missingModuleIsAClearError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString lonely = dir.filePath(QStringLiteral("fanout"));
        QVERIFY(QFile::copy(FanoutProcess::binary(), lonely));
        QProcess process;
        process.setProcessEnvironment(isolated(dir));
        process.start(lonely, {});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(QLatin1String("cannot open the window")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("--headless")), qPrintable(error));
        // The headless mode needs no module.
        process.start(lonely, {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWindowModule)
#include "tst_windowmodule.moc"
