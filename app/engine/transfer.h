#pragma once

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

#include "attempttimers.h"
#include "filesink.h"
#include "listextras.h"
#include "rategate.h"
#include "redirectchain.h"
#include "requestbuilder.h"
#include "result.h"
#include "resumenegotiation.h"
#include "segmentview.h"
#include "speedprobe.h"

class KnownFile;
class SegmentedBody;

class QNetworkAccessManager;
class NameReservations;
class CompletedIndex;
class BandwidthLimiter;
class CookieStore;
class Netrc;
class CredentialStore;

// What the scheduler asks a lane to do: one attempt of one item.
struct AttemptSpec
{
    ItemId id = 0;
    QUrl url;           // the URL this attempt asks: the item's own or one of its mirrors
    QString shownUrl;   // the item's own URL without credentials, as records keep it
    QString wantedName; // the user's own name for the file, may be empty
    int attempt = 1;
    int maxAttempts = 1;
    int budgetLeftMs = 0;          // what is left of the item's budget; 0 = no budget
    QString resumeName;            // a part file an earlier attempt kept, to continue with Range
    QByteArray expectedSha256;     // lower-case hex from the list; empty = none
    qint64 itemRateBytes = 0;      // this item's own speed cap, bytes a second; 0 = none
    bool onlyItemOfOrigin = false; // nothing else queued for its origin: close its connection
                                   // when idle instead of keeping it for Qt's two minutes
    bool update = false; // ask whether its completed file changed (the window's Check for Updates)
    std::shared_ptr<const ListExtras> extras; // the list's dir=, digests, mirrors, header=

    QString subFolder() const { return extras ? extras->dir : QString(); }
    // The folder its file goes to: the output folder, or dir= inside it.
    QString folderIn(const QString &outputDir) const
    {
        return subFolder().isEmpty() ? outputDir : outputDir + u'/' + subFolder();
    }
    // Every digest the body must have.
    QList<Digest> digests() const
    {
        QList<Digest> all;
        if (!expectedSha256.isEmpty())
            all.append(Digest{Digest::Algorithm::Sha256, expectedSha256});
        if (extras)
            all += extras->digests;
        return all;
    }
};

// How one attempt ended.
struct AttemptResult
{
    ItemId id = 0;
    bool ok = false;
    ErrorKind errorKind = ErrorKind::None;
    QString errorDetail;
    int httpStatus = 0;
    QUrl finalUrl;
    qint64 bytes = 0;
    QString file;   // absolute path, when saved
    QString sha256; // hex, when the body was measured
    std::optional<qint64> retryAfterMs;
    QString keptPart;      // the name whose part file was kept for a resume; empty = none
    bool skipped = false;  // already complete on disk and verified
    int segments = 1;      // how many ranges the body was fetched in
    bool verified = false; // the body has every digest the list expects (one at least)
};

// The settings every attempt of a lane shares.
struct TransferConfig
{
    QString outputDir;
    bool checkOnly = false;
    int connectTimeoutMs = 0;
    int stallTimeoutMs = 0;
    int attemptTimeoutMs = 0;
    qint64 readBufferBytes = 0;
    // For https: TrustStore::configuration() of the extra CAs; none: Qt's default.
    std::optional<QSslConfiguration> ssl;
    CompletedIndex *completed = nullptr; // null: neither skip nor record
    bool updateExisting = false;         // --update: ask again for what `completed` holds
    // Real sites (see EngineOptions); the pointers are owned by the scheduler, shared by lanes.
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QPair<QString, QPair<QByteArray, QByteArray>>> hostHeaders;
    QByteArray userAgent;
    bool http1Only = false;
    bool http2PriorKnowledge = false;
    BandwidthLimiter *bandwidth = nullptr;
    CookieStore *cookies = nullptr;
    const Netrc *netrc = nullptr;
    const CredentialStore *credentials = nullptr; // typed by the user during the batch
    std::optional<QNetworkProxy> proxy;           // none: the system's settings
    int segmentLimit = 1;       // EngineOptions::segmentLimit(); 1 = one request a body
    qint64 segmentMinBytes = 0; // smaller bodies are fetched in one piece
    // --segments auto: a body opens ranges only once its connection has brought less than this
    // many bytes a second over a probe; 0 (a number of segments given): whatever its speed.
    qint64 segmentSlowBelow = 0;
    qint64 rangeWaitMaxMs =
        60000; // the longest a refused range waits (EngineOptions::backoffMaxMs)
};

