#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "subfolder.h"

using namespace Qt::StringLiterals;

// dir= on disk: made part by part under the output folder, never through a symbolic link, never
// outside. (The text rules are in tst_listfields.)
class TestSubFolder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesMissingParts()
    {
        QTemporaryDir base;
        QString error;
        const QString made = SubFolder::make(base.path(), u"a/b/c"_s, &error);
        QCOMPARE(error, QString());
        QCOMPARE(made, QDir(base.path()).canonicalPath() + u"/a/b/c"_s);
        QVERIFY(QFileInfo(made).isDir());
        // Again: the folders exist now, and that is fine.
        QCOMPARE(SubFolder::make(base.path(), u"a/b/c"_s, &error), made);
    }
    void makesTheOutputFolderToo()
    {
        QTemporaryDir root;
        QString error;
        const QString base = root.filePath(u"out/deeper"_s);
        QVERIFY(!SubFolder::make(base, u"x"_s, &error).isEmpty());
        QVERIFY(QFileInfo(base + u"/x"_s).isDir());
    }
    void refusesSymlinks_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("the link itself") << u"link"_s;
        QTest::newRow("below the link") << u"link/inner"_s;
        QTest::newRow("deeper link") << u"real/link2/x"_s;
    }
    void refusesSymlinks()
    {
        QFETCH(QString, relative);
        QTemporaryDir base, outside;
        QVERIFY(QDir(outside.path()).mkdir(u"inner"_s));
        QVERIFY(QDir(base.path()).mkdir(u"real"_s));
        QVERIFY(QFile::link(outside.path(), base.filePath(u"link"_s)));
        QVERIFY(QFile::link(outside.path(), base.filePath(u"real/link2"_s)));
        QString error;
        QCOMPARE(SubFolder::make(base.path(), relative, &error), QString());
        QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
        QCOMPARE(QDir(outside.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{u"inner"_s});
    }
    void refusesAFileInTheWay()
    {
        QTemporaryDir base;
        QFile file(base.filePath(u"a"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        QCOMPARE(SubFolder::make(base.path(), u"a/b"_s, &error), QString());
        QVERIFY2(error.contains(u"not a folder"_s), qPrintable(error));
    }
    void outputFolderMayBeALink()
    {
        // The user's own choice of output folder may be a link; only dir= parts may not.
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkdir(u"real"_s));
        QVERIFY(QFile::link(root.filePath(u"real"_s), root.filePath(u"out"_s)));
        QString error;
        const QString made = SubFolder::make(root.filePath(u"out"_s), u"x"_s, &error);
        QCOMPARE(error, QString());
        QVERIFY(QFileInfo(root.filePath(u"real/x"_s)).isDir());
        QVERIFY(!made.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSubFolder)
#include "tst_subfolder.moc"
