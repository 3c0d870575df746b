// OwnThreads: until unixFromNowOn() threads get the GLib dispatcher (the default of this build);
// after it every thread started gets Qt's UNIX one, threads started from those threads too (as Qt
// starts each QNetworkAccessManager's HTTP thread from a lane), and a QT_NO_GLIB the user set is
// left as it is.
#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <QThread>

#include "ownthreads.h"

namespace {
QByteArray dispatcherOf(QThread &thread)
{
    QAbstractEventDispatcher *dispatcher = thread.eventDispatcher();
    return dispatcher ? QByteArray(dispatcher->metaObject()->className()) : QByteArray();
}

// Starts a thread, waits for its dispatcher, and names it.
QByteArray startedDispatcher()
{
    QThread thread;
    thread.start();
    while (!thread.eventDispatcher())
        QThread::yieldCurrentThread();
    const QByteArray name = dispatcherOf(thread);
    thread.quit();
    thread.wait();
    return name;
}

constexpr char childVariable[] = "FANOUT_OWNTHREADS_CHILD";
} // namespace

class TestOwnThreads final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("QT_NO_GLIB") && !qEnvironmentVariableIsSet(childVariable))
            QSKIP("QT_NO_GLIB is set for this run: every thread gets what it says");
    }

    // Declared first: Qt Test runs the functions in this order.
    void beforeThreadsGetGlib()
    {
        if (qEnvironmentVariableIsSet(childVariable))
            QSKIP("the child run checks only the user's choice");
        QCOMPARE(startedDispatcher(), QByteArray("QEventDispatcherGlib"));
    }

    void afterThreadsGetUnix()
    {
        if (qEnvironmentVariableIsSet(childVariable))
            QSKIP("the child run checks only the user's choice");
        OwnThreads::unixFromNowOn();
        OwnThreads::unixFromNowOn(); // idempotent
        QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("1"));
        QCOMPARE(startedDispatcher(), QByteArray("QEventDispatcherUNIX"));
    }

    void threadsStartedByThoseThreadsToo()
    {
        if (qEnvironmentVariableIsSet(childVariable))
            QSKIP("the child run checks only the user's choice");
        // What a lane does: its QNetworkAccessManager is made in the lane's thread, and Qt starts
        // the manager's HTTP thread on the first request, from there.
        QThread lane;
        lane.start();
        auto *context = new QObject;
        context->moveToThread(&lane);
        QByteArray inner;
        QMetaObject::invokeMethod(
            context, [&inner] { inner = startedDispatcher(); }, Qt::BlockingQueuedConnection);
        QCOMPARE(dispatcherOf(lane), QByteArray("QEventDispatcherUNIX"));
        QCOMPARE(inner, QByteArray("QEventDispatcherUNIX"));
        QMetaObject::invokeMethod(
            context, [context] { delete context; }, Qt::BlockingQueuedConnection);
        lane.quit();
        lane.wait();
    }

    void aUserChoiceIsLeftAlone()
    {
        if (!qEnvironmentVariableIsSet(childVariable)) {
            // In a fresh process, where the user set QT_NO_GLIB to an empty value.
            QProcess child;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
            environment.insert(QStringLiteral("QT_NO_GLIB"), QString());
            child.setProcessEnvironment(environment);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("aUserChoiceIsLeftAlone")});
            QVERIFY(child.waitForFinished(30000));
            const QByteArray output = child.readAllStandardOutput();
            QVERIFY2(child.exitCode() == 0, output.constData());
            QVERIFY2(output.contains("PASS   : TestOwnThreads::aUserChoiceIsLeftAlone()"),
                     output.constData());
            return;
        }
        OwnThreads::unixFromNowOn();
        QVERIFY(qEnvironmentVariableIsSet("QT_NO_GLIB"));
        QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray()); // set, but empty: GLib stays
        QCOMPARE(startedDispatcher(), QByteArray("QEventDispatcherGlib"));
    }
};

QTEST_GUILESS_MAIN(TestOwnThreads)
#include "tst_ownthreads.moc"
