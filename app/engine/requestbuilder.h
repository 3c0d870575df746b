#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QUrl>

class QNetworkReply;
struct TransferConfig;

// Request building for one attempt: the GET for one URL of it, with the User-Agent, the
// user's headers and per-host headers (credential headers only to the host the user named),
// Accept-Encoding identity, HTTP/2 allowed, refused or spoken directly (h2c), redirects left to the
// attempt, no cache, the TLS configuration, Range and If-Range when resuming; and the reply's read
// buffer. The cookies, netrc and typed credentials and the proxy belong to the lane's
// QNetworkAccessManager (its cookie jar, authenticationRequired and proxy), not to a request.
class RequestBuilder final
{
public:
    // Bodies at least this large are fetched over HTTP/1.1 even where HTTP/2 is offered: Qt
    // 6.4's HTTP/2 ignores the reply's read-buffer limit and acknowledges data as soon as its own
    // thread has it, so a body that arrives faster than it is hashed and written piles up in
    // memory (142 MiB peak for 4 x 64 MiB). Over HTTP/1.1 the bounded read buffer stops reading
    // the socket instead.
    static constexpr qint64 http1BodyBytes = 16 * 1024 * 1024;

    // The Range and If-Range of a resumed request; empty range: the whole body.
    struct Resume
    {
        QByteArray range;
        QByteArray ifRange;
    };

    // `origin` is the URL the user named: the host credential headers may go to.
    // `closeWhenIdle`: a connection this attempt opens is closed once idle, not kept in Qt's
    // connection cache for two minutes (about 14 KB each: a list of 100,000 distinct hosts took
    // 1.3 GiB). Only the request that opens a connection decides its expiry.
    // `itemHeaders`: the list line's header= fields, sent with this item's requests only (and,
    // those carrying credentials, to its own host only); may be null.
    RequestBuilder(const TransferConfig &config, const QUrl &origin, bool closeWhenIdle = false,
                   const QList<QPair<QByteArray, QByteArray>> *itemHeaders = nullptr);

    QNetworkRequest request(const QUrl &url, bool http1, const Resume &resume = {}) const;
    // What a reply of this attempt needs before its first byte.
    void prepare(QNetworkReply *reply) const;
    // Whether this answer came over HTTP/2 with a body large enough to be asked for again over
    // HTTP/1.1 (see http1BodyBytes).
    // Never for http:// with prior knowledge: such a server may not speak HTTP/1.1 at all.
    bool wantsHttp1For(const QNetworkReply &reply) const;
    // --http2-prior-knowledge and a plain http:// URL: HTTP/2 from the first byte (h2c).
    bool speaksOnlyHttp2(const QUrl &url) const;

private:
    void applyHeaders(QNetworkRequest &request, const QUrl &url) const;

    const TransferConfig &m_config;
    QUrl m_origin;
    bool m_closeWhenIdle;
    const QList<QPair<QByteArray, QByteArray>> *m_itemHeaders;
};
