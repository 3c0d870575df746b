#include "filename.h"

#include <QHash>
#include <QStringDecoder>

#include <optional>

namespace {

using namespace Qt::StringLiterals;

// RFC 9110 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

// A small cursor over a header value; every parse step either consumes what it expects or
// reports failure, and a failure anywhere makes the whole header unusable (RFC 6266 gives no
// way to recover the intended name from a broken header, so guessing would be unsafe).
class Cursor
{
public:
    explicit Cursor(const QByteArray &data) : m_data(data) {}

    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }
    bool consume(char c)
    {
        if (peek() != c || atEnd())
            return false;
        ++m_pos;
        return true;
    }
    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()))
            ++m_pos;
        return m_data.mid(start, m_pos - start);
    }
    std::optional<QByteArray> quotedString()
    {
        if (!consume('"'))
            return std::nullopt;
        QByteArray out;
        while (!atEnd()) {
            const char c = m_data[m_pos++];
            if (c == '"')
                return out;
            if (c == '\\') {
                if (atEnd())
                    return std::nullopt;
                out += m_data[m_pos++];
                continue;
            }
            // CTLs other than tab are not allowed in a quoted-string.
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
                return std::nullopt;
            out += c;
        }
        return std::nullopt;
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 8187 ext-value: charset "'" [ language ] "'" value-chars. Only UTF-8 and ISO-8859-1
// are required by the RFC, and they are the only ones servers use in practice.
std::optional<QString> decodeExtValue(const QByteArray &value)
{
    const qsizetype q1 = value.indexOf('\'');
    const qsizetype q2 = q1 < 0 ? -1 : value.indexOf('\'', q1 + 1);
    if (q1 <= 0 || q2 < 0)
        return std::nullopt;
    const QByteArray charset = value.left(q1).toLower();
    const QByteArray encoded = value.mid(q2 + 1);
    QByteArray bytes;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '%') {
            if (i + 2 >= encoded.size())
                return std::nullopt;
            const int hi = hexValue(encoded[i + 1]);
            const int lo = hexValue(encoded[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            bytes += char(hi * 16 + lo);
            i += 2;
        } else if (c == '\'') {
            return std::nullopt;
        } else {
            bytes += c;
        }
    }
    if (charset == "utf-8") {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    }
    if (charset == "iso-8859-1") {
        // 0x80-0x9F are not characters in ISO-8859-1; seeing them means the value was UTF-8
        // (or cp1252) mislabelled, and the honest answer is that there is no name.
        for (const char c : std::as_const(bytes)) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x80 && u <= 0x9f)
                return std::nullopt;
        }
        return QString::fromLatin1(bytes);
    }
    return std::nullopt;
}

bool isSlashLike(char32_t c)
{
    return c == u'/' || c == u'\\' || c == 0x2215 || c == 0x2044 || c == 0xff0f || c == 0x29f8 ||
           c == 0xff3c || c == 0x2216;
}

bool isForbidden(char32_t c)
{
    // Control characters (C0, DEL, C1), what Windows forbids in names, and the bidirectional
    // controls that can make "gpj.exe" look like "exe.jpg".
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == u'<' || c == u'>' || c == u':' ||
           c == u'"' || c == u'|' || c == u'?' || c == u'*' || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f;
}

bool isReservedDeviceName(QStringView name)
{
    // Windows reserves these with any extension ("con.tar.gz") and any case.
    const qsizetype dot = name.indexOf(u'.');
    const QStringView base = (dot < 0 ? name : name.first(dot)).trimmed();
    static const QStringList fixed = {u"CON"_s, u"PRN"_s,    u"AUX"_s,
                                      u"NUL"_s, u"CONIN$"_s, u"CONOUT$"_s};
    for (const QString &r : fixed) {
        if (base.compare(r, Qt::CaseInsensitive) == 0)
            return true;
    }
    if (base.size() == 4 && (base.first(3).compare(u"COM", Qt::CaseInsensitive) == 0 ||
                             base.first(3).compare(u"LPT", Qt::CaseInsensitive) == 0)) {
        const QChar d = base[3];
        // Windows also treats the superscript digits as COM1-COM3.
        return (d >= u'1' && d <= u'9') || d == u'\u00b9' || d == u'\u00b2' || d == u'\u00b3';
    }
    return false;
}

bool isTrailingJunk(QChar c)
{
    return c == u'.' || c == u' ';
}

QString stripEnds(const QString &s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && (s[begin] == u'.' || s[begin].isSpace()))
        ++begin;
    while (end > begin && (isTrailingJunk(s[end - 1]) || s[end - 1].isSpace()))
        --end;
    return s.mid(begin, end - begin);
}

// The longest prefix of s whose UTF-8 form fits in maxBytes, never splitting a surrogate pair.
QString utf8Prefix(const QString &s, qsizetype maxBytes)
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const bool pair = s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate();
        const char16_t u = s[i].unicode();
        const qsizetype need = pair ? 4 : (u < 0x80 ? 1 : (u < 0x800 ? 2 : 3));
        if (bytes + need > maxBytes)
            break;
        bytes += need;
        i += pair ? 2 : 1;
    }
    return s.left(i);
}

