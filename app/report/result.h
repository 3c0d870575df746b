#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// The value types the engine hands to its consumers: the final Result of one item and the
// stable words that name outcomes and error kinds in the CSV, the headless output and the window.

using ItemId = quint64;

enum class Outcome
{
    Ok,
    Failed,
    Cancelled,
    Invalid
};

enum class ErrorKind
{
    None,
    Timeout,
    Stall,
    Connect,
    Dns,
    Tls,
    Http,
    Redirect,
    Truncated,
    Disk,
    Cancelled,
    Invalid,
    Checksum, // the body's SHA-256 is not the one the list asked for
};

QString outcomeName(Outcome outcome);
QString errorKindName(ErrorKind kind);
// "kind: detail", the stable kind word first; empty for ErrorKind::None.
QString formatError(ErrorKind kind, const QString &detail);

struct Result
{
    ItemId id = 0;
    Outcome outcome = Outcome::Failed;
    QString url;        // as the user gave it, credentials removed
    QString finalUrl;   // after redirects, credentials removed
    int httpStatus = 0; // 0 when no response was received
    qint64 bytes = 0;   // body bytes of the last attempt
    qint64 elapsedMs = 0;
    int attempts = 0;
    ErrorKind errorKind = ErrorKind::None;
    QString errorDetail;
    QString file;            // absolute path of the saved file; empty when nothing was saved
    QString sha256;          // lower-case hex of the body; empty when no body was measured
    qint64 politeWaitMs = 0; // queued while its host's politeness rules held it back
    bool skipped = false;    // already complete and verified on disk: nothing was downloaded
    bool verified = false;   // the body has every digest the list gave (one at least)
    // What the item hook (--on-item-done) made of it: "ok", "failed: exit 3", "timeout";
    // empty when none ran. Set by the frontend that runs hooks, never by the engine.
    QString hook;
    int segments = 1; // how many ranges the body was fetched in; 1 when not segmented

    QString error() const { return formatError(errorKind, errorDetail); }
    bool isOk() const { return outcome == Outcome::Ok; }
};

Q_DECLARE_METATYPE(Result)
