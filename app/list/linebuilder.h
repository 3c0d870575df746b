#pragma once

#include <QString>
#include <QStringView>

// Composes one line of the list format from what another format says about a file: the URL,
// then TAB-separated fields (name=, dir=, md5=, sha1=, sha256=, sha512=, mirror=, header=).
// Values are written as given, so that the list parser judges them (a bad digest or a dir= that
// leaves the output folder becomes an invalid line with its reason); only a value the format
// cannot carry at all (a TAB or a line break) is refused here, with the reason.
class LineBuilder final
{
public:
    explicit LineBuilder(QStringView url);

    // Adds `key=value` (trimmed; nothing for an empty value); a refused value sets problem()
    // and is left out.
    void add(QStringView key, QStringView value);
    QString text() const { return m_text; }
    // The first value refused (names the field), or empty.
    const QString &problem() const { return m_problem; }
    bool hasUrl() const { return m_hasUrl; }

    // The list format's key for a digest algorithm as other formats spell it ("MD5", "sha-1",
    // "SHA256", "sha-512"...), or an empty string when the list format has no such digest.
    static QString digestKey(QStringView algorithm);
    // The digest a hex string of this length would be (32 md5, 40 sha1, 64 sha256, 128 sha512).
    static QString digestKeyForLength(qsizetype hexDigits);
    // True for http:// and https:// URLs (any case), the only ones a list line may fetch.
    static bool isHttpUrl(QStringView url);
    // Why `value` cannot be carried in a field, or an empty string.
    static QString uncarriable(QStringView value);

    // A line longer than this stops taking fields (the list parser refuses it anyway).
    static constexpr qsizetype maxLength = 4 * 1024 * 1024;

private:
    QString m_text;
    QString m_problem;
    bool m_hasUrl = false;
};
