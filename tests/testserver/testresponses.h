#pragma once

#include "testquery.h"
#include "testserver_p.h"

#include <QByteArray>

// The response plans the routes are made of (a text, a generated body, a redirect) and the
// words of a status line. Pure functions: no sockets.
namespace TestResponses {

constexpr qint64 kDefaultSize = 1024; // every route's size= default

QByteArray reasonPhrase(int status);
bool bodyless(int status); // 1xx, 204, 304
QByteArray httpDate();     // now, as an HTTP Date header
ResponsePlan textPlan(int status, const QByteArray &text);
ResponsePlan bodyPlan(const Query &query, int status = 200); // size=, seed=
ResponsePlan redirectPlan(int status, const QByteArray &location);

} // namespace TestResponses
