#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Derives the name a download is saved under, from Content-Disposition or the URL, and reduces
// it to a safe bare name that can only ever land inside the output folder.
namespace FileName {

// The file name a Content-Disposition header value names (RFC 6266): filename* (RFC 8187,
// charset UTF-8 or ISO-8859-1, percent-decoded) wins over filename (token or quoted-string).
// Empty when the header names none. The result is NOT yet safe: pass it through sanitized().
QString fromContentDisposition(const QByteArray &headerValue);

// The last path segment of the URL, percent-decoded; empty when the path ends in '/'.
QString fromUrl(const QUrl &url);

// A safe bare name: no path separators of either kind (nor their Unicode look-alikes), no
// control characters, no characters Windows forbids, not "." or "..", no leading dot, no
// trailing dots or spaces, not a reserved device name, at most maxBytes of UTF-8 with the
// extension kept. Empty input (or input that reduces to nothing) yields fallback.
QString sanitized(const QString &name, const QString &fallback = QStringLiteral("download"),
                  int maxBytes = 200);

// Content-Disposition first, then the URL, then "index.html"; always sanitized.
QString choose(const QByteArray &contentDisposition, const QUrl &url);

// "name (n).ext" for n >= 1 ("archive.tar.gz" -> "archive (1).tar.gz").
QString withSuffix(const QString &name, int n);

} // namespace FileName
