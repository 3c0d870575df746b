#include "listformat.h"

#include "aria2input.h"
#include "checksumfile.h"
#include "linebuilder.h"
#include "resultscsv.h"

using namespace Qt::StringLiterals;

namespace {

bool looksLikeMetalink(QStringView text)
{
    const QStringView start = text.trimmed();
    if (!start.startsWith(u'<'))
        return false;
    // The root element comes after an XML declaration, comments or a DOCTYPE.
    const qsizetype root = start.indexOf(u"<metalink");
    if (root < 0)
        return false;
    const QStringView before = start.first(root);
    qsizetype pos = 0;
    while ((pos = before.indexOf(u'<', pos)) >= 0) {
        const QStringView tag = before.mid(pos + 1);
        if (!tag.startsWith(u'?') && !tag.startsWith(u'!'))
            return false; // another element comes first
        ++pos;
    }
    return true;
}

// Whether the lines seen are all checksum lines (at least one).
bool looksLikeChecksums(QStringView text, bool complete)
{
    int lines = 0;
    const QList<QStringView> all = text.split(u'\n');
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i == all.size() - 1 && !complete)
            break; // cut by the head's end
        QStringView line = all[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        QString name;
        QString why;
        ChecksumFile::Digest digest;
        // A line of a digest Fanout does not check (SHA384 (x) = ...) or of an odd length is
        // still a checksum line: the checksum reader reports it.
        if (!ChecksumFile::readLine(line, &name, &digest, &why) && !why.startsWith(u"ignored:") &&
            !why.startsWith(u"a "))
            return false;
        ++lines;
    }
    return lines > 0;
}

// An option line (white space, NAME=VALUE) after a URI line.
bool looksLikeAria2(QStringView text)
{
    bool afterUri = false;
    for (QStringView line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView content = line.trimmed();
        if (content.isEmpty() || content.startsWith(u'#'))
            continue;
        if (!Aria2Input::isOptionLine(line)) {
            afterUri = true;
            continue;
        }
        const qsizetype eq = content.indexOf(u'=');
        if (afterUri && eq > 0 && std::all_of(content.begin(), content.begin() + eq, [](QChar c) {
                return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
            }))
            return true;
    }
    return false;
}

} // namespace

ListFormat::Kind ListFormat::detect(QByteArrayView head, QStringView fileName)
{
    const bool complete = head.size() < headBytes;
    QString text = QString::fromUtf8(head.first(std::min(head.size(), headBytes)));
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QString lowerName = fileName.toString().toLower();
    if (lowerName.endsWith(u".meta4") || lowerName.endsWith(u".metalink") ||
        looksLikeMetalink(text))
        return Kind::Metalink;
    const qsizetype firstBreak = text.indexOf(u'\n');
    QStringView firstLine =
        firstBreak < 0 ? QStringView(text) : QStringView(text).first(firstBreak);
    if (firstLine.endsWith(u'\r'))
        firstLine.chop(1);
    // A list line never holds a comma before its URL's scheme; a results CSV's header does.
    if (firstLine.contains(u',') && !LineBuilder::isHttpUrl(firstLine.trimmed()) &&
        ResultsCsv::isHeader(firstLine))
        return Kind::ResultsCsv;
    if (looksLikeChecksums(text, complete))
        return Kind::Checksums;
    if (looksLikeAria2(text))
        return Kind::Aria2;
    return Kind::Plain;
}

QString ListFormat::name(Kind kind)
{
    switch (kind) {
    case Kind::Plain:
        return u"list"_s;
    case Kind::Aria2:
        return u"aria2 input file"_s;
    case Kind::Metalink:
        return u"Metalink document"_s;
    case Kind::ResultsCsv:
        return u"results CSV"_s;
    case Kind::Checksums:
        return u"checksum file"_s;
    }
    return {};
}
