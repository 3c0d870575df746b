// TestConnection::route: which response plan each path and query of the test server gets.
#include "rangedresource.h"
#include "testquery.h"
#include "testresponses.h"
#include "testserver_p.h"

#include <algorithm>

using namespace TestResponses;

// Routes (every size defaults to 1024 bytes, every seed to 0; a query value is percent-decoded):
//   /file?size=N[&seed=S][&name=x]   200, Content-Length, body(N, S); name -> Content-Disposition
//   /chunked?size=N                  200, Transfer-Encoding: chunked
//   /nolength?size=N                 200, no length, Connection: close, body ends at close
//   /slow?delay=MS&size=N            waits MS (default 500) before the status line
//   /silent                          reads the request and never answers (socket stays open)
//   /stall?size=N&after=M            Content-Length N, M bytes (default N/2), then nothing
//   /drip?size=N&chunk=K&interval=MS K bytes (default 1024) every MS ms (default 100)
//   /reset?after=M&size=N            Content-Length N, M bytes (default 0), then RST
//   /reset?after=-1                  RST before any byte of the response
//   /truncate?size=N&send=M          Content-Length N, M bytes (default N/2), clean close
//   /status?code=C[&size=N]          C (default 500) with a small text body (or body(N))
//   /flaky?fail=K&code=C&key=X[&retry-after=V][&size=N]
//                                    the first K (default 1) requests with key X answer C
//                                    (default 503, Retry-After: V verbatim), later ones 200
//   /fail-then-reset?fail=K&key=X    the first K requests with key X are reset, later ones 200
//   /redirect?to=URL&code=302        Location: URL verbatim (may be relative)
//   /chain?n=N[&code=301]            redirects to /chain?n=N-1 (other items kept); n=0 is a 200
//   /loop -> /loop2 -> /loop; /self -> itself (302)
//   /cd?value=V[&size=N]             200 with Content-Disposition: V as raw bytes
//   /ranged?size=N[&...]             validators, Range/If-Range, 206/416, throttling, an entity
//                                    that changes: see rangedresource.h
//   /headers?h=Name:Value...         200 "headers\n"
//   /echo-headers                    200, body = the request header lines as received
//   /auth?user=U&pass=P[&size=N]     401 with a Basic challenge unless those credentials come
//   /many-headers?count=N&size=S     200 with N extra headers X-Pad-<i> of S bytes each
//   /bad-chunked?kind=K              Transfer-Encoding: chunked with a broken body, then close:
//                                    hex (size not hex), short (size larger than what follows),
//                                    huge (size overflows 64 bits), noterm (chunk without CRLF)
//   /long-redirect?len=N             302 to /file?pad=<N bytes> (a Location of N + 10 bytes)
//   /any/...                         200 like /file, whatever follows /any/
//   /                                200, a short text naming the server
//   anything else                    404
// On every route: delay=MS waits before answering, h=Name:Value adds or replaces a response
// header (after the server's own, so h=Content-Length:5 lies on purpose), close=1 closes the
// connection after the response. HEAD gets the same head without a body.

