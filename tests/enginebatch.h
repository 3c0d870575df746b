#pragma once

#include <QHash>
#include <QList>
#include <QTest>

#include "engine.h"
#include "urllist.h"

// Runs one batch on a real Engine and collects what it reports: each item's Result by id, every
// row update, and how often the engine fell idle. The tests that drive an Engine directly
// (tst_engine_*, tst_politeness, tst_resume, tst_security_*, tst_hostile_servers, ...) share it.
class EngineBatch final
{
public:
    explicit EngineBatch(const EngineOptions &options) : engine(options)
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

    // add() and run() in one: the lines are the whole batch.
    bool run(const QStringList &lines, int timeoutMs = 20000)
    {
        add(lines);
        return run(timeoutMs);
    }

    bool waitIdle(int timeoutMs = 20000)
    {
        const int before = idleCount;
        return QTest::qWaitFor([&] { return idleCount > before; }, timeoutMs);
    }

    // The index-th item added; an empty Result if there is none.
    Result result(int index) const { return byId.value(ids.value(index)); }

    // Every item's Result in the order the items were added.
    QList<Result> results() const
    {
        QList<Result> out;
        for (const ItemId id : ids)
            out.append(byId.value(id));
        return out;
    }

    Engine engine;
    QList<ItemId> ids;
    QHash<ItemId, Result> byId;
    QList<ItemUpdate> updates;
    int idleCount = 0;
};
