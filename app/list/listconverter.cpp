#include "listconverter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

#include "aria2input.h"
#include "metalinkreader.h"
#include "resultscsv.h"

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's texts: English without a translator (headless), the
// window's language in the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ListConverter)
};

constexpr qint64 readChunk = 64 * 1024;

// Calls f(line) for each line of the device, without its line break; a UTF-8 byte order mark
// (an editor's or a spreadsheet's) is not part of the first line.
template <typename F> void forEachLine(QIODevice *in, F &&f)
{
    if (in->peek(3) == "\xef\xbb\xbf")
        in->skip(3);
    QByteArray buffer;
    bool end = false;
    bool skipLf = false; // the last line ended with \r: a \n right after belongs to it
    while (!end) {
        const QByteArray more = in->read(readChunk);
        end = more.isEmpty();
        buffer += more;
        qsizetype start = 0;
        for (qsizetype i = 0; i < buffer.size(); ++i) {
            const char c = buffer[i];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    start = i + 1;
                    continue;
                }
            }
            if (c != '\n' && c != '\r')
                continue;
            f(QString::fromUtf8(QByteArrayView(buffer).sliced(start, i - start)));
            skipLf = c == '\r';
            start = i + 1;
        }
        buffer.remove(0, start);
    }
    if (!buffer.isEmpty())
        f(QString::fromUtf8(buffer));
}

} // namespace

bool ListConverter::convert(QIODevice *in, ListFormat::Kind kind, ListSink *sink)
{
    switch (kind) {
    case ListFormat::Kind::Plain: {
        int line = 0;
        forEachLine(in, [&](const QString &text) { sink->put(++line, text); });
        break;
    }
    case ListFormat::Kind::Aria2: {
        Aria2Input aria2(sink);
        forEachLine(in, [&](const QString &text) { aria2.addLine(text); });
        aria2.finish();
        break;
    }
    case ListFormat::Kind::ResultsCsv: {
        ResultsCsv csv(sink);
        forEachLine(in, [&](const QString &text) { csv.addLine(text); });
        csv.finish();
        break;
    }
    case ListFormat::Kind::Metalink:
        MetalinkReader(sink).read(in);
        break;
    case ListFormat::Kind::Checksums:
        sink->fail(Text::tr("a checksum file is not a list: give it with --checksums"));
        break;
    }
    return sink->ok();
}

ListSink ListConverter::convert(const QByteArray &data, ListFormat::Kind kind)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ListSink sink;
    convert(&buffer, kind, &sink);
    return sink;
}
