#pragma once

#include <QHash>
#include <QList>
#include <QTest>

#include "engine.h"
#include "urllist.h"

// Runs one batch on a real Engine and collects what it reports.
class EngineBatch final
{
public:
    explicit EngineBatch(EngineOptions options) : engine(options)
    {
        QObject::connect(&engine, &Engine::itemsFinished, [this](const QList<Result> &results) {
            for (const Result &r : results)
                byId.insert(r.id, r);
        });
        QObject::connect(&engine, &Engine::itemsChanged, [this](const QList<ItemUpdate> &u) {
            for (const ItemUpdate &update : u)
                updates.append(update);
        });
        QObject::connect(&engine, &Engine::idle, [this] { ++idleCount; });
    }

    QList<ItemId> add(const QStringList &lines)
    {
        const QList<ItemId> added =
            engine.add(UrlList::parse(lines.join(QLatin1Char('\n'))).entries());
        ids += added;
        return added;
    }

    bool run(int timeoutMs = 20000)
    {
        engine.start();
        return waitIdle(timeoutMs);
    }

    bool waitIdle(int timeoutMs = 20000)
    {
        const int before = idleCount;
        return QTest::qWaitFor([&] { return idleCount > before; }, timeoutMs);
    }

    Result result(int index) const { return byId.value(ids.at(index)); }

    Engine engine;
    QList<ItemId> ids;
    QHash<ItemId, Result> byId;
    QList<ItemUpdate> updates;
    int idleCount = 0;
};
