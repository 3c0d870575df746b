#pragma once

#include <QString>
#include <QUrl>

// Whether a piece of list text is a URL Fanout fetches: http or https with a host, no control
// characters, not too long. Cheap checks come first so that hostile text never reaches QUrl.
// Shared by a line's URL and its mirrors.
class UrlCheck final
{
public:
    // Text longer than this is refused instead of being handed to QUrl.
    static constexpr int MaxLength = 8192;

    // The reason `text` is unusable, or an empty string when *url was set to the valid URL.
    static QString problem(const QString &text, QUrl *url);
};
