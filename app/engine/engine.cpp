#include "engine.h"

#include <QNetworkProxyFactory>

#include "ownthreads.h"
#include "scheduler.h"

Engine::Engine(const EngineOptions &options, QObject *parent) : QObject(parent), m_options(options)
{
    qRegisterMetaType<Result>();
    qRegisterMetaType<ItemUpdate>();
    qRegisterMetaType<QList<ItemUpdate>>();
    qRegisterMetaType<QList<Result>>();
    qRegisterMetaType<AttemptResult>();

    // The scheduler, the lanes and Qt's HTTP threads run Qt's UNIX event dispatcher.
    OwnThreads::unixFromNowOn();
    // The system's proxy settings unless the options say otherwise.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_thread.setObjectName(QStringLiteral("fanout-scheduler"));
    m_scheduler = new Scheduler(options, &m_credentials);
    m_scheduler->moveToThread(&m_thread);
    connect(m_scheduler, &Scheduler::itemMoments, this, &Engine::itemMoments);
    connect(m_scheduler, &Scheduler::itemsChanged, this, &Engine::itemsChanged);
    connect(m_scheduler, &Scheduler::itemsFinished, this, &Engine::itemsFinished);
    connect(m_scheduler, &Scheduler::idle, this, &Engine::idle);
    m_thread.start();
}

Engine::~Engine()
{
    QMetaObject::invokeMethod(m_scheduler, &Scheduler::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_scheduler; // its thread has ended: safe to delete from here
}

void Engine::setOptions(const EngineOptions &options)
{
    m_options = options;
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler, options] { s->setOptions(options); });
}

QList<ItemId> Engine::add(const QList<UrlList::Entry> &entries)
{
    return add(entries, {});
}

QList<ItemId> Engine::add(const QList<UrlList::Entry> &entries, const QStringList &resumeNames)
{
    QList<ItemId> ids;
    QList<Scheduler::NewItem> items;
    ids.reserve(entries.size());
    items.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ItemId id = m_nextId++;
        ids.append(id);
        items.append({id, entries[i], resumeNames.value(i)});
    }
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler, items] { s->add(items); });
    return ids;
}

void Engine::start()
{
    m_started = true;
    QMetaObject::invokeMethod(m_scheduler, &Scheduler::start);
}

void Engine::setPaused(bool paused)
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler, paused] { s->setPaused(paused); });
}

void Engine::cancelAll()
{
    QMetaObject::invokeMethod(m_scheduler, &Scheduler::cancelAll);
}

void Engine::cancel(ItemId id)
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler, id] { s->cancel(id); });
}

void Engine::changeUrl(ItemId id, const QUrl &url)
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler, id, url] { s->changeUrl(id, url); });
}

void Engine::retry(ItemId id)
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler, id] { s->retry(id); });
}

void Engine::checkForUpdate(ItemId id)
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler, id] { s->retry(id, true); });
}

void Engine::setItemRate(ItemId id, qint64 bytesPerSecond)
{
    QMetaObject::invokeMethod(
        m_scheduler, [s = m_scheduler, id, bytesPerSecond] { s->setItemRate(id, bytesPerSecond); });
}

void Engine::newBatch()
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler] { s->newBatch(); });
}

void Engine::remove(ItemId id)
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler, id] { s->remove(id); });
}

void Engine::setCredentials(const QString &key, const QString &user, const QString &password)
{
    m_credentials.set(key, user, password);
}