qsizetype utf8Size(QStringView s)
{
    return s.toUtf8().size();
}

// The extension worth keeping when a name is shortened: short, not the whole name.
qsizetype extensionStart(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || name.size() - dot > 16 || dot == name.size() - 1)
        return -1;
    return dot;
}

QString fitBytes(const QString &name, int maxBytes)
{
    if (utf8Size(name) <= maxBytes)
        return name;
    const qsizetype dot = extensionStart(name);
    if (dot > 0) {
        const QString ext = name.mid(dot);
        const qsizetype extBytes = utf8Size(ext);
        if (extBytes * 2 <= maxBytes) {
            QString stem = utf8Prefix(name.left(dot), maxBytes - extBytes);
            while (!stem.isEmpty() && (isTrailingJunk(stem.back()) || stem.back().isSpace()))
                stem.chop(1);
            if (!stem.isEmpty())
                return stem + ext;
        }
    }
    return stripEnds(utf8Prefix(name, maxBytes));
}

} // namespace

namespace FileName {

QString fromContentDisposition(const QByteArray &headerValue)
{
    Cursor in(headerValue);
    in.skipSpace();
    if (in.token().isEmpty())
        return {};
    in.skipSpace();
    QHash<QByteArray, QString> params;
    QHash<QByteArray, bool> extOk;
    while (!in.atEnd()) {
        if (!in.consume(';'))
            return {};
        in.skipSpace();
        if (in.atEnd())
            break; // a trailing ';' is harmless and common
        const QByteArray name = in.token().toLower();
        if (name.isEmpty())
            return {};
        in.skipSpace();
        if (!in.consume('='))
            return {};
        in.skipSpace();
        QByteArray value;
        bool quoted = false;
        if (in.peek() == '"') {
            const std::optional<QByteArray> q = in.quotedString();
            if (!q)
                return {};
            value = *q;
            quoted = true;
        } else {
            value = in.token();
            if (value.isEmpty())
                return {};
        }
        in.skipSpace();
        if (!in.atEnd() && in.peek() != ';')
            return {};
        if (params.contains(name))
            return {}; // two filename parameters: no way to tell which was meant
        if (name.endsWith('*')) {
            // An ext-value may not be quoted; an undecodable one is ignored so that the plain
            // filename parameter, if any, still counts.
            const std::optional<QString> decoded = quoted ? std::nullopt : decodeExtValue(value);
            params.insert(name, decoded.value_or(QString()));
            extOk.insert(name, decoded.has_value());
        } else {
            // Without a charset, header bytes are ISO-8859-1 (RFC 6266 appendix C / TC2231).
            params.insert(name, QString::fromLatin1(value));
        }
    }
    if (extOk.value("filename*"))
        return params.value("filename*");
    return params.value("filename");
}

QString fromUrl(const QUrl &url)
{
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    const qsizetype slash = path.lastIndexOf('/');
    const QByteArray segment = QByteArray::fromPercentEncoding(path.mid(slash + 1));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString name = decoder.decode(segment);
    // Old servers percent-encode Latin-1; keep the letters rather than replacement marks.
    if (decoder.hasError())
        name = QString::fromLatin1(segment);
    return name;
}

QString sanitized(const QString &name, const QString &fallback, int maxBytes)
{
    const QString normalized = name.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(normalized.size());
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized[i];
        if (c.isHighSurrogate() && i + 1 < normalized.size() &&
            normalized[i + 1].isLowSurrogate()) {
            out += c;
            out += normalized[++i];
            continue;
        }
        const char32_t u = c.unicode();
        if (c.isSurrogate() || isSlashLike(u) || isForbidden(u))
            out += u'_';
        else
            out += c;
    }
    out = stripEnds(out);
    if (isReservedDeviceName(out))
        out.prepend(u'_');
    out = fitBytes(out, maxBytes);
    if (isReservedDeviceName(out)) // shortening "CONSOLE.txt" can produce "CON.txt"
        out = fitBytes(u'_' + out, maxBytes);
    if (out.isEmpty()) {
        if (fallback.isEmpty())
            return {};
        const QString safeFallback = sanitized(fallback, QString(), maxBytes);
        return safeFallback.isEmpty() ? u"download"_s : safeFallback;
    }
    return out;
}

QString choose(const QByteArray &contentDisposition, const QUrl &url)
{
    QString name = sanitized(fromContentDisposition(contentDisposition), QString());
    if (name.isEmpty())
        name = sanitized(fromUrl(url), QString());
    return name.isEmpty() ? u"index.html"_s : name;
}

QString withSuffix(const QString &name, int n)
{
    if (n < 1)
        return name;
    qsizetype dot = extensionStart(name);
    // "archive.tar.gz" is one extension to a person: number the archive, not the tarball.
    if (dot > 0) {
        const qsizetype inner = name.lastIndexOf(u'.', dot - 1);
        if (inner > 0 && name.mid(inner, dot - inner).compare(u".tar", Qt::CaseInsensitive) == 0)
            dot = inner;
    }
    const QString suffix = u" (%1)"_s.arg(n);
    if (dot < 0)
        return name + suffix;
    return name.left(dot) + suffix + name.mid(dot);
}

} // namespace FileName
