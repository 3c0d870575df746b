#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include "result.h"
#include "segmentview.h"

// Where one item stands while the batch runs. The engine sends these in batches (about every
// 50 ms, only items that changed), so a table can apply them without repainting per packet.
enum class ItemState
{
    Queued,    // waiting for a free slot (or for Engine::start)
    RetryWait, // an attempt failed and the next one starts at retryAtMs
    Active,    // an attempt is in flight
    Finished,  // a Result has been (or is being) delivered
};

struct ItemUpdate
{
    ItemId id = 0;
    ItemState state = ItemState::Queued;
    int attempt = 0;     // the current (or last) attempt, 1-based; 0 before the first
    int maxAttempts = 1; // 1 + retries
    qint64 received = 0; // body bytes of the current attempt
    qint64 carried = 0;  // of them, bytes already on disk before it (a part it continues)
    qint64 total = -1;   // expected body bytes of the current attempt; -1 when unknown
    int httpStatus = 0;
    qint64 retryAtMs = 0; // RetryWait: wall-clock ms since epoch of the next attempt
    QString file;         // the name being written, once the response headers have arrived
    QString lastError;    // RetryWait: why the previous attempt failed ("kind: detail")
    // Queued behind a politeness rule of its host (cooldown, open breaker): why, and until when
    // (wall-clock ms since epoch; 0 = no known end).
    QString waitReason;
    qint64 waitUntilMs = 0;
    // At an attempt's start: the URL it asks for (credentials removed); empty otherwise.
    QString url;
    // The live ranges of a body fetched in several at once; empty when fetched in one piece.
    SegmentViews segments;
};

Q_DECLARE_METATYPE(ItemUpdate)
Q_DECLARE_METATYPE(QList<ItemUpdate>)
Q_DECLARE_METATYPE(QList<Result>)
