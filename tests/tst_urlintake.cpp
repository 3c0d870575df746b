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
