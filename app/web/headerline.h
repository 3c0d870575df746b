#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Reads and writes the "Name: value" lines of -H/--header and the settings' header editors, and
// the settings' per-host "host: Name: value" lines. A name must be an RFC 9110 token; a value
// may not hold control characters (a CR or LF would let a header inject others) and is sent as
// Latin-1, so characters beyond it are refused rather than mangled. Errors name the line number.
// Stateless: safe from any thread.
class HeaderLine final
{
public:
    using Header = QPair<QByteArray, QByteArray>;
    using HostHeader = QPair<QString, Header>;

    // One "Name: value"; the value is trimmed and may be empty.
    static bool parse(const QString &line, Header *out, QString *error);
    // Every non-blank line of text; false with the first bad line's number and reason.
    static bool parseLines(const QString &text, QList<Header> *out, QString *error);
    // Every non-blank "host: Name: value" line; the host is lower-cased.
    static bool parseHostLines(const QString &text, QList<HostHeader> *out, QString *error);

    static QString format(const QList<Header> &headers);
    static QString formatHostLines(const QList<HostHeader> &headers);

    // A User-Agent (or any header value) the rules above allow.
    static bool isValidValue(const QString &value);
};
