#include "checksumfile.h"

#include <QCoreApplication>

#include <algorithm>

#include "linebuilder.h"
#include "urlsyntax.h"

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's texts: English without a translator (headless), the
// window's language in the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumFile)
};

bool isHex(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), UrlSyntax::isHexDigit);
}

// GNU coreutils writes a name holding a backslash or a line break with a leading backslash on
// the line and "\\", "\n" and "\r" escapes in the name.
QString unescaped(QStringView name, bool escaped, bool *ok)
{
    *ok = true;
    if (!escaped)
        return name.toString();
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] != u'\\') {
            out += name[i];
            continue;
        }
        const QChar next = i + 1 < name.size() ? name[i + 1] : QChar();
        if (next == u'\\')
            out += u'\\';
        else if (next == u'n')
            out += u'\n';
        else if (next == u'r')
            out += u'\r';
        else
            *ok = false;
        ++i;
    }
    return out;
}

} // namespace

QString ChecksumFile::normalized(QStringView name)
{
    QString out;
    for (const QStringView part : name.tokenize(u'/')) {
        if (part.isEmpty() || part == u".")
            continue;
        if (!out.isEmpty())
            out += u'/';
        out += part;
    }
    return out;
}

bool ChecksumFile::readLine(QStringView line, QString *name, Digest *digest, QString *why)
{
    why->clear();
    QStringView rest = line;
    const bool escaped = rest.startsWith(u'\\');
    if (escaped)
        rest = rest.mid(1);
    QString rawName;
    QString hex;
    const qsizetype open = rest.indexOf(u" (");
    const qsizetype close = rest.lastIndexOf(u") = ");
    if (open > 0 && close > open && isHex(rest.mid(close + 4).trimmed()) &&
        std::all_of(rest.begin(), rest.begin() + open,
                    [](QChar c) { return c.isLetterOrNumber() || c == u'-'; })) {
        // BSD: TAG (NAME) = HEX
        const QStringView tag = rest.first(open);
        hex = rest.mid(close + 4).trimmed().toString();
        digest->key = LineBuilder::digestKey(tag);
        if (digest->key.isEmpty()) {
            *why =
                Text::tr("ignored: %1 digests are not checked (MD5, SHA1, SHA256 and SHA512 are)")
                    .arg(tag.left(20).toString());
            return false;
        }
        if (LineBuilder::digestKeyForLength(hex.size()) != digest->key) {
            *why = Text::tr("a %1 digest has %2 hex digits").arg(tag.toString()).arg(hex.size());
            return false;
        }
        rawName = rest.mid(open + 2, close - open - 2).toString();
    } else {
        // GNU: HEX, a space, then a space (text) or '*' (binary), then NAME.
        const qsizetype space = rest.indexOf(u' ');
        if (space <= 0 || !isHex(rest.first(space)) || space + 2 > rest.size()) {
            *why = Text::tr("not a checksum line (HEX  NAME or TAG (NAME) = HEX)");
            return false;
        }
        hex = rest.first(space).toString();
        digest->key = LineBuilder::digestKeyForLength(hex.size());
        if (digest->key.isEmpty()) {
            *why = Text::tr("a digest of %1 hex digits (32 md5, 40 sha1, 64 sha256, 128 sha512)")
                       .arg(hex.size());
            return false;
        }
        const QChar mode = rest[space + 1];
        rawName = rest.mid(space + ((mode == u' ' || mode == u'*') ? 2 : 1)).toString();
    }
    bool ok = false;
    *name = normalized(unescaped(rawName, escaped, &ok));
    if (!ok || name->isEmpty()) {
        *why = ok ? Text::tr("no file name") : Text::tr("a malformed escape in the file name");
        return false;
    }
    digest->hex = hex.toLower();
    return true;
}

ChecksumFile ChecksumFile::parse(QStringView text)
{
    ChecksumFile file;
    int number = 0;
    auto note = [&file](int line, const QString &message) {
        if (file.m_notes.size() < maxNotes)
            file.m_notes.append(Note{line, message});
    };
    if (text.startsWith(QChar(0xfeff))) // a byte order mark an editor wrote
        text = text.mid(1);
    for (const QStringView raw : text.tokenize(u'\n')) {
        ++number;
        const QStringView line = raw.endsWith(u'\r') ? raw.chopped(1) : raw;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        QString name;
        QString why;
        Digest digest;
        digest.line = number;
        if (!readLine(line, &name, &digest, &why)) {
            note(number, why);
            continue;
        }
        QList<Digest> &known = file.m_digests[name];
        const auto same = std::find_if(known.begin(), known.end(),
                                       [&](const Digest &d) { return d.key == digest.key; });
        if (same == known.end()) {
            known.append(digest);
        } else if (same->hex != digest.hex) {
            note(number, Text::tr("%1 has another %2 on line %3; the first is kept")
                             .arg(name.left(200), digest.key)
                             .arg(same->line));
        }
    }
    return file;
}
