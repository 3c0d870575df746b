#include "testresponses.h"
#include "testquery.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace TestResponses {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool bodyless(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

QByteArray httpDate()
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(),
                         QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
               .toLatin1() +
           " GMT";
}

ResponsePlan textPlan(int status, const QByteArray &text)
{
    ResponsePlan plan;
    plan.status = status;
    plan.headers.emplaceBack("Content-Type", "text/plain; charset=utf-8");
    plan.generated = false;
    plan.fixedBody = bodyless(status) ? QByteArray() : text;
    plan.bodySize = plan.fixedBody.size();
    plan.declaredLength = plan.bodySize;
    return plan;
}

ResponsePlan bodyPlan(const Query &query, int status)
{
    ResponsePlan plan;
    plan.status = status;
    plan.headers.emplaceBack("Content-Type", "application/octet-stream");
    plan.bodySize = std::max<qint64>(0, query.number("size", kDefaultSize));
    plan.declaredLength = plan.bodySize;
    plan.seed = int(query.number("seed", 0));
    return plan;
}

ResponsePlan redirectPlan(int status, const QByteArray &location)
{
    ResponsePlan plan = textPlan(status, "redirecting to " + location + '\n');
    plan.headers.emplaceBack("Location", location);
    return plan;
}

} // namespace TestResponses
