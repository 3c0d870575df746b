#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>

// Every knob of the engine, shared by the headless runner and the window's settings.
// Durations are milliseconds; 0 turns a limit off where the comment says so.
struct EngineOptions
{
    QString outputDir;            // where files land; created when missing
    int maxInFlight = 8;          // global cap on requests in flight
    int connectTimeoutMs = 15000; // DNS + TCP + TLS; 0 = off
    int stallTimeoutMs = 30000;   // nothing received for this long; 0 = off
    int attemptTimeoutMs = 0;     // one attempt, first byte sent to last byte; 0 = off
    int retries = 3;              // retries after the first attempt
    int backoffBaseMs = 1000;
    int backoffMaxMs = 60000; // cap of one delay, Retry-After included
    bool failFast = false;
    bool checkOnly = false;     // fetch and measure, save nothing
    bool skipExisting = true;   // a file this URL already downloaded completely, verified, is kept
    QString completedIndexPath; // where completed downloads are recorded; empty = the default
    QList<QSslCertificate> extraCaCertificates;

    // Politeness, per host name.
    int perHostMax = 0;            // requests in flight to one host; 0 = only the global cap
    double perHostRate = 0;        // requests a second to one host; 0 = no limit
    bool adaptive = true;          // halve a host's allowance on 429/503/timeouts, regrow
    int breakerThreshold = 0;      // consecutive connect failures or 5xx that open it; 0 = off
    int breakerCooldownMs = 30000; // how long an open breaker stays open
    int batchDeadlineMs = 0;       // the whole batch, from start(); 0 = none
    int itemDeadlineMs = 0;        // one item, all its attempts and waits; 0 = none

    // Real sites.
    QList<QPair<QByteArray, QByteArray>> headers; // sent with every request
    // Per-host extra headers (host name, lower case -> headers), from the window's settings.
    QList<QPair<QString, QPair<QByteArray, QByteArray>>> hostHeaders;
    QByteArray userAgent;      // empty = "Fanout/<version>"
    QString cookiesFile;       // Netscape/Mozilla cookies.txt to start from; empty = none
    QString netrcFile;         // per-host credentials; empty = none
    QString proxy;             // "http://host:port" or "socks5://host:port"; empty = system's
    bool noProxy = false;      // connect directly, whatever the system says
    qint64 limitRateBytes = 0; // whole batch, bytes a second; 0 = no limit
    bool http1Only = false;    // never negotiate HTTP/2
    // http:// URLs speak HTTP/2 from the first byte (h2c, no upgrade); https:// is unchanged.
    bool http2PriorKnowledge = false;
    // Bound on what Qt buffers per HTTP/1.1 reply: 256 KiB keeps large downloads at a third of
    // the memory of 2 MiB with no loss of speed (tests/bench/profile.md).
    qint64 readBufferBytes = 256 * 1024;
    // A list of millions, fed as it drains (the headless mode): a finished item is forgotten
    // once its Result is out (no retry() or remove() after), and once the batch was stopped (its
    // deadline, fail-fast) an item added later ends at once, cancelled for the same reason.
    bool streaming = false;
    // Every attempt's start and every wait for a retry also goes out on its own, never
    // coalesced with later updates (Engine::itemMoments): for the event stream.
    bool reportMoments = false;
    // --update: a file an earlier run completed (verified) is asked for again with a
    // conditional GET; 304 keeps it, a new body replaces it in place while it is unchanged.
    bool updateExisting = false;

    // Segmented downloads (issue 17): a large body may be fetched as several ranges at once.
    static constexpr int segmentsAuto = 0;
    static constexpr int maxSegments = 16;
    static constexpr int autoSegments = 4;
    // auto: only a body whose connection brings less than this (its first 100 ms or any later
    // window of that length): where one connection is not the bottleneck, ranges cost more
    // than they bring.
    static constexpr qint64 autoSegmentsBelowRate = 16 * 1024 * 1024;
    // 1 = off, 2..16 = up to that many; auto (the default): up to 4, in idle slots only, for a
    // body slower than autoSegmentsBelowRate.
    int segments = segmentsAuto;
    qint64 segmentMinBytes = 8 * 1024 * 1024; // smaller bodies are fetched in one piece
    // How many ranges a body may be fetched in at most.
    int segmentLimit() const { return segments == segmentsAuto ? autoSegments : segments; }
};
