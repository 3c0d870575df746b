// SameFolder: two paths name one folder by their real paths when both exist, by their cleaned
// absolute paths otherwise; two different folders that are not (yet) on disk are not the same.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "samefolder.h"

class TestSameFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFoldersDiffer()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        // Neither on disk: QFileInfo's == called these the same (both canonical paths empty).
        QVERIFY(!SameFolder::of(root.filePath(QStringLiteral("a/out")),
                                root.filePath(QStringLiteral("b/Downloads"))));
        QVERIFY(SameFolder::of(root.filePath(QStringLiteral("a/out")),
                               root.filePath(QStringLiteral("a/./x/../out/"))));
    }

    void existingFolders()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString real = root.filePath(QStringLiteral("real"));
        const QString other = root.filePath(QStringLiteral("other"));
        const QString link = root.filePath(QStringLiteral("link"));
        QVERIFY(QDir().mkpath(real));
        QVERIFY(QDir().mkpath(other));
        QVERIFY(QFile::link(real, link));
        QVERIFY(SameFolder::of(real, real + QLatin1Char('/')));
        QVERIFY(SameFolder::of(real, link)); // a link and its target are one folder
        QVERIFY(!SameFolder::of(real, other));
        // One on disk, one not: never the same.
        QVERIFY(!SameFolder::of(real, root.filePath(QStringLiteral("gone"))));
    }

    void relativeAndEmpty()
    {
        QVERIFY(SameFolder::of(QStringLiteral("no-such-folder-here"),
                               QDir::current().filePath(QStringLiteral("no-such-folder-here"))));
        QVERIFY(SameFolder::of(QString(), QString()));
        QVERIFY(!SameFolder::of(QString(), QDir::currentPath()));
    }
};

QTEST_GUILESS_MAIN(TestSameFolder)
#include "tst_samefolder.moc"
