#include "lanepool.h"

#include <QThread>

#include "lane.h"

int LanePool::laneCountFor(int maxInFlight)
{
    const int needed = (maxInFlight + qtConnectionsPerOrigin - 1) / qtConnectionsPerOrigin;
    // At least two lanes once two requests may run, so both cores get work. Four were a little
    // faster on M but cost 10-15 MiB more at peak (tests/bench/profile.md).
    return std::max({1, needed, std::min(maxInFlight, 2)});
}

LanePool::LanePool(NameReservations *names, std::function<void(Lane *)> wire)
    : m_names(names), m_wire(std::move(wire))
{}

LanePool::~LanePool()
{
    shutdown();
}

void LanePool::ensure(int count, bool paused)
{
    while (int(m_slots.size()) < count) {
        Slot slot;
        slot.thread = new QThread;
        slot.thread->setObjectName(QStringLiteral("fanout-lane-%1").arg(m_slots.size()));
        slot.lane = new Lane(m_names, m_config, int(m_slots.size()));
        slot.lane->moveToThread(slot.thread);
        m_wire(slot.lane);
        slot.thread->start();
        if (paused)
            QMetaObject::invokeMethod(slot.lane, [lane = slot.lane] { lane->setPaused(true); });
        m_slots.push_back(slot);
    }
}

int LanePool::pick(const QString &origin) const
{
    int best = -1;
    for (int i = 0; i < int(m_slots.size()); ++i) {
        const Slot &slot = m_slots[i];
        if (slot.perOrigin.value(origin) >= qtConnectionsPerOrigin)
            continue;
        if (best < 0 || slot.active < m_slots[best].active)
            best = i;
    }
    return best;
}

int LanePool::start(const QString &origin, const AttemptSpec &spec, bool paused)
{
    int index = pick(origin);
    if (index < 0) {
        ensure(int(m_slots.size()) + 1, paused);
        index = int(m_slots.size()) - 1;
    }
    Slot &slot = m_slots[index];
    ++slot.active;
    ++slot.perOrigin[origin];
    QMetaObject::invokeMethod(slot.lane, [lane = slot.lane, spec] { lane->startAttempt(spec); });
    return index;
}

void LanePool::finished(int lane, const QString &origin)
{
    Slot &slot = m_slots[lane];
    --slot.active;
    auto pool = slot.perOrigin.find(origin);
    if (pool != slot.perOrigin.end() && --pool.value() <= 0)
        slot.perOrigin.erase(pool);
}

void LanePool::abort(int lane, ItemId id, ErrorKind kind, const QString &detail)
{
    Lane *target = m_slots[lane].lane;
    QMetaObject::invokeMethod(
        target, [target, id, kind, detail] { target->abortAttempt(id, kind, detail); });
}

void LanePool::setItemRate(int lane, ItemId id, qint64 bytesPerSecond)
{
    Lane *target = m_slots[lane].lane;
    QMetaObject::invokeMethod(
        target, [target, id, bytesPerSecond] { target->setItemRate(id, bytesPerSecond); });
}

void LanePool::openSegment(int lane, ItemId id)
{
    Lane *target = m_slots[lane].lane;
    QMetaObject::invokeMethod(target, [target, id] { target->openSegment(id); });
}

void LanePool::setPaused(bool paused)
{
    for (const Slot &slot : m_slots)
        QMetaObject::invokeMethod(slot.lane,
                                  [lane = slot.lane, paused] { lane->setPaused(paused); });
}

void LanePool::setConfig(const TransferConfig &config)
{
    m_config = config;
    for (const Slot &slot : m_slots)
        QMetaObject::invokeMethod(slot.lane,
                                  [lane = slot.lane, config] { lane->setConfig(config); });
}

void LanePool::shutdown()
{
    for (Slot &slot : m_slots) {
        QMetaObject::invokeMethod(slot.lane, &Lane::shutdown, Qt::BlockingQueuedConnection);
        slot.thread->quit();
        slot.thread->wait();
        delete slot.lane;
        delete slot.thread;
    }
    m_slots.clear();
}
