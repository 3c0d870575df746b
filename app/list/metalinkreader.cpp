#include "metalinkreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

#include "linebuilder.h"
#include "listsink.h"

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's texts: English without a translator (headless), the
// window's language in the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetalinkReader)
};

struct Source
{
    qint64 rank = 0; // lower first
    QString url;
};

constexpr qint64 unranked = 1'000'000'000;

// RFC 5854: priority 1 is the highest, a URL without one comes after those with one. v3:
// preference 100 is the best, 0 the worst.
qint64 rankOf(const QXmlStreamAttributes &attributes, bool version3)
{
    bool ok = false;
    if (version3) {
        const qint64 preference = attributes.value("preference"_L1).toLongLong(&ok);
        return ok ? std::clamp<qint64>(unranked - preference, 0, unranked) : unranked;
    }
    const qint64 priority = attributes.value("priority"_L1).toLongLong(&ok);
    return ok ? std::clamp<qint64>(priority, 0, unranked) : unranked;
}

// Lines count from 1, QXmlStreamReader's columns from 0: both from 1 for people.
QString where(const QXmlStreamReader &xml)
{
    return Text::tr("line %1, column %2").arg(xml.lineNumber()).arg(xml.columnNumber() + 1);
}

// The reader's message quotes the offending character, which may be a control character.
QString printable(const QString &message)
{
    QString out;
    for (const QChar c : message) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

} // namespace

MetalinkReader::MetalinkReader(ListSink *sink) : m_sink(sink) {}

bool MetalinkReader::read(QIODevice *in)
{
    QXmlStreamReader xml(in);
    xml.setNamespaceProcessing(true);
    xml.setEntityExpansionLimit(entityExpansionLimit);
    bool sawRoot = false;
    bool version3 = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!sawRoot) {
            sawRoot = true;
            if (xml.name() != u"metalink") {
                m_sink->fail(Text::tr("not a Metalink document: the root element is <%1>")
                                 .arg(xml.name().left(100).toString()));
                return false;
            }
            version3 = xml.namespaceUri() == u"http://www.metalinker.org/" ||
                       xml.attributes().value("version"_L1).startsWith(u"3");
            continue;
        }
        if (xml.name() == u"file")
            readFile(xml, version3);
    }
    if (xml.hasError()) {
        m_sink->fail(
            Text::tr("malformed Metalink at %1: %2").arg(where(xml), printable(xml.errorString())));
        return false;
    }
    if (!sawRoot) {
        m_sink->fail(Text::tr("not a Metalink document: no element"));
        return false;
    }
    return true;
}

void MetalinkReader::readFile(QXmlStreamReader &xml, bool version3)
{
    const int line = int(xml.lineNumber());
    const QString name = xml.attributes().value("name"_L1).toString();
    std::vector<Source> sources;
    QStringList digests; // "sha256=HEX"
    QString size;        // <size>, as written: the list parser judges it
    int depth = 1;
    int piecesDepth = 0; // inside <pieces>: hashes of parts, not of the file
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (piecesDepth == depth)
                piecesDepth = 0;
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QStringView element = xml.name();
        if (element == u"pieces") {
            piecesDepth = depth;
        } else if (element == u"url" && piecesDepth == 0) {
            // v3 lists torrents and other protocols among the URLs, told by their type.
            const QStringView type = xml.attributes().value("type"_L1);
            if (version3 && !type.isEmpty() && type != u"http" && type != u"https") {
                noteOnce(line, u"url type "_s + type.toString(),
                         Text::tr("ignored: <url type=\"%1\"> (only http and https are fetched)")
                             .arg(type.left(40).toString()));
                xml.skipCurrentElement();
                --depth;
                continue;
            }
            const qint64 rank = rankOf(xml.attributes(), version3);
            const QString url = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            --depth;
            if (!url.isEmpty())
                sources.push_back(Source{rank, url});
        } else if (element == u"hash" && piecesDepth == 0) {
            const QString type = xml.attributes().value("type"_L1).toString();
            const QString hex = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            --depth;
            const QString key = LineBuilder::digestKey(type);
            if (key.isEmpty())
                noteOnce(
                    line, u"hash "_s + type,
                    Text::tr("ignored: hash type %1 (md5, sha-1, sha-256 and sha-512 are checked)")
                        .arg(type.left(40)));
            else
                digests << key + u'=' + hex;
        } else if (element == u"size" && piecesDepth == 0) {
            size = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            --depth;
        } else if (element == u"metaurl") {
            noteOnce(line, u"metaurl"_s,
                     Text::tr("ignored: <metaurl> (torrents and other metalinks)"));
        }
    }
    if (xml.hasError())
        return;
    std::stable_sort(sources.begin(), sources.end(),
                     [](const Source &a, const Source &b) { return a.rank < b.rank; });
    // Only http(s) is fetched; a file with no such URL keeps its first, which the list parser
    // refuses with the reason.
    const auto http = std::stable_partition(sources.begin(), sources.end(), [](const Source &s) {
        return LineBuilder::isHttpUrl(s.url);
    });
    const qsizetype skipped = sources.end() - http;
    if (http != sources.begin() && skipped > 0) {
        m_sink->note(line, skipped == 1 ? Text::tr("ignored: 1 URL that is not http or https")
                                        : Text::tr("ignored: %n URLs that are not http or https",
                                                   nullptr, int(skipped)));
        sources.erase(http, sources.end());
    }
    if (sources.empty()) {
        m_sink->note(line,
                     Text::tr("not converted: the <file> %1 has no <url>").arg(name.left(200)));
        return;
    }
    LineBuilder out(sources.front().url);
    for (size_t i = 1; i < sources.size(); ++i)
        out.add(u"mirror", sources[i].url);
    const qsizetype slash = name.lastIndexOf(u'/');
    out.add(u"name", slash < 0 ? QStringView(name) : QStringView(name).mid(slash + 1));
    // "/name" is an absolute path: "dir=/" lets the list parser refuse it with the reason.
    if (slash >= 0)
        out.add(u"dir", slash == 0 ? QStringView(u"/") : QStringView(name).first(slash));
    for (const QString &digest : std::as_const(digests)) {
        const qsizetype eq = digest.indexOf(u'=');
        out.add(QStringView(digest).first(eq), QStringView(digest).mid(eq + 1));
    }
    if (!size.isEmpty())
        out.add(u"size", size);
    if (out.problem().isEmpty())
        m_sink->put(line, out.text());
    else
        m_sink->note(line, Text::tr("not converted: %1").arg(out.problem()));
}

void MetalinkReader::noteOnce(int line, const QString &key, const QString &message)
{
    if (m_noted.contains(key) || m_noted.size() >= 100)
        return;
    m_noted.insert(key);
    m_sink->note(line, message);
}
