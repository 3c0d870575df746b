#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "inputpanel.h"
#include "testsettings.h"
#include "urlintake.h"

// URLs from outside the paste area: a list file is read into the input panel (and too large or
// unreadable ones are refused with a word), drops take local files as lists and links as
// pasted text, and an empty clipboard says so.
class TestUrlIntake final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeList(const QString &name, const QByteArray &text) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return {};
        return path;
    }
    // "line: text" of every entry submitted, valid or not.
    static QStringList lines(const QSignalSpy &spy)
    {
        QStringList out;
        for (const QList<QVariant> &call : spy) {
            for (const UrlList::Entry &e : call.at(0).value<QList<UrlList::Entry>>())
                out << QStringLiteral("%1: %2").arg(e.line).arg(e.text);
        }
        return out;
    }
    static QStringList urls(const QSignalSpy &spy)
    {
        QStringList out;
        for (const QList<QVariant> &call : spy) {
            for (const UrlList::Entry &e : call.at(0).value<QList<UrlList::Entry>>())
                out << e.url.toString();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_urlintake"));
    }

    void accepts_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("links") << "urls" << true;
        QTest::newRow("text") << "text" << true;
        QTest::newRow("an image") << "image" << false;
        QTest::newRow("nothing") << "" << false;
    }
    void accepts()
    {
        QFETCH(QString, format);
        QFETCH(bool, accepted);
        QMimeData mime;
        if (format == QLatin1String("urls"))
            mime.setUrls({QUrl(QStringLiteral("http://example.test/a.bin"))});
        else if (format == QLatin1String("text"))
            mime.setText(QStringLiteral("http://example.test/a.bin"));
        else if (format == QLatin1String("image"))
            mime.setData(QStringLiteral("image/png"), QByteArray("\x89PNG"));
        QCOMPARE(UrlIntake::accepts(&mime), accepted);
    }

    void addFileReadsTheList()
    {
        InputPanel input;
        UrlIntake intake(&input, &input);
        QSignalSpy entries(&input, &InputPanel::entriesSubmitted);
        const QString path = writeList(QStringLiteral("list.txt"),
                                       "http://example.test/1.bin\nhttp://example.test/2.bin\n");
        QVERIFY(!path.isEmpty());
        QVERIFY(intake.addFile(path));
        QTRY_COMPARE(urls(entries), QStringList({QStringLiteral("http://example.test/1.bin"),
                                                 QStringLiteral("http://example.test/2.bin")}));
        // The next Add from File starts where this list was.
        QCOMPARE(QSettings().value(QStringLiteral("window/lastListDir")).toString(), m_dir.path());
    }

    void addFileRefuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << "missing.txt"
                                 << "Cannot read";
        QTest::newRow("larger than a list") << "huge.txt"
                                            << "too large for a URL list";
    }
    void addFileRefuses()
    {
        QFETCH(QString, name);
        QFETCH(QString, says);
        const QString path = m_dir.filePath(name);
        if (name == QLatin1String("huge.txt")) {
            QFile file(path); // sparse: its size is all that is read
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(64 * 1024 * 1024 + 1));
        }
        InputPanel input;
        UrlIntake intake(&input, &input);
        QSignalSpy entries(&input, &InputPanel::entriesSubmitted);
        QSignalSpy message(&intake, &UrlIntake::message);
        QVERIFY(!intake.addFile(path));
        QCOMPARE(message.size(), 1);
        QVERIFY2(message.at(0).at(0).toString().contains(says),
                 qPrintable(message.at(0).at(0).toString()));
        QVERIFY(message.at(0).at(0).toString().contains(path));
        QCOMPARE(entries.size(), 0);
    }

    void addFileConvertsOtherFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("says");
        QTest::newRow("aria2") << "input.aria2"
                               << QByteArray("http://example.test/a\n  out=b\n  split=3\n"
                                             "http://example.test/c\n")
                               << QStringList{QStringLiteral("1: http://example.test/a"),
                                              QStringLiteral("4: http://example.test/c")}
                               << "Read input.aria2 as an aria2 input file; 1 note(s): line 3: "
                                  "ignored: aria2 option split";
        QTest::newRow("metalink")
            << "files.meta4"
            << QByteArray("<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">\n"
                          "<file name=\"a\"><url>http://example.test/a</url></file>\n"
                          "</metalink>\n")
            << QStringList{QStringLiteral("2: http://example.test/a")}
            << "Read files.meta4 as a Metalink document";
        QTest::newRow("results csv")
            << "results.csv"
            << QByteArray("url,final_url,outcome,file\r\nhttp://example.test/r,,failed,\r\n")
            << QStringList{QStringLiteral("2: http://example.test/r")}
            << "Read results.csv as a results CSV";
    }
    void addFileConvertsOtherFormats()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QStringList, lines);
        QFETCH(QString, says);
        InputPanel input;
        UrlIntake intake(&input, &input);
        QSignalSpy entries(&input, &InputPanel::entriesSubmitted);
        QSignalSpy message(&intake, &UrlIntake::message);
        QVERIFY(intake.addFile(writeList(name, data)));
        QTRY_COMPARE(TestUrlIntake::lines(entries), lines);
        QCOMPARE(message.size(), 1);
        QCOMPARE(message.at(0).at(0).toString(), says);
        // What the conversion left out is listed among the paste feedback, at its line.
        if (says.contains(QStringLiteral("note")))
            QVERIFY2(input.feedbackText().contains(
                         QStringLiteral("Line 3: ignored: aria2 option split")),
                     qPrintable(input.feedbackText()));
    }

    // Megabytes of another format are converted on a worker thread; the window keeps answering.
    void largeFileConvertedOnAWorker()
    {
        QByteArray aria2;
        int files = 0;
        while (aria2.size() < InputPanel::AsyncChars + 1024)
            aria2 += "http://example.test/" + QByteArray::number(files++) + "\n  split=2\n";
        InputPanel input;
        UrlIntake intake(&input, &input);
        QSignalSpy entries(&input, &InputPanel::entriesSubmitted);
        QSignalSpy message(&intake, &UrlIntake::message);
        QVERIFY(intake.addFile(writeList(QStringLiteral("large.aria2"), aria2)));
        QCOMPARE(entries.size(), 0); // not yet: the worker has it
        QTRY_COMPARE_WITH_TIMEOUT(urls(entries).size(), files, 20000);
        QCOMPARE(urls(entries).constLast(),
                 QStringLiteral("http://example.test/%1").arg(files - 1));
        QVERIFY(message.constLast().at(0).toString().startsWith(
            QStringLiteral("Read large.aria2 as an aria2 input file; 1 note(s)")));
    }

    void malformedMetalinkIsRefused()
    {
        InputPanel input;
        UrlIntake intake(&input, &input);
        QSignalSpy entries(&input, &InputPanel::entriesSubmitted);
        QSignalSpy message(&intake, &UrlIntake::message);
        QVERIFY(!intake.addFile(writeList(QStringLiteral("bad.meta4"), "<metalink><file>")));
        QCOMPARE(message.size(), 1);
        QCOMPARE(message.at(0).at(0).toString(),
                 QStringLiteral("Cannot read bad.meta4 as a Metalink document: malformed "
                                "Metalink at line 1, column 17: Premature end of document."));
        QCOMPARE(entries.size(), 0);
    }

    void checksumsAttachToThePasteArea()
    {
        InputPanel input;
        UrlIntake intake(&input, &input);
        QSignalSpy entries(&input, &InputPanel::entriesSubmitted);
        QSignalSpy message(&intake, &UrlIntake::message);
        const QByteArray hex(64, 'a');
        const QString sums =
            writeList(QStringLiteral("SHA256SUMS"), hex + "  a.iso\n" + hex + "  gone.iso\n");
        // Nothing to attach to yet: said, and nothing changes.
        QVERIFY(!intake.addChecksums(sums));
        QVERIFY(message.at(0).at(0).toString().contains(QStringLiteral("empty")));
        input.setText(QStringLiteral("http://example.test/a.iso\nhttp://example.test/b.iso"));
        QVERIFY(intake.addChecksums(sums));
        QCOMPARE(input.text(), QStringLiteral("http://example.test/a.iso\tsha256=%1\n"
                                              "http://example.test/b.iso")
                                   .arg(QString::fromLatin1(hex)));
        const QString said = message.at(1).at(0).toString();
        QVERIFY2(said.startsWith(QStringLiteral("1 URL(s) in the paste area got a checksum from "
                                                "SHA256SUMS")),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("gone.iso")), qPrintable(said));
        // A checksum file opened or dropped as a list attaches the same way.
        input.setText(QStringLiteral("http://example.test/a.iso"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(sums)});
        intake.drop(&mime);
        QVERIFY(input.text().endsWith(QStringLiteral("\tsha256=") + QString::fromLatin1(hex)));
        QCOMPARE(entries.size(), 0);
    }

    void dropTakesFilesAsListsAndLinksAsText()
    {
        InputPanel input;
        UrlIntake intake(&input, &input);
        QSignalSpy entries(&input, &InputPanel::entriesSubmitted);
        const QString path =
            writeList(QStringLiteral("dropped.txt"), "http://example.test/from-file.bin\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path),
                      QUrl(QStringLiteral("http://example.test/dropped-link.bin"))});
        intake.drop(&mime);
        QTRY_COMPARE(urls(entries),
                     QStringList({QStringLiteral("http://example.test/from-file.bin"),
                                  QStringLiteral("http://example.test/dropped-link.bin")}));
    }

    void emptyClipboardSaysSo()
    {
        InputPanel input;
        UrlIntake intake(&input, &input);
        QSignalSpy entries(&input, &InputPanel::entriesSubmitted);
        QSignalSpy message(&intake, &UrlIntake::message);
        QApplication::clipboard()->setText(QStringLiteral("  \n"));
        intake.pasteClipboard();
        QCOMPARE(message.size(), 1);
        QCOMPARE(message.at(0).at(0).toString(), QStringLiteral("The clipboard holds no text"));
        QCOMPARE(entries.size(), 0);

        QApplication::clipboard()->setText(QStringLiteral("http://example.test/clip.bin"));
        if (QApplication::clipboard()->text().isEmpty())
            QSKIP("this platform has no clipboard");
        intake.pasteClipboard();
        QTRY_COMPARE(urls(entries), QStringList({QStringLiteral("http://example.test/clip.bin")}));
    }
};

QTEST_MAIN(TestUrlIntake)
#include "tst_urlintake.moc"
