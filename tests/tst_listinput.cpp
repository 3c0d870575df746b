#include <QTemporaryDir>
#include <QTest>

#include "listinput.h"
#include "listreader.h"

// The headless mode's list in any format: converted on the way into the list reader, with the
// line numbers of the file the user wrote, and notes on standard error.
class TestListInput final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }
    // "line: url" for every entry the reader gives.
    static QStringList entries(ListReader &reader)
    {
        reader.scan();
        QStringList out;
        UrlList::Entry entry;
        while (reader.next(&entry))
            out << QStringLiteral("%1: %2").arg(entry.line).arg(entry.text);
        return out;
    }

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QString>("errors");
        QTest::newRow("plain") << QStringLiteral("a.txt")
                               << QByteArray("http://h/a\n# c\nhttp://h/b\n")
                               << QStringList{QStringLiteral("1: http://h/a"),
                                              QStringLiteral("3: http://h/b")}
                               << QString();
        QTest::newRow("aria2") << QStringLiteral("in.aria2")
                               << QByteArray("http://h/a\n  out=x\n  split=2\nhttp://h/b\n")
                               << QStringList{QStringLiteral("1: http://h/a"),
                                              QStringLiteral("4: http://h/b")}
                               << QStringLiteral("fanout: %1:3: ignored: aria2 option split\n");
        QTest::newRow("metalink")
            << QStringLiteral("a.meta4")
            << QByteArray("<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">\n"
                          "<file name=\"a\">\n<url>http://h/a</url></file>\n"
                          "<file name=\"b\"><url>http://h/b</url></file></metalink>\n")
            << QStringList{QStringLiteral("2: http://h/a"), QStringLiteral("4: http://h/b")}
            << QString();
        QTest::newRow("results csv")
            << QStringLiteral("r.csv") << QByteArray("url,file\r\nhttp://h/a,/d/a\r\n")
            << QStringList{QStringLiteral("2: http://h/a")} << QString();
    }
    void formats()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, data);
        QFETCH(QStringList, entries);
        QFETCH(QString, errors);
        const QString path = write(fileName, data);
        QString err;
        QTextStream stream(&err);
        ListReader reader;
        QString error;
        QVERIFY2(ListInput::open(path, QString(), &reader, stream, &error), qPrintable(error));
        stream.flush();
        QCOMPARE(TestListInput::entries(reader), entries);
        QCOMPARE(err, errors.contains(u'%') ? errors.arg(path) : errors);
    }

    void malformedMetalinkIsAnError()
    {
        const QString path = write(QStringLiteral("bad.meta4"), "<metalink>\n<file>\n");
        QString err;
        QTextStream stream(&err);
        ListReader reader;
        QString error;
        QVERIFY(!ListInput::open(path, QString(), &reader, stream, &error));
        QCOMPARE(error, QStringLiteral("cannot read %1 (Metalink document): malformed Metalink at "
                                       "line 3, column 1: Premature end of document.")
                            .arg(path));
    }

    void checksumFileAsListIsAnError()
    {
        const QString path = write(QStringLiteral("SHA256SUMS"), QByteArray(64, 'a') + "  a.iso\n");
        QString err;
        QTextStream stream(&err);
        ListReader reader;
        QString error;
        QVERIFY(!ListInput::open(path, QString(), &reader, stream, &error));
        QVERIFY2(error.contains(QStringLiteral("--checksums")), qPrintable(error));
    }

    void checksumsAttached()
    {
        const QByteArray hex(64, 'a');
        const QString sums =
            write(QStringLiteral("SUMS"), hex + "  a.iso\n" + hex + "  gone.iso\nnot a line\n");
        const QString list = write(QStringLiteral("list.txt"), "http://h/a.iso\nhttp://h/b.iso\n");
        QString err;
        QTextStream stream(&err);
        ListReader reader;
        QString error;
        QVERIFY2(ListInput::open(list, sums, &reader, stream, &error), qPrintable(error));
        stream.flush();
        reader.scan();
        UrlList::Entry entry;
        QVERIFY(reader.next(&entry));
        QCOMPARE(entry.line, 1);
        QCOMPARE(entry.expectedSha256, hex);
        QVERIFY(reader.next(&entry));
        QCOMPARE(entry.line, 2);
        QVERIFY(entry.expectedSha256.isEmpty());
        QCOMPARE(err, QStringLiteral("fanout: %1:3: not a checksum line (HEX  NAME or TAG (NAME) "
                                     "= HEX)\nfanout: %1: no item is named gone.iso\n")
                          .arg(sums));
    }

    void emptyChecksumsIsAnError()
    {
        const QString sums = write(QStringLiteral("EMPTY"), "# nothing\n");
        const QString list = write(QStringLiteral("l.txt"), "http://h/a\n");
        QString err;
        QTextStream stream(&err);
        ListReader reader;
        QString error;
        QVERIFY(!ListInput::open(list, sums, &reader, stream, &error));
        QCOMPARE(error, QStringLiteral("no checksum line in --checksums %1").arg(sums));
    }
};

QTEST_GUILESS_MAIN(TestListInput)
#include "tst_listinput.moc"
