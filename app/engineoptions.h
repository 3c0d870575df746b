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
    qint64 readBufferBytes = 2 * 1024 * 1024; // bound on what Qt buffers per reply
};