// One attempt of one item, as a state machine: a GET through the lane's QNetworkAccessManager
// (built by RequestBuilder), redirects followed by hand (each hop checked by RedirectChain), a
// part file continued where ResumeNegotiation allows, the body streamed into a FileSink, and the
// connect, stall and deadline timers that turn silence into a clear error (ErrorMapping names
// every failure). Emits finished() exactly once.
class Transfer final : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxRedirects = RedirectChain::maxHops;
    static constexpr qint64 maxDiscardedBytes = 64 * 1024; // of an error page
    static constexpr qint64 minResumableBytes = ResumeNegotiation::minResumableBytes;

    Transfer(QNetworkAccessManager *nam, NameReservations *names, const TransferConfig &config,
             AttemptSpec spec, QByteArray *readBuffer, QObject *parent = nullptr);
    ~Transfer() override;

    void start();
    // Ends the attempt now with this error (cancel, shutdown).
    void abort(ErrorKind kind, const QString &detail);
    void setPaused(bool paused);
    void setItemRate(qint64 bytesPerSecond); // at once, for this transfer

    const AttemptSpec &spec() const { return m_spec; }
    qint64 received() const; // with ranges: every byte done, not only the prefix
    qint64 carried() const { return m_carried; } // of them, on disk before this attempt
    qint64 total() const { return m_total; }
    int httpStatus() const { return m_httpStatus; }
    QString fileName() const { return m_sink.name(); }

    // Segmented downloads (transfersegments.cpp): whether another range request would help
    // now, a slot the scheduler granted for one (segmentEnded() gives it back), the live ranges.
    bool wantsSegment();
    int segmentsWanted(); // how many more range requests would help now (0: none)
    void openSegment();
    SegmentViews segmentViews() const;

    // Set by the transfer whenever something a progress report shows has changed.
    bool takeChanged() { return std::exchange(m_changed, false); }

Q_SIGNALS:
    void finished(const AttemptResult &result);
    // A granted segment slot is free again; retryAfterMs < 0: none given.
    void segmentEnded(bool ok, int httpStatus, qint64 retryAfterMs);
    // A range request in its own slot was refused (retryAfterMs < 0: none given).
    void rangeRefused(int httpStatus, qint64 retryAfterMs);

private:
    void sendRequest(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void readAgain(); // the gate opened or the pause ended (transferpacing.cpp)
    void completeBody();
    bool acceptBody();
    void findResumablePart();
    void restartWithoutRange();
    bool drain();
    bool followRedirect(const QByteArray &location);
    void fail(ErrorKind kind, const QString &detail);
    void complete(AttemptResult result);
    void dropReply();
    void judgeSegmentable(const QByteArray &acceptRanges);
    SegmentedBody *makeSegments();
    bool startSegments();
    void resumeSegments();
    bool drainSegmented(const char *data, qint64 size);
    void finishFirstRange();
    void restartUnsegmented();
    void stopSegments(bool reportExtras);
    int rangesFetched() const;
    bool slowEnoughToSplit(); // --segments auto: its speed probe says slow
    QString scrubbed(const QString &text) const;

    QNetworkAccessManager *m_nam;
    const TransferConfig &m_config;
    AttemptSpec m_spec;
    QByteArray *m_readBuffer;
    QString m_dir; // the item's folder: the output folder, or dir= inside it
    RequestBuilder m_builder;
    FileSink m_sink;
    QPointer<QNetworkReply> m_reply;
    QUrl m_currentUrl;
    RedirectChain m_redirects;
    int m_httpStatus = 0;
    qint64 m_total = -1;
    qint64 m_carried = 0;        // bytes of the part continued, not fetched by this attempt
    bool m_bodyAccepted = false; // a 2xx arrived and its body goes to the sink
    bool m_http1ForBody = false; // a large body offered over HTTP/2 is asked for over HTTP/1.1
    bool m_paused = false;
    bool m_finishPending = false; // the reply finished while paused or throttled
    bool m_done = false;
    bool m_changed = true;
    std::optional<qint64> m_retryAfterMs;
    QString m_sslErrors;
    QString m_errorStatusDetail;        // set once an error status arrived; its body is dropped
    ResumeNegotiation m_resume;         // a part file to continue, with its size and validator
    std::unique_ptr<KnownFile> m_known; // what an earlier run completed: skip it, or update it
    bool m_notModified = false;         // update mode: a 304 arrived
    QByteArray m_etag;                  // the accepted body's validators, for the record
    QByteArray m_lastModified;
    bool m_partResumable = false; // the part file has a sidecar with a validator
    static constexpr qint64 noRange416 = -2;
    qint64 m_rangeNotSatisfiableTotal = noRange416; // a 416 arrived: the size it named, or -1
    qint64 m_discarded = 0;
    AttemptTimers m_timers;
    RateGate m_gate;                     // --limit-rate and the item's cap
    bool m_segmentable = false;          // the body may be fetched as several ranges
    bool m_segmentsOff = false;          // a range answer showed another entity: one piece only
    SegmentedBody *m_segments = nullptr; // once a second range was granted
    SpeedProbe m_probe;                  // --segments auto: is this body slow enough to split
};
