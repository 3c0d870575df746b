#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QUrl>

class QNetworkReply;
struct TransferConfig;

// Request building for one attempt: the GET for one URL of it, with the User-Agent, the
// user's headers and per-host headers (credential headers only to the host the user named),
// Accept-Encoding identity, HTTP/2 allowed or not, redirects left to the attempt, no cache,
// the TLS configuration, Range and If-Range when resuming; and the reply's read buffer. The
// cookies, netrc and typed credentials and the proxy belong to the lane's
// QNetworkAccessManager (its cookie jar, authenticationRequired and proxy), not to a request.
class RequestBuilder final
{
public:
    // The Range and If-Range of a resumed request; empty range: the whole body.
    struct Resume
    {
        QByteArray range;
        QByteArray ifRange;
    };

    // `origin` is the URL the user named: the host credential headers may go to.
    RequestBuilder(const TransferConfig &config, const QUrl &origin);

    QNetworkRequest request(const QUrl &url, bool http1, const Resume &resume = {}) const;
    // What a reply of this attempt needs before its first byte.
    void prepare(QNetworkReply *reply) const;

private:
    void applyHeaders(QNetworkRequest &request, const QUrl &url) const;

    const TransferConfig &m_config;
    QUrl m_origin;
};
