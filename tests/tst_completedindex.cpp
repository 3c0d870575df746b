// The record of completed downloads: only the output folder's records are read, and the file is
// compacted once it has grown past its limit, keeping what still describes a file on disk.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

#include "completedindex.h"
#include "filestamp.h"

namespace {
const QByteArray kSha(64, 'a');

QString writeFile(const QString &path, const QByteArray &body)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
        return {};
    return QFileInfo(path).absoluteFilePath();
}

CompletedIndex::Entry entryFor(const QString &path, const QString &url)
{
    const QFileInfo info(path);
    return {path, url, info.size(), info.lastModified().toMSecsSinceEpoch(), kSha};
}
// 60,000 records (about 9 MiB, past the 4 MiB limit) of files in folders under `gone` that do
// not exist: what earlier benchmark runs leave behind.
void recordGone(CompletedIndex &index, const QString &gone)
{
    for (int i = 0; i < 60000; ++i)
        index.record({QStringLiteral("%1/%2/f%3.bin").arg(gone).arg(i % 50).arg(i),
                      QStringLiteral("https://example.org/some/long/path/f%1.bin").arg(i), 1024,
                      1700000000000, kSha});
}
} // namespace

class TestCompletedIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stampIsWhatQFileInfoSees()
    {
        // The record's size and time come from FileStamp (one stat, no local-time round trip);
        // records written earlier with QFileInfo's must still compare equal.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("twelve bytes");
        QVERIFY(file.flush()); // the time set below is the last change
        QVERIFY(file.setFileTime(QDateTime::fromMSecsSinceEpoch(1700000000123LL, Qt::UTC),
                                 QFileDevice::FileModificationTime));
        file.close();
        const QFileInfo info(path);
        const std::optional<FileStamp> stamp = FileStamp::of(path);
        QVERIFY(stamp);
        QCOMPARE(stamp->size, 12);
        QCOMPARE(stamp->mtimeMs, info.lastModified().toMSecsSinceEpoch());
        QCOMPARE(stamp->mtimeMs, 1700000000123LL);
        // Below the millisecond, truncated as QFileInfo does (not rounded).
        const struct timespec times[2] = {{1700000000, 0}, {1700000000, 123987654}};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
        QCOMPARE(FileStamp::of(path)->mtimeMs, QFileInfo(path).lastModified().toMSecsSinceEpoch());
        QCOMPARE(FileStamp::of(path)->mtimeMs, 1700000000123LL);
        // Links are followed; a folder, a missing file and a dangling link have no stamp.
        QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("link"))));
        QCOMPARE(FileStamp::of(dir.filePath(QStringLiteral("link"))), stamp);
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone")),
                            dir.filePath(QStringLiteral("dangling"))));
        QVERIFY(!FileStamp::of(dir.filePath(QStringLiteral("dangling"))));
        QVERIFY(!FileStamp::of(dir.path()));
        QVERIFY(!FileStamp::of(dir.filePath(QStringLiteral("missing"))));
        QVERIFY(!FileStamp::of(QString()));
    }

    // Update mode's validators (issue 18) survive the file; a record without them keeps the five
    // fields older versions read, and such a record still loads.
    void validatorsRoundTrip()
    {
        QTemporaryDir dir;
        const QString index = dir.filePath(QStringLiteral("index.tsv"));
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString a = writeFile(out + QStringLiteral("/a.bin"), "aaa");
        const QString b = writeFile(out + QStringLiteral("/b.bin"), "bbb");
        {
            CompletedIndex writer(index, out);
            CompletedIndex::Entry withValidators = entryFor(a, QStringLiteral("http://h/a"));
            withValidators.etag = "W/\"x\ty\"";
            withValidators.lastModified = "Tue, 01 Dec 2026 10:00:00 GMT";
            writer.record(withValidators);
            writer.record(entryFor(b, QStringLiteral("http://h/b")));
        }
        QFile file(index);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.at(0).count('\t'), 6);
        QCOMPARE(lines.at(1).count('\t'), 4);
        CompletedIndex reader(index, out);
        const auto foundA = reader.find(out, QStringLiteral("http://h/a"));
        QVERIFY(foundA);
        QCOMPARE(foundA->etag, QByteArray("W/\"x\ty\""));
        QCOMPARE(foundA->lastModified, QByteArray("Tue, 01 Dec 2026 10:00:00 GMT"));
        const auto foundB = reader.find(out, QStringLiteral("http://h/b"));
        QVERIFY(foundB);
        QVERIFY(foundB->etag.isEmpty() && foundB->lastModified.isEmpty());
    }

    void onlyThisFoldersRecordsAreRead()
    {
        QTemporaryDir dir;
        const QString index = dir.filePath(QStringLiteral("index.tsv"));
        const QString out = dir.filePath(QStringLiteral("out dir %2F"));
        const QString a = writeFile(out + QStringLiteral("/a.bin"), "aaa");
        const QString nested = writeFile(out + QStringLiteral("/sub/b.bin"), "bbb");
        const QString other = writeFile(dir.filePath(QStringLiteral("other/c.bin")), "ccc");
        {
            CompletedIndex writer(index, out);
            writer.record(entryFor(a, QStringLiteral("http://h/a")));
            writer.record(entryFor(nested, QStringLiteral("http://h/b")));
            writer.record(entryFor(other, QStringLiteral("http://h/c")));
        }
        // A torn last line (a crash mid-append) is passed over.
        QFile file(index);
        QVERIFY(file.open(QIODevice::Append));
        file.write(QFile::encodeName(a).toPercentEncoding() + "\thttp%3A");
        file.close();

        CompletedIndex reader(index, out);
        const auto found = reader.find(out, QStringLiteral("http://h/a"));
        QVERIFY(found);
        QCOMPARE(found->path, a);
        QCOMPARE(found->sha256, kSha);
        QVERIFY(!reader.find(out, QStringLiteral("http://h/b")));
        QVERIFY(!reader.find(out, QStringLiteral("http://h/c")));
        // Another folder is read when it is first looked up (a resumed batch or a new Settings
        // folder after the engine started): its records are found, and still only its own.
        QVERIFY(reader.find(dir.filePath(QStringLiteral("other")), QStringLiteral("http://h/c")));
        QVERIFY(!reader.find(dir.filePath(QStringLiteral("other")), QStringLiteral("http://h/a")));
        QVERIFY(!reader.find(out, QStringLiteral("http://h/c")));
        QVERIFY(CompletedIndex(index, out + QStringLiteral("/sub"))
                    .find(out + QStringLiteral("/sub"), QStringLiteral("http://h/b")));
        QVERIFY(CompletedIndex(index, dir.filePath(QStringLiteral("other")))
                    .find(dir.filePath(QStringLiteral("other")), QStringLiteral("http://h/c")));
    }

    void aChangedFileIsNotFound()
    {
        QTemporaryDir dir;
        const QString index = dir.filePath(QStringLiteral("index.tsv"));
        const QString a = writeFile(dir.filePath(QStringLiteral("out/a.bin")), "aaa");
        CompletedIndex(index, QFileInfo(a).absolutePath())
            .record(entryFor(a, QStringLiteral("http://h/a")));
        QVERIFY(writeFile(a, "aaaa").size() > 0);
        QVERIFY(!CompletedIndex(index, QFileInfo(a).absolutePath())
                     .find(QFileInfo(a).absolutePath(), QStringLiteral("http://h/a")));
    }

    void growsThenCompacts()
    {
        QTemporaryDir dir;
        const QString index = dir.filePath(QStringLiteral("index.tsv"));
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString live = writeFile(out + QStringLiteral("/live.bin"), "live");
        const QString changed = writeFile(out + QStringLiteral("/changed.bin"), "old");
        {
            CompletedIndex writer(index, out);
            // 9 MiB of records of folders that are gone (earlier benchmark runs, say) ...
            const QString gone = dir.filePath(QStringLiteral("gone"));
            recordGone(writer, gone);
            // ... one URL recorded twice (the latest wins), one file changed since.
            writer.record({live, QStringLiteral("http://h/live"), 1, 1, kSha});
            writer.record(entryFor(live, QStringLiteral("http://h/live")));
            writer.record(entryFor(changed, QStringLiteral("http://h/changed")));
        }
        QVERIFY(writeFile(changed, "changed").size() > 0);
        const qint64 before = QFileInfo(index).size();
        QVERIFY2(before > 8 * 1024 * 1024, QByteArray::number(before));

        CompletedIndex reader(index, out);
        QVERIFY(reader.find(out, QStringLiteral("http://h/live"))); // loads, then compacts
        QVERIFY(!reader.find(out, QStringLiteral("http://h/changed")));
        QFile file(index);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, the live record, and the empty after the last '\n'
        QCOMPARE(lines[0].trimmed(), QByteArray("#compact-at\t4194304"));
        QVERIFY(lines[1].startsWith(QFile::encodeName(live).toPercentEncoding() + '\t'));
        QVERIFY(!QFile::exists(index + QStringLiteral(".lock")));

        // The compacted file still reads, and appends after it too.
        CompletedIndex again(index, out);
        QVERIFY(again.find(out, QStringLiteral("http://h/live")));
        again.record(entryFor(changed, QStringLiteral("http://h/changed")));
        QVERIFY(CompletedIndex(index, out).find(out, QStringLiteral("http://h/changed")));
    }

    void anEmptyFolderReadsNothingButStillCompacts()
    {
        QTemporaryDir dir;
        const QString index = dir.filePath(QStringLiteral("index.tsv"));
        const QString out = dir.filePath(QStringLiteral("fresh"));
        {
            CompletedIndex writer(index, dir.filePath(QStringLiteral("elsewhere")));
            recordGone(writer, dir.filePath(QStringLiteral("gone")));
            // A record for the fresh folder's future file, wrong on purpose: were it read, the
            // look-up below would still not find it (no file), so the size check says more.
            writer.record(
                {out + QStringLiteral("/x.bin"), QStringLiteral("http://h/x"), 3, 1, kSha});
        }
        QVERIFY(QFileInfo(index).size() > 8 * 1024 * 1024);
        CompletedIndex fresh(index, out); // the folder does not exist yet
        QVERIFY(!fresh.find(out, QStringLiteral("http://h/x")));
        // Not read, but the file was over its limit: compacted all the same (to the header).
        QFile file(index);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed(), QByteArray("#compact-at\t4194304"));
        file.close();
        // What this run records is found in the same run.
        const QString made = writeFile(out + QStringLiteral("/made.bin"), "made");
        fresh.record(entryFor(made, QStringLiteral("http://h/made")));
        QVERIFY(fresh.find(out, QStringLiteral("http://h/made")));
        // A folder with something in it at the first look-up is read as before.
        QVERIFY(CompletedIndex(index, out).find(out, QStringLiteral("http://h/made")));
    }

    void noCompactionWhileAnotherHoldsTheLock()
    {
        QTemporaryDir dir;
        const QString index = dir.filePath(QStringLiteral("index.tsv"));
        {
            CompletedIndex writer(index, dir.path());
            recordGone(writer, dir.filePath(QStringLiteral("gone")));
        }
        const qint64 before = QFileInfo(index).size();
        QLockFile other(index + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0));
        QVERIFY(!CompletedIndex(index, dir.path()).find(dir.path(), QStringLiteral("x")));
        QCOMPARE(QFileInfo(index).size(), before);
    }
};

QTEST_GUILESS_MAIN(TestCompletedIndex)
#include "tst_completedindex.moc"
