#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

struct EngineOptions;

// The headless flags that shape each request and its connection, kept out of HeadlessOptions:
// -H, --user-agent, --cookies, --netrc-file, --proxy and --no-proxy, --limit-rate, --http1 and
// --http2-prior-knowledge, and the CAs --ca-cert trusts. Their help texts, and reading and
// checking them into EngineOptions with the message a usage error prints. HeadlessOptions adds
// them to its parser, each at its place in --help.
struct RequestFlags final
{
    RequestFlags();

    // From -H to --http2-prior-knowledge: false with *error set on a usage error.
    bool read(const QCommandLineParser &parser, EngineOptions *engine, QString *error) const;
    // --ca-cert: its file's certificates (PEM, else DER), read after every other flag is
    // checked. False with *error set when the file cannot be read or holds none.
    bool readCaCert(const QCommandLineParser &parser, EngineOptions *engine, QString *error) const;

    QCommandLineOption caCert;
    QCommandLineOption header;
    QCommandLineOption userAgent;
    QCommandLineOption cookies;
    QCommandLineOption netrc;
    QCommandLineOption proxy;
    QCommandLineOption noProxy;
    QCommandLineOption limitRate;
    QCommandLineOption http1;
    QCommandLineOption http2PriorKnowledge;
};
