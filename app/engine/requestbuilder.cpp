#include "requestbuilder.h"

#include <QNetworkReply>

#include "redirectchain.h"
#include "transfer.h"

RequestBuilder::RequestBuilder(const TransferConfig &config, const QUrl &origin, bool closeWhenIdle,
                               const QList<QPair<QByteArray, QByteArray>> *itemHeaders)
    : m_config(config), m_origin(origin), m_closeWhenIdle(closeWhenIdle), m_itemHeaders(itemHeaders)
{}

QNetworkRequest RequestBuilder::request(const QUrl &url, bool http1, const Resume &resume) const
{
    QNetworkRequest request(url);
    // Byte counts and saved files must be what the server holds, not a decoded variant.
    request.setRawHeader("Accept-Encoding", "identity");
    applyHeaders(request, url);
    if (m_config.http1Only || (http1 && !speaksOnlyHttp2(url)))
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    else if (speaksOnlyHttp2(url))
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (m_config.ssl && url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(*m_config.ssl);
    if (m_closeWhenIdle)
        request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 0);
    if (!resume.range.isEmpty()) {
        request.setRawHeader("Range", resume.range);
        request.setRawHeader("If-Range", resume.ifRange);
    }
    return request;
}

void RequestBuilder::prepare(QNetworkReply *reply) const
{
    reply->setReadBufferSize(m_config.readBufferBytes);
}

bool RequestBuilder::speaksOnlyHttp2(const QUrl &url) const
{
    return m_config.http2PriorKnowledge && !m_config.http1Only &&
           url.scheme() == QLatin1String("http");
}

bool RequestBuilder::wantsHttp1For(const QNetworkReply &reply) const
{
    // A server reached with prior knowledge may not speak HTTP/1.1 at all.
    return !speaksOnlyHttp2(reply.url()) &&
           reply.attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() &&
           reply.header(QNetworkRequest::ContentLengthHeader).toLongLong() >= http1BodyBytes;
}

void RequestBuilder::applyHeaders(QNetworkRequest &request, const QUrl &url) const
{
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      m_config.userAgent.isEmpty() ? QByteArrayLiteral("Fanout/" FANOUT_VERSION)
                                                   : m_config.userAgent);
    // Headers that carry credentials go to the host the user named, never to one a redirect
    // leads to.
    auto apply = [&](const QByteArray &name, const QByteArray &value) {
        if (!RedirectChain::mayCarry(name, m_origin, url))
            return;
        if (name.toLower() == "user-agent")
            request.setHeader(QNetworkRequest::UserAgentHeader, value);
        else
            request.setRawHeader(name, value);
    };
    for (const auto &[name, value] : m_config.headers)
        apply(name, value);
    for (const auto &[host, header] : m_config.hostHeaders) {
        if (host.compare(url.host(), Qt::CaseInsensitive) == 0)
            apply(header.first, header.second);
    }
    if (m_itemHeaders) { // the item's own come last: they win over the batch's
        for (const auto &[name, value] : *m_itemHeaders)
            apply(name, value);
    }
}
