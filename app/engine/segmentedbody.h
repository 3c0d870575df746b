#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

#include "partatoffsets.h"
#include "rangedcheckpoint.h"
#include "segmentplan.h"
#include "segmentview.h"

class FileSink;
class QNetworkAccessManager;
class QNetworkReply;
class RateGate;
class RequestBuilder;

// One body fetched as several ranges at once (issue 17), inside its Transfer: owns the body's
// SegmentPlan, the PartAtOffsets its bytes are written through, and the range requests. The
// first request (the Transfer's own) keeps streaming range 0 until its end; each extra range
// request runs in a slot the scheduler granted (an "extra") or, once the first request's range
// is done, in the Transfer's own slot (the "main" worker), which also retries failed ranges.
// A failed range in the Transfer's own slot waits (Retry-After, else a backoff) before it is
// asked again, a Retry-After on any of its ranges holds that slot as long, and a refusal there
// reaches the origin's politeness (mainRefused()).
// Every range request carries Range and If-Range; its answer must be a 206 with exactly the
// asked Content-Range, the same total and the same validator, else mismatch() stops it all.
class SegmentedBody final : public QObject
{
    Q_OBJECT

public:
    struct Validator
    {
        QByteArray etag; // strong, as sent by the first answer
        QByteArray lastModified;
    };

    SegmentedBody(QNetworkAccessManager *nam, const RequestBuilder *builder, FileSink *sink,
                  const QUrl &url, qint64 total, Validator validator, qint64 minPiece,
                  qint64 waitMaxMs, QObject *parent = nullptr);
    ~SegmentedBody() override;

    // Takes over the sink's part file with `firstDone` bytes already in it (range 0's start).
    bool begin(QString *error);
    // Continues a part a crashed run left (segmentresume.cpp): `done` is on disk, as its
    // `.part.meta` lists; the first request (the Transfer's own) fills the first missing range.
    bool resume(const QList<SegmentPlan::Done> &done, QString *error);
    // A safe point now: syncs the part and writes the ranges done to `.part.meta`.
    bool checkpoint(QString *error);
    // The first request's bytes: written up to range 0's end. Sets *rangeDone when range 0 is
    // complete (the first request is then to be cut).
    bool writeFirst(const char *data, qint64 size, bool *rangeDone, QString *error);
    // The first request ended (cut, or at its end): its slot becomes the main worker.
    void firstEnded();
    // A slot the scheduler granted: false when nothing was worth a request (the slot is free).
    bool openExtra();
    // Whether another worker could take a range now (a missing one or half of a large rest).
    bool wantsMore() const;
    // How many more workers would find a range worth a request now (at most `cap`).
    int moreWanted(int cap) const;
    int extrasOpen() const { return m_extrasOpen; }
    int rangesFetched() const { return m_plan.rangeCount(); }
    qint64 doneBytes() const { return m_plan.doneBytes(); }
    SegmentViews views() const;
    // Closes every range request; with `reportExtras`, extraEnded() for each extra one (their
    // slots are given back while the attempt goes on), else quietly (the attempt ends).
    void stop(bool reportExtras);

    // Pacing (segmentpacing.cpp): every range request reads through its Transfer's RateGate
    // (the batch's --limit-rate, the item's own cap), and while paused none reads, ends or
    // starts (their bounded read buffers hold the server back). readWaiting(): the gate opened
    // or the pause ended, every range reads what waits and ends if its reply did meanwhile.
    void setGate(RateGate *gate) { m_gate = gate; }
    void setPaused(bool paused);
    void readWaiting();

Q_SIGNALS:
    void extraEnded(bool ok, int httpStatus, std::optional<qint64> retryAfterMs);
    // A range request in the Transfer's own slot was refused (an HTTP error status): the
    // origin's politeness hears of it as of any request; that slot waits before it asks again.
    void mainRefused(int httpStatus, std::optional<qint64> retryAfterMs);
    void progressed();
    void completed();
    // An answer that is not exactly the asked range of the same entity: start over unsegmented.
    void mismatch(const QString &detail);
    void failed(const QString &detail, bool disk);

private:
    struct Worker
    {
        QPointer<QNetworkReply> reply;
        int range = -1;
        bool extra = false;
        bool checked = false;
        // The bytes it asked for: its answer must be exactly these, even once its range was
        // split for another request while the answer was on its way (it then keeps less).
        qint64 askedFirst = 0;
        qint64 askedLast = -1;
        bool finishPending = false; // its reply ended while paused or throttled: not read yet
        bool endedWhilePaused = false;
    };
    void request(int range, bool extra);
    void onMetaData(Worker *worker);
    void onReadyRead(Worker *worker);
    void onFinished(Worker *worker);
    void endWorker(Worker *worker, bool ok, int status, std::optional<qint64> retryAfterMs);
    // Hashes the grown prefix, writes `.part.meta` when due (`force`: now); completed() when all
    // is done.
    bool settle(QString *error, bool force = false);
    void reclaimMain();
    // After a failed range in the Transfer's own slot: Retry-After, else a growing backoff.
    void waitThenReclaim(std::optional<qint64> retryAfterMs);
    void holdMain(qint64 ms);      // no range request in the Transfer's own slot for that long
    qint64 granted(qint64 wanted); // what the gate lets a range read now
    bool holdFinish(Worker *worker);

    QNetworkAccessManager *m_nam;
    const RequestBuilder *m_builder;
    FileSink *m_sink;
    QUrl m_url;
    qint64 m_total;
    Validator m_validator;
    SegmentPlan m_plan;
    PartAtOffsets m_part;
    RangedCheckpoint m_checkpoint;
    qint64 m_minPiece;
    int m_firstRange = 0; // the range the first request fills
    QList<Worker *> m_workers;
    int m_extrasOpen = 0;
    int m_mainFailures = 0;
    qint64 m_waitMaxMs;
    QTimer *m_mainWait;     // child: the Transfer's own slot waits before asking again
    bool m_mainBusy = true; // the first request, then the main worker's range requests
    bool m_done = false;
    RateGate *m_gate = nullptr; // the Transfer's; null: no limit
    bool m_paused = false;
    int m_nextReader = 0; // readWaiting() starts with another range each time: fair turns
};
