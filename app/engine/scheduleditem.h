#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include "itemupdate.h"
#include "originqueues.h"
#include "result.h"
#include "transfer.h"
#include "urllist.h"
#include "urlrotation.h"

// One item as the scheduler keeps it, from add() to its Result: what to fetch, where it
// waits, its attempts and how the last one ended. Times are on the scheduler's clock.
struct ScheduledItem
{
    enum class Stop
    {
        None,
        Cancel,
        Remove
    };

    ItemId id = 0;
    QUrl url;           // its own URL, the first: what records and the CSV's url name
    QString displayUrl; // url without credentials
    std::shared_ptr<const ListExtras> extras; // dir, digests, mirrors, headers; may be null
    UrlRotation rotation;                     // which of url and its mirrors goes next
    QString wantedName;
    QByteArray expectedSha256;
    QString resumeName; // a part file the last attempt kept
    qint64 itemRateBytes = 0;
    QString hostKey; // of the URL its next attempt goes to: the origin, Qt's connection pool
    OriginQueues::Origin *origin = nullptr;
    qint64 heldMark = 0; // OriginQueues::push()'s mark when it joined its origin's queue
    qint64 politeWaitMs = 0;
    qint64 deadlineAtMs = -1; // item budget end on m_clock
    ItemState state = ItemState::Queued;
    int attempts = 0;
    int lane = -1;
    int segmentsOpen = 0;    // extra range requests of its body in flight
    qint64 startedAtMs = -1; // on m_clock, at the first attempt
    qint64 attemptAtMs = 0;  // on m_clock, the current attempt's start
    qint64 dueMs = 0;        // RetryWait: on m_clock
    Stop stop = Stop::None;
    bool checkUpdate = false; // its attempts ask whether its completed file changed
    QString stopDetail;
    QUrl pendingUrl; // Change URL while an attempt runs: taken once that attempt has stopped
    AttemptResult last;

    // A new item for a list entry (an invalid one gets only its id and the text it shows).
    static ScheduledItem fromEntry(ItemId id, const UrlList::Entry &entry,
                                   const QString &resumeName);
    // The origin an URL goes to: scheme://host:port.
    static QString originKeyOf(const QUrl &url);
    // Its origin becomes the one of the URL its next attempt goes to: every per-origin rule
    // applies to the URL actually used, a mirror's origin queues it.
    void aimAt(OriginQueues &origins);
    // Its URL number `index` (0: its own, i: mirror i).
    QUrl urlAt(int index) const;
    // Whether a failed attempt takes its URL out of the rotation: a failure that cannot succeed
    // later there (404, 410, a TLS failure, a wrong digest...), not one of the disk or a cancel.
    static bool retiresUrl(const AttemptResult &result);
    // Back to attempt 1, for a retry of a finished item.
    void startAgain();
    // Its own URL is `newUrl` from now on (its mirrors stay), back to attempt 1. The part file
    // an attempt kept stays too: the next attempt continues it if the new URL serves the same
    // entity (ResumeNegotiation decides), else starts over.
    void changeUrl(const QUrl &newUrl);

    // What its next attempt (already counted in `attempts`) asks a lane to do, at nowMs.
    AttemptSpec attemptSpec(int maxAttempts, qint64 nowMs) const;
    // The ItemUpdate that says where it stands (and, queued, why it waits).
    ItemUpdate update(int maxAttempts) const;
    // Its Result, finished now with this outcome.
    Result result(Outcome outcome, ErrorKind kind, const QString &detail, qint64 nowMs) const;
    // The last ItemUpdate, once it finished with `result`.
    ItemUpdate finalUpdate(int maxAttempts, const Result &result) const;
};
