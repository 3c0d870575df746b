#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

// Every knob of the engine, shared by the headless runner and the window's settings.
// Durations are milliseconds; 0 turns a limit off where the comment says so.
struct EngineOptions
{
    QString outputDir;           // where files land; created when missing
    int maxInFlight = 8;         // global cap on requests in flight
    int connectTimeoutMs = 15000; // DNS + TCP + TLS; 0 = off
    int stallTimeoutMs = 30000;   // nothing received for this long; 0 = off
    int attemptTimeoutMs = 0;     // one attempt, first byte sent to last byte; 0 = off
    int retries = 3;              // retries after the first attempt
    int backoffBaseMs = 1000;
    int backoffMaxMs = 60000; // cap of one delay, Retry-After included
    bool failFast = false;
    bool checkOnly = false; // fetch and measure, save nothing
    QList<QSslCertificate> extraCaCertificates;

    // Politeness, per host name.
    int perHostMax = 0;            // requests in flight to one host; 0 = only the global cap
    double perHostRate = 0;        // requests a second to one host; 0 = no limit
    bool adaptive = true;          // halve a host's allowance on 429/503/timeouts, regrow
    int breakerThreshold = 0;      // consecutive connect failures or 5xx that open it; 0 = off
    int breakerCooldownMs = 30000; // how long an open breaker stays open
    int batchDeadlineMs = 0;       // the whole batch, from start(); 0 = none
    int itemDeadlineMs = 0;        // one item, all its attempts and waits; 0 = none
    qint64 readBufferBytes = 2 * 1024 * 1024; // bound on what Qt buffers per reply
};
