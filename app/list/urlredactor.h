#pragma once

#include <QString>
#include <QUrl>

// Removes the credentials (user name and password) from a URL, or from text that may not parse
// as one, before it is shown or stored.
class UrlRedactor final
{
public:
    static QString redacted(const QUrl &url);
    static QString redactedText(const QString &text);
};
