#include "urlintake.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <memory>

#include "checksumattacher.h"
#include "inputpanel.h"
#include "listconverter.h"
#include "listformat.h"

namespace {
constexpr qint64 kMaxListFile = 64 * 1024 * 1024; // a list, not a download
constexpr int kShownNotes = 3;

QString formatName(ListFormat::Kind kind)
{
    switch (kind) {
    case ListFormat::Kind::Aria2:
        return UrlIntake::tr("an aria2 input file");
    case ListFormat::Kind::Metalink:
        return UrlIntake::tr("a Metalink document");
    case ListFormat::Kind::ResultsCsv:
        return UrlIntake::tr("a results CSV");
    case ListFormat::Kind::Checksums:
        return UrlIntake::tr("a checksum file");
    case ListFormat::Kind::Plain:
        break;
    }
    return UrlIntake::tr("a list");
}

// "line 3: ignored: aria2 option split; line 9: …" for the first few notes.
QString notesText(const QList<ListSink::Note> &notes)
{
    QStringList parts;
    for (qsizetype i = 0; i < std::min<qsizetype>(notes.size(), kShownNotes); ++i)
        parts << UrlIntake::tr("line %1: %2").arg(notes[i].line).arg(notes[i].message);
    return parts.join(QStringLiteral("; "));
}
} // namespace

UrlIntake::UrlIntake(InputPanel *input, QWidget *window, QObject *parent)
    : QObject(parent), m_input(input), m_window(window)
{}

bool UrlIntake::readFile(const QString &path, QByteArray *data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("Cannot read %1: %2").arg(path, file.errorString()), 0);
        return false;
    }
    if (file.size() > kMaxListFile) {
        Q_EMIT message(tr("%1 is too large for a URL list").arg(path), 0);
        return false;
    }
    *data = file.readAll();
    QSettings().setValue(QStringLiteral("window/lastListDir"), QFileInfo(path).absolutePath());
    return true;
}

bool UrlIntake::addFile(const QString &path)
{
    QByteArray data;
    if (!readFile(path, &data))
        return false;
    const QString name = QFileInfo(path).fileName();
    const ListFormat::Kind kind = ListFormat::detect(
        data.first(std::min<qsizetype>(data.size(), ListFormat::headBytes)), path);
    if (kind == ListFormat::Kind::Checksums)
        return attachChecksums(data, name);
    if (kind == ListFormat::Kind::Plain) {
        m_input->submitText(QString::fromUtf8(data), name);
        return true;
    }
    if (data.size() < InputPanel::AsyncChars) {
        return finishConversion(ListConverter::convert(data, kind), name, kind);
    }
    // Converting megabytes takes a while: on a worker, with the window answering meanwhile.
    auto converted = std::make_shared<ListSink>();
    QThread *worker = QThread::create(
        [data, kind, converted] { *converted = ListConverter::convert(data, kind); });
    // The thread deletes itself when done; the hand-over is dropped if the intake is gone.
    connect(worker, &QThread::finished, this,
            [this, converted, name, kind] { finishConversion(*converted, name, kind); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    Q_EMIT message(tr("Reading %1…").arg(name), 0);
    worker->start();
    return true;
}

bool UrlIntake::finishConversion(const ListSink &converted, const QString &name,
                                 ListFormat::Kind kind)
{
    if (!converted.ok()) {
        Q_EMIT message(
            tr("Cannot read %1 as %2: %3").arg(name, formatName(kind), converted.error()), 0);
        return false;
    }
    // The notes join the paste feedback, by line; the status bar says what was read.
    QList<InputPanel::Problem> notes;
    for (const ListSink::Note &note : converted.notes())
        notes.append(
            {note.line,
             note.line > 0 ? tr("Line %1: %2").arg(note.line).arg(note.message) : note.message,
             false});
    m_input->submitText(converted.text(), name, notes);
    if (converted.noteCount() > 0)
        Q_EMIT message(tr("Read %1 as %2; %n note(s): %3", nullptr, int(converted.noteCount()))
                           .arg(name, formatName(kind), notesText(converted.notes())),
                       0);
    else
        Q_EMIT message(tr("Read %1 as %2").arg(name, formatName(kind)), 10000);
    return true;
}

bool UrlIntake::addChecksums(const QString &path)
{
    QByteArray data;
    return readFile(path, &data) && attachChecksums(data, QFileInfo(path).fileName());
}

bool UrlIntake::attachChecksums(const QByteArray &data, const QString &name)
{
    ChecksumFile sums = ChecksumFile::parse(QString::fromUtf8(data));
    if (sums.isEmpty()) {
        Q_EMIT message(tr("No checksum line in %1").arg(name), 0);
        return false;
    }
    const QString text = m_input->text();
    if (text.trimmed().isEmpty()) {
        Q_EMIT message(tr("%1 is a checksum file: its digests attach to the URLs in the paste "
                          "area, which is empty. Paste or open the list first.")
                           .arg(name),
                       0);
        return false;
    }
    ChecksumAttacher attacher(std::move(sums));
    const QString attached = attacher.attachAll(text);
    const QStringList unmatched = attacher.unmatched();
    QString said =
        tr("%n URL(s) in the paste area got a checksum from %1", nullptr, attacher.attachedCount())
            .arg(name);
    if (!unmatched.isEmpty())
        said += tr("; %n name(s) in it match no URL: %1", nullptr, int(unmatched.size()))
                    .arg(QStringList(unmatched.mid(0, kShownNotes)).join(QStringLiteral(", ")) +
                         (unmatched.size() > kShownNotes ? QStringLiteral(", …") : QString()));
    if (!attacher.conflicts().isEmpty())
        said += QStringLiteral("; ") + attacher.conflicts().first();
    Q_EMIT message(said, 0);
    if (attacher.attachedCount() == 0)
        return false;
    m_input->setText(attached);
    return true;
}

void UrlIntake::chooseFile()
{
    const QString dir = QSettings().value(QStringLiteral("window/lastListDir")).toString();
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Add URLs from a file"), dir,
                                     tr("Lists (*.txt *.csv *.list *.meta4 *.metalink *.aria2);;"
                                        "All files (*)"));
    if (!path.isEmpty())
        addFile(path);
}

void UrlIntake::chooseChecksums()
{
    const QString dir = QSettings().value(QStringLiteral("window/lastListDir")).toString();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Add checksums to the URLs in the paste area"), dir,
        tr("Checksum files (*SUMS* *sums* *.sha256 *.sha512 *.sha1 *.md5 *.txt);;All files (*)"));
    if (!path.isEmpty())
        addChecksums(path);
}

void UrlIntake::pasteClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty())
        Q_EMIT message(tr("The clipboard holds no text"), 5000);
    else
        m_input->submitText(text, tr("the clipboard"));
}

bool UrlIntake::accepts(const QMimeData *mime)
{
    return mime->hasUrls() || mime->hasText();
}

void UrlIntake::drop(const QMimeData *mime)
{
    QStringList links;
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                addFile(url.toLocalFile());
            else
                links << url.toString();
        }
    } else if (mime->hasText()) {
        links << mime->text();
    }
    if (!links.isEmpty())
        m_input->submitText(links.join(QLatin1Char('\n')), tr("the dropped text"));
}
