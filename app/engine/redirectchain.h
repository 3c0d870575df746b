#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QUrl>

// The redirect rules of one attempt: where a Location may lead (http or https only, never from
// https down to http, no loop, at most maxHops hops) and what of the user's credentials may
// follow a hop (the URL's user info within the same origin only; Authorization, Cookie and
// Proxy-Authorization headers to the host the user named only). No network: a value that
// remembers the URLs visited, fed one hop at a time. In engine/ for its texts, which show URLs
// as the list does (UrlList::redacted).
class RedirectChain final
{
public:
    static constexpr int maxHops = 10;

    // What a redirect leads to: the next URL to ask, or why the hop is refused.
    struct Hop
    {
        QUrl next;       // valid when the hop is taken
        QString refusal; // the error detail when it is not
    };

    explicit RedirectChain(const QUrl &start = {});

    static bool isRedirect(int status);
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // Whether a header may be sent to `url` in an attempt that began at `origin`.
    static bool mayCarry(const QByteArray &headerName, const QUrl &origin, const QUrl &url);

    // A `status` answer from `current` with this Location header: the hop, checked and counted.
    Hop follow(const QUrl &current, int status, const QByteArray &location);
    int hops() const { return m_hops; }

private:
    QSet<QUrl> m_visited; // without fragments
    int m_hops = 0;
};
