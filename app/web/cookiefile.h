#pragma once

#include <QList>
#include <QNetworkCookie>
#include <QString>

// Reads a Netscape/Mozilla cookies.txt, the format curl and browsers' export tools write: one
// cookie a line, seven tab-separated fields (domain, include-subdomains TRUE/FALSE, path,
// secure TRUE/FALSE, expiry in unix seconds with 0 for a session cookie, name, value). A
// "#HttpOnly_" prefix on the domain marks an httpOnly cookie; other lines starting with '#' and
// blank lines are comments; CRLF line ends are fine.
//
// Malformed lines: every good line is loaded and every bad one is reported (line number and
// reason, never the cookie's value), and load() returns false when there was any. A user who
// points us at a half-broken export wants to hear about it rather than see 403s later; a caller
// that prefers to carry on may still use *out. Stateless: safe from any thread.
class CookieFile final
{
public:
    // false with *error set when the file cannot be read or has malformed lines; *out then holds
    // the cookies of the good lines (empty when unreadable). Host-only cookies (include-subdomains
    // FALSE) keep the exact host as domain; domain cookies get a leading dot, which is how
    // QNetworkCookieJar tells them apart.
    static bool load(const QString &path, QList<QNetworkCookie> *out, QString *error);
    // The same for text already in memory; the file name is only used in messages.
    static bool parse(const QByteArray &text, QList<QNetworkCookie> *out, QString *error,
                      const QString &fileName = QString());
};
