#include "listinput.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <memory>
#include <optional>

#include "checksumattacher.h"
#include "listconverter.h"
#include "listformat.h"
#include "listreader.h"
#include "listsink.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 copyChunk = 64 * 1024;

// A temporary file in the system's temporary folder, removed when it goes: the reader opens it
// before, and on POSIX an open file outlives its name.
std::unique_ptr<QTemporaryFile> temporary(QString *error)
{
    auto file = std::make_unique<QTemporaryFile>();
    if (!file->open()) {
        *error = u"cannot create a temporary file: %1"_s.arg(file->errorString());
        return nullptr;
    }
    return file;
}

// Standard input, or a pipe named as LIST (`<(command)`), kept in a file that can be read twice.
bool copyAll(QIODevice *from, QFileDevice *to, const QString &shownPath, QString *error)
{
    for (QByteArray chunk = from->read(copyChunk); !chunk.isEmpty();
         chunk = from->read(copyChunk)) {
        if (to->write(chunk) != chunk.size()) {
            *error = u"cannot keep %1: %2"_s.arg(shownPath, to->errorString());
            return false;
        }
    }
    return to->flush() && to->seek(0);
}

std::optional<ChecksumFile> loadChecksums(const QString &path, QTextStream &err, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read --checksums %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    ChecksumFile sums = ChecksumFile::parse(QString::fromUtf8(file.readAll()));
    int shown = 0;
    for (const ChecksumFile::Note &note : sums.notes()) {
        if (shown++ < ListInput::shownNotes)
            err << u"fanout: %1:%2: %3\n"_s.arg(path).arg(note.line).arg(note.message);
    }
    if (sums.notes().size() > ListInput::shownNotes)
        err << u"fanout: %1: ... and %2 more lines not read\n"_s.arg(path).arg(
            sums.notes().size() - ListInput::shownNotes);
    if (sums.isEmpty()) {
        *error = u"no checksum line in --checksums %1"_s.arg(path);
        return std::nullopt;
    }
    return sums;
}

} // namespace

bool ListInput::open(const QString &path, const QString &checksumsPath, ListReader *reader,
                     QTextStream &err, QString *error)
{
    const bool fromStdin = path.isEmpty() || path == u"-";
    const QString shownPath = fromStdin ? u"standard input"_s : path;
    std::unique_ptr<QTemporaryFile> spool;
    QFile file(fromStdin ? QString() : path);
    const bool opened =
        fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *error = u"cannot read %1: %2"_s.arg(shownPath, file.errorString());
        return false;
    }
    QIODevice *in = &file;
    if (fromStdin || file.isSequential()) {
        spool = temporary(error);
        if (!spool || !copyAll(&file, spool.get(), shownPath, error))
            return false;
        in = spool.get();
    }
    const ListFormat::Kind kind =
        ListFormat::detect(in->peek(ListFormat::headBytes), fromStdin ? QString() : path);
    if (kind == ListFormat::Kind::Checksums) {
        *error = u"%1 is a checksum file, not a list: give it with --checksums and the list "
                 u"as LIST"_s.arg(shownPath);
        return false;
    }
    std::optional<ChecksumFile> sums;
    if (!checksumsPath.isEmpty()) {
        sums = loadChecksums(checksumsPath, err, error);
        if (!sums)
            return false;
    }
    if (kind == ListFormat::Kind::Plain && !sums) {
        // The list as it is: no copy for a list of millions.
        const QString readPath = spool ? spool->fileName() : path;
        if (!reader->openFile(readPath, error)) {
            *error = u"cannot read %1: %2"_s.arg(shownPath, *error);
            return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryFile> converted = temporary(error);
    if (!converted)
        return false;
    ListSink sink(converted.get());
    std::optional<ChecksumAttacher> attacher;
    if (sums) {
        attacher.emplace(std::move(*sums));
        sink.setFilter([&attacher](QStringView line) { return attacher->attach(line); });
    }
    if (!ListConverter::convert(in, kind, &sink)) {
        *error = u"cannot read %1 (%2): %3"_s.arg(shownPath, ListFormat::name(kind), sink.error());
        return false;
    }
    if (!converted->flush()) {
        *error = u"cannot write the converted list: %1"_s.arg(converted->errorString());
        return false;
    }
    int shown = 0;
    for (const ListSink::Note &note : sink.notes()) {
        if (shown++ < shownNotes)
            err << u"fanout: %1:%2: %3\n"_s.arg(shownPath).arg(note.line).arg(note.message);
    }
    if (sink.noteCount() > shownNotes)
        err << u"fanout: %1: ... and %2 more notes\n"_s.arg(shownPath).arg(sink.noteCount() -
                                                                           shownNotes);
    if (attacher) {
        const QStringList unmatched = attacher->unmatched();
        for (qsizetype i = 0; i < std::min<qsizetype>(unmatched.size(), shownNotes); ++i)
            err << u"fanout: %1: no item is named %2\n"_s.arg(checksumsPath, unmatched[i]);
        if (unmatched.size() > shownNotes)
            err << u"fanout: %1: ... and %2 more names no item has\n"_s.arg(checksumsPath)
                       .arg(unmatched.size() - shownNotes);
        for (const QString &conflict : attacher->conflicts())
            err << u"fanout: %1: %2\n"_s.arg(checksumsPath, conflict);
    }
    err.flush();
    if (!reader->openFile(converted->fileName(), error)) {
        *error = u"cannot read the converted list: %1"_s.arg(*error);
        return false;
    }
    return true;
}