ResponsePlan TestConnection::route(const RecordedRequest &request)
{
    const qsizetype q = request.target.indexOf('?');
    const Query query(q < 0 ? QByteArray() : request.target.mid(q + 1));
    const QString &path = request.path;
    auto countKey = [this](const QString &key) {
        QMutexLocker lock(&m_state->mutex);
        return ++m_state->keyCounts[key];
    };

    ResponsePlan plan;
    if (path == QLatin1String("/ranged")) {
        plan = rangedPlan(request, query, countKey);
    } else if (path == QLatin1String("/file")) {
        plan = bodyPlan(query);
        if (query.has("name"))
            plan.headers.emplaceBack("Content-Disposition",
                                     "attachment; filename=\"" + query.value("name") + '"');
    } else if (path == QLatin1String("/chunked")) {
        plan = bodyPlan(query);
        plan.framing = ResponsePlan::Framing::Chunked;
    } else if (path == QLatin1String("/nolength")) {
        plan = bodyPlan(query);
        plan.framing = ResponsePlan::Framing::UntilClose;
        plan.end = ResponsePlan::End::Close;
    } else if (path == QLatin1String("/slow")) {
        plan = bodyPlan(query);
        plan.delayMs = int(query.number("delay", 500));
    } else if (path == QLatin1String("/silent")) {
        plan.silent = true;
    } else if (path == QLatin1String("/stall")) {
        plan = bodyPlan(query);
        plan.sendLimit = query.number("after", plan.bodySize / 2);
        plan.end = ResponsePlan::End::HoldOpen;
    } else if (path == QLatin1String("/drip")) {
        plan = bodyPlan(query);
        plan.dripChunk = std::max<qint64>(1, query.number("chunk", 1024));
        plan.dripIntervalMs = int(query.number("interval", 100));
    } else if (path == QLatin1String("/reset")) {
        plan = bodyPlan(query);
        const qint64 after = query.number("after", 0);
        plan.resetFirst = after < 0;
        plan.sendLimit = std::max<qint64>(0, after);
        plan.end = ResponsePlan::End::Abort;
    } else if (path == QLatin1String("/truncate")) {
        plan = bodyPlan(query);
        plan.sendLimit = query.number("send", plan.bodySize / 2);
        plan.end = ResponsePlan::End::Close;
    } else if (path == QLatin1String("/status")) {
        const int code = int(query.number("code", 500));
        plan = query.has("size") ? bodyPlan(query, code)
                                 : textPlan(code, "status " + QByteArray::number(code) + '\n');
        if (bodyless(code)) {
            plan.bodySize = 0;
            plan.declaredLength = 0;
        }
    } else if (path == QLatin1String("/flaky")) {
        const QString key = QString::fromUtf8(query.value("key"));
        if (countKey(QStringLiteral("flaky:") + key) <= query.number("fail", 1)) {
            const int code = int(query.number("code", 503));
            plan = textPlan(code, "flaky " + QByteArray::number(code) + '\n');
            if (query.has("retry-after"))
                plan.headers.emplaceBack("Retry-After", query.value("retry-after"));
        } else {
            plan = bodyPlan(query);
        }
    } else if (path == QLatin1String("/fail-then-reset")) {
        const QString key = QString::fromUtf8(query.value("key"));
        plan = bodyPlan(query);
        if (countKey(QStringLiteral("reset:") + key) <= query.number("fail", 1))
            plan.resetFirst = true;
    } else if (path == QLatin1String("/redirect")) {
        plan = query.has("to") ? redirectPlan(int(query.number("code", 302)), query.value("to"))
                               : textPlan(400, "redirect needs to=URL\n");
    } else if (path == QLatin1String("/chain")) {
        const qint64 n = query.number("n", 3);
        if (n <= 0) {
            plan = bodyPlan(query);
        } else {
            QByteArray next = "/chain?n=" + QByteArray::number(n - 1);
            for (const QByteArray &part : query.raw().split('&')) {
                if (!part.isEmpty() && !part.startsWith("n=") && part != "n")
                    next += '&' + part;
            }
            plan = redirectPlan(int(query.number("code", 302)), next);
        }
    } else if (path == QLatin1String("/loop")) {
        plan = redirectPlan(302, "/loop2");
    } else if (path == QLatin1String("/loop2")) {
        plan = redirectPlan(302, "/loop");
    } else if (path == QLatin1String("/self")) {
        plan = redirectPlan(302, request.target);
    } else if (path == QLatin1String("/cd")) {
        plan = bodyPlan(query);
        plan.headers.emplaceBack("Content-Disposition", query.value("value"));
    } else if (path == QLatin1String("/headers")) {
        plan = query.has("size") ? bodyPlan(query) : textPlan(200, "headers\n");
    } else if (path == QLatin1String("/auth")) {
        // Basic authentication: user=U&pass=P; the body once the client sends them.
        const QByteArray expected =
            "Basic " + (query.value("user") + ':' + query.value("pass")).toBase64();
        if (request.header("Authorization") == expected) {
            plan = bodyPlan(query);
        } else {
            plan = textPlan(401, "credentials needed\n");
            plan.headers.emplaceBack("WWW-Authenticate", "Basic realm=\"fanout-test\"");
        }
    } else if (path == QLatin1String("/echo-headers")) {
        QByteArray text;
        for (const auto &h : request.headers)
            text += h.first + ": " + h.second + "\r\n";
        plan = textPlan(200, text);
    } else if (path == QLatin1String("/many-headers")) {
        plan = textPlan(200, "many headers\n");
        const qint64 count = std::clamp<qint64>(query.number("count", 100), 0, 1000000);
        const QByteArray value(
            qsizetype(std::clamp<qint64>(query.number("size", 10), 0, 64 * 1024 * 1024)), 'a');
        for (qint64 i = 0; i < count; ++i)
            plan.headers.emplaceBack("X-Pad-" + QByteArray::number(i), value);
    } else if (path == QLatin1String("/bad-chunked")) {
        const QByteArray kind = query.value("kind");
        QByteArray body;
        if (kind == "hex")
            body = "zz\r\nhello\r\n0\r\n\r\n";
        else if (kind == "short")
            body = "1000\r\nonly a few bytes";
        else if (kind == "huge")
            body = "fffffffffffffffffffff\r\nhello\r\n0\r\n\r\n";
        else
            body = "5\r\nhelloXX5\r\nhello\r\n0\r\n\r\n";
        plan = textPlan(200, body);
        plan.framing = ResponsePlan::Framing::UntilClose;
        plan.headers.emplaceBack("Transfer-Encoding", "chunked");
        plan.end = ResponsePlan::End::Close;
    } else if (path == QLatin1String("/long-redirect")) {
        const qint64 len = std::clamp<qint64>(query.number("len", 100 * 1024), 0, 16 << 20);
        plan = redirectPlan(302, "/file?pad=" + QByteArray(qsizetype(len), 'a'));
        plan.fixedBody = "long redirect\n"; // not the Location again
        plan.bodySize = plan.declaredLength = plan.fixedBody.size();
    } else if (path.startsWith(QLatin1String("/any/"))) {
        plan = bodyPlan(query);
    } else if (path == QLatin1String("/")) {
        plan = textPlan(200, "fanout-testserver\n");
    } else {
        plan = textPlan(404, "not found\n");
    }

    if (path != QLatin1String("/slow") && query.has("delay"))
        plan.delayMs = int(query.number("delay", 0));
    if (query.number("close", 0) != 0 && plan.end == ResponsePlan::End::KeepAlive)
        plan.end = ResponsePlan::End::Close;
    for (const auto &item : query.items()) {
        if (item.first != "h")
            continue;
        const qsizetype colon = item.second.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = item.second.left(colon).trimmed();
        const QByteArray value = item.second.mid(colon + 1).trimmed();
        plan.headers.emplaceBack("\x01" + name, value); // marked: replaces same-name headers
    }
    return plan;
}
