#pragma once

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

#include "itemupdate.h"
#include "transfer.h"

class Lane;
class NameReservations;
class QThread;

// The batch's lanes: one QNetworkAccessManager each, in a thread of its own, and which lane an
// attempt goes to, so that no lane holds more than Qt's six connections to one origin (-j 16 to
// one origin really is 16). Lives in the scheduler's thread; every call to a lane is queued.
class LanePool final
{
public:
    // Qt 6 opens at most this many HTTP/1.1 connections per origin per QNetworkAccessManager.
    static constexpr int qtConnectionsPerOrigin = 6;
    static int laneCountFor(int maxInFlight);

    // `wire` connects a new lane's signals to whoever listens (the scheduler).
    LanePool(NameReservations *names, std::function<void(Lane *)> wire);
    ~LanePool();

    // At least `count` lanes, new ones with the current config and this pause state.
    void ensure(int count, bool paused);
    // Starts an attempt on the least busy lane with room for its origin (a new lane when every
    // lane is full: only after the global cap grew past what the lanes allow); returns the lane.
    int start(const QString &origin, const AttemptSpec &spec, bool paused);
    // The lane reported an attempt finished (origin empty: the item is gone, count the lane only).
    void finished(int lane, const QString &origin);

    void abort(int lane, ItemId id, ErrorKind kind, const QString &detail);
    void setItemRate(int lane, ItemId id, qint64 bytesPerSecond);
    void openSegment(int lane, ItemId id);
    void setPaused(bool paused);
    // For every lane, now and new.
    void setConfig(const TransferConfig &config);
    // Aborts everything quietly and joins the threads.
    void shutdown();

private:
    struct Slot
    {
        QThread *thread = nullptr;
        Lane *lane = nullptr;
        int active = 0;
        QHash<QString, int> perOrigin;
    };
    int pick(const QString &origin) const;

    NameReservations *m_names;
    std::function<void(Lane *)> m_wire;
    TransferConfig m_config;
    std::vector<Slot> m_slots;
};
