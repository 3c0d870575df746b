// Fuzzes the converters of other list formats and the checksum file reader. The first byte picks
// the unit; the rest is the file: an aria2 input file, a Metalink document (QXmlStreamReader,
// DTDs and entities included), a results CSV, a checksum file attached to a small list, or
// format detection. None may crash, hang or break its promises: aria2 and CSV lines land on an
// input line, converted lines never hold a line break, notes stay bounded, a failed document
// says why, and a digest attached is what the checksum file gave.
#include <QStringList>

#include <cstddef>
#include <cstdint>

#include "checksumattacher.h"
#include "checksumfile.h"
#include "fuzzcheck.h"
#include "listconverter.h"
#include "listformat.h"

namespace {

void checkSink(const ListSink &sink, qsizetype inputLines, bool sameLines)
{
    fuzzCheck(sink.ok() == sink.error().isEmpty(), "ok() iff no error", sink.error());
    fuzzCheck(sink.notes().size() <= ListSink::maxNotes, "notes beyond the bound");
    fuzzCheck(sink.noteCount() >= sink.notes().size(), "noteCount below the notes kept");
    fuzzCheck(!sink.text().contains(u'\r'), "a converted line holds a CR", sink.text().left(200));
    if (!sink.text().isEmpty())
        fuzzCheck(sink.text().endsWith(u'\n'), "the text does not end its last line");
    if (sameLines)
        fuzzCheck(sink.lastLine() <= inputLines, "a line landed past the input's end",
                  sink.text().right(200));
    for (const ListSink::Note &note : sink.notes())
        fuzzCheck(note.line >= 0 && (!sameLines || note.line <= inputLines),
                  "a note outside the input", note.message);
}

void checkChecksums(const QString &text)
{
    const ChecksumFile sums = ChecksumFile::parse(text);
    fuzzCheck(sums.notes().size() <= ChecksumFile::maxNotes, "checksum notes beyond the bound");
    for (auto it = sums.digests().cbegin(); it != sums.digests().cend(); ++it) {
        fuzzCheck(!it.key().isEmpty(), "a digest without a name");
        fuzzCheck(ChecksumFile::normalized(it.key()) == it.key(), "a name not normalized",
                  it.key());
        for (const ChecksumFile::Digest &d : it.value())
            fuzzCheck(d.hex.size() == 32 || d.hex.size() == 40 || d.hex.size() == 64 ||
                          d.hex.size() == 128,
                      "a digest of an odd length", d.hex);
    }
    ChecksumAttacher attacher(sums);
    const QString list = QStringLiteral("http://h/a\nhttp://h/x\tdir=d\tname=b\n# c\n");
    const QString attached = attacher.attachAll(list);
    fuzzCheck(attached.count(u'\n') == list.count(u'\n'), "attaching changed the line count",
              attached);
    fuzzCheck(attached.startsWith(QStringLiteral("http://h/a")), "attaching changed a URL",
              attached);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0] % 5;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype lines = bytes.count('\n') + bytes.count('\r') + 1;
    switch (mode) {
    case 0:
        checkSink(ListConverter::convert(bytes, ListFormat::Kind::Aria2), lines, true);
        break;
    case 1:
        checkSink(ListConverter::convert(bytes, ListFormat::Kind::Metalink), lines, false);
        break;
    case 2:
        checkSink(ListConverter::convert(bytes, ListFormat::Kind::ResultsCsv), lines, true);
        break;
    case 3:
        checkChecksums(QString::fromUtf8(bytes));
        break;
    case 4: {
        const ListFormat::Kind kind = ListFormat::detect(bytes);
        if (kind != ListFormat::Kind::Checksums)
            checkSink(ListConverter::convert(bytes, kind), lines,
                      kind != ListFormat::Kind::Metalink);
        break;
    }
    }
    return 0;
}
