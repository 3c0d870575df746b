#pragma once

#include <QSet>
#include <QString>

class ListSink;
class QIODevice;
class QXmlStreamReader;

// Converts a Metalink document (RFC 5854 `.meta4`, and the older v3 `.metalink`) into the list
// format: each <file> becomes one line with its http(s) <url>s in priority order (the first is
// the URL, the rest mirrors), its <hash>es (md5, sha-1, sha-256, sha-512) and its name, a name
// with '/' split into dir= and name=. Streams with QXmlStreamReader (external entities are never
// fetched, internal ones are bounded by its expansion limit); a malformed document is one error
// with its line and column. A file's line lands on the line of its <file> element.
class MetalinkReader final
{
public:
    explicit MetalinkReader(ListSink *sink);

    // Reads the whole document from `in`; false when it is malformed (the sink has the error).
    bool read(QIODevice *in);

    // Characters internal entities may expand to, in all.
    static constexpr int entityExpansionLimit = 4096;

private:
    void readFile(QXmlStreamReader &xml, bool version3);
    void noteOnce(int line, const QString &key, const QString &message);

    ListSink *m_sink;
    QSet<QString> m_noted;
};
