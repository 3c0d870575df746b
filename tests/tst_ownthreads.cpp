// OwnThreads: the threads Fanout starts get Qt's UNIX event dispatcher, threads started any other
// way (as Qt starts its HTTP threads) keep the GLib one, and a QT_NO_GLIB the user set decides
// for all.
#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTest>
#include <QThread>

#include "ownthreads.h"

namespace {
QByteArray dispatcherOf(QThread &thread)
{
    QAbstractEventDispatcher *dispatcher = thread.eventDispatcher();
    return dispatcher ? QByteArray(dispatcher->metaObject()->className()) : QByteArray();
}

struct Joined
{
    QThread &thread;
    ~Joined()
    {
        thread.quit();
        thread.wait();
    }
};
} // namespace

class TestOwnThreads final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("QT_NO_GLIB"))
            QSKIP("QT_NO_GLIB is set for this run: every thread gets what it says");
    }

    void ownThreadsGetTheUnixDispatcher()
    {
        QThread own;
        const Joined joined{own};
        OwnThreads::start(&own);
        // start() returns once the dispatcher exists.
        QCOMPARE(dispatcherOf(own), QByteArray("QEventDispatcherUNIX"));
        QVERIFY(!qEnvironmentVariableIsSet("QT_NO_GLIB")); // restored at once
    }

    void otherThreadsKeepGlib()
    {
        QThread other;
        const Joined joined{other};
        other.start();
        QTRY_VERIFY(other.eventDispatcher() != nullptr);
        QCOMPARE(dispatcherOf(other), QByteArray("QEventDispatcherGlib"));
    }

    void aThreadStartedByQtAfterOursKeepsGlib()
    {
        // What a lane does: its QNetworkAccessManager is made in the lane's thread, and Qt starts
        // the manager's HTTP thread on the first request, from there.
        QThread lane;
        const Joined joined{lane};
        OwnThreads::start(&lane);
        auto *context = new QObject; // something of the lane's thread to run the call there
        context->moveToThread(&lane);
        connect(&lane, &QThread::finished, context, &QObject::deleteLater);
        QByteArray started;
        QMetaObject::invokeMethod(
            context,
            [&started] {
                QThread inner;
                inner.start();
                while (!inner.eventDispatcher())
                    QThread::yieldCurrentThread();
                started = dispatcherOf(inner);
                inner.quit();
                inner.wait();
            },
            Qt::BlockingQueuedConnection);
        QCOMPARE(started, QByteArray("QEventDispatcherGlib"));
    }

    void aUserChoiceIsLeftAlone()
    {
        qputenv("QT_NO_GLIB", "");
        QThread own;
        const Joined joined{own};
        OwnThreads::start(&own);
        QCOMPARE(dispatcherOf(own), QByteArray("QEventDispatcherGlib")); // set, but empty
        QVERIFY(qEnvironmentVariableIsSet("QT_NO_GLIB"));
        qunsetenv("QT_NO_GLIB");
    }
};

QTEST_GUILESS_MAIN(TestOwnThreads)
#include "tst_ownthreads.moc"
