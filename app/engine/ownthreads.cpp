#include "ownthreads.h"

#include <QMutex>
#include <QSemaphore>
#include <QThread>

namespace {
// Every change of the variable happens under it (Qt's own reads take Qt's environment lock).
QMutex &environmentLock()
{
    static QMutex lock;
    return lock;
}
} // namespace

OwnThreads::Scope::Scope()
{
    environmentLock().lock();
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");
        m_set = true;
    }
}

OwnThreads::Scope::~Scope()
{
    if (m_set)
        qunsetenv("QT_NO_GLIB");
    environmentLock().unlock();
}

void OwnThreads::start(QThread *thread)
{
    const Scope scope;
    // QThread::started is emitted in the new thread once its event dispatcher exists.
    QSemaphore running;
    const QMetaObject::Connection connection = QObject::connect(
        thread, &QThread::started, thread, [&running] { running.release(); }, Qt::DirectConnection);
    thread->start();
    running.acquire();
    QObject::disconnect(connection);
}
