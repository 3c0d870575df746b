#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "namereservations.h"
#include "resumenegotiation.h"

// Resume negotiation without a network: Content-Range parsing, the verdicts on 206 and 416
// answers, the sidecar a 200 leaves, and which part file on disk a request may continue.
Q_DECLARE_METATYPE(ResumeNegotiation::Verdict)

class TestResumeNegotiation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseContentRange_data();
    void parseContentRange();
    void judgePartial_data();
    void judgePartial();
    void judgeUnsatisfiable_data();
    void judgeUnsatisfiable();
    void sidecarFor_data();
    void sidecarFor();
    void headers();
    void lookFor_data();
    void lookFor();
    void forgetRemovesPartAndSidecar();
    void anotherServer_data();
    void anotherServer();
};

void TestResumeNegotiation::parseContentRange_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("total");

    QTest::newRow("range of total")
        << QByteArray("bytes 100-199/1000") << true << 100ll << 199ll << 1000ll;
    QTest::newRow("unknown total")
        << QByteArray("bytes 100-199/*") << true << 100ll << 199ll << -1ll;
    QTest::newRow("unsatisfied") << QByteArray("bytes */1000") << true << -1ll << -1ll << 1000ll;
    QTest::newRow("spaces") << QByteArray("  bytes  0-0/1 ") << true << 0ll << 0ll << 1ll;
    QTest::newRow("empty") << QByteArray() << false << -1ll << -1ll << -1ll;
    QTest::newRow("other unit") << QByteArray("items 0-1/2") << false << -1ll << -1ll << -1ll;
    QTest::newRow("no slash") << QByteArray("bytes 0-1") << false << -1ll << -1ll << -1ll;
    QTest::newRow("last before first")
        << QByteArray("bytes 9-1/10") << false << -1ll << -1ll << -1ll;
    QTest::newRow("negative total") << QByteArray("bytes 0-1/-5") << false << -1ll << -1ll << -1ll;
    QTest::newRow("not a number") << QByteArray("bytes a-b/10") << false << -1ll << -1ll << -1ll;
    QTest::newRow("three bounds") << QByteArray("bytes 1-2-3/10") << false << -1ll << -1ll << -1ll;
    QTest::newRow("two slashes") << QByteArray("bytes 1-2/3/4") << false << -1ll << -1ll << -1ll;
}

void TestResumeNegotiation::parseContentRange()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(qint64, total);

    const auto range = ResumeNegotiation::parseContentRange(value);
    QCOMPARE(range.has_value(), valid);
    if (!range)
        return;
    QCOMPARE(range->first, first);
    QCOMPARE(range->last, last);
    QCOMPARE(range->total, total);
}

void TestResumeNegotiation::judgePartial_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<QByteArray>("contentRange");
    QTest::addColumn<qint64>("bodyLength");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<qint64>("total");

    using V = ResumeNegotiation::Verdict;
    QTest::newRow("continues the part")
        << 100ll << QByteArray("bytes 100-999/1000") << 900ll << int(V::Append) << 1000ll;
    QTest::newRow("total from the body length")
        << 100ll << QByteArray("bytes 100-999/*") << 900ll << int(V::Append) << 1000ll;
    QTest::newRow("total unknown")
        << 100ll << QByteArray("bytes 100-999/*") << -1ll << int(V::Append) << -1ll;
    QTest::newRow("starts elsewhere")
        << 100ll << QByteArray("bytes 0-999/1000") << 1000ll << int(V::Restart) << -1ll;
    QTest::newRow("no Content-Range") << 100ll << QByteArray() << 900ll << int(V::Restart) << -1ll;
    QTest::newRow("garbage Content-Range")
        << 100ll << QByteArray("bytes x") << 900ll << int(V::Restart) << -1ll;
    QTest::newRow("206 without Range")
        << 0ll << QByteArray("bytes 0-9/10") << 10ll << int(V::NotAsked) << -1ll;
}

void TestResumeNegotiation::judgePartial()
{
    QFETCH(qint64, from);
    QFETCH(QByteArray, contentRange);
    QFETCH(qint64, bodyLength);
    QFETCH(int, verdict);
    QFETCH(qint64, total);

    const ResumeNegotiation resume(QStringLiteral("f.bin"), from, "\"v1\"");
    const auto answer = resume.judgePartial(contentRange, bodyLength);
    QCOMPARE(int(answer.verdict), verdict);
    QCOMPARE(answer.total, total);
}

void TestResumeNegotiation::judgeUnsatisfiable_data()
{
    QTest::addColumn<QByteArray>("contentRange");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("verdict");

    using V = ResumeNegotiation::Verdict;
    QTest::newRow("the part is whole") << QByteArray("bytes */500") << 500ll << int(V::Whole);
    QTest::newRow("the file shrank") << QByteArray("bytes */400") << 400ll << int(V::Restart);
    QTest::newRow("the file grew") << QByteArray("bytes */600") << 600ll << int(V::Restart);
    QTest::newRow("no size named") << QByteArray() << -1ll << int(V::Restart);
}

void TestResumeNegotiation::judgeUnsatisfiable()
{
    QFETCH(QByteArray, contentRange);
    QFETCH(qint64, total);
    QFETCH(int, verdict);

    QCOMPARE(ResumeNegotiation::unsatisfiableTotal(contentRange), total);
    const ResumeNegotiation resume(QStringLiteral("f.bin"), 500, "\"v1\"");
    QCOMPARE(int(resume.judgeUnsatisfiable(total)), verdict);
}

void TestResumeNegotiation::sidecarFor_data()
{
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QByteArray>("lastModified");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("written");
    QTest::addColumn<QByteArray>("keptEtag");

    const qint64 big = ResumeNegotiation::minResumableBytes;
    const QByteArray date("Wed, 21 Oct 2015 07:28:00 GMT");
    QTest::newRow("strong etag") << QByteArray(" \"abc\" ") << QByteArray() << big << true
                                 << QByteArray("\"abc\"");
    QTest::newRow("weak etag only")
        << QByteArray("W/\"abc\"") << QByteArray() << big << false << QByteArray();
    QTest::newRow("weak etag and date")
        << QByteArray("W/\"abc\"") << date << big << true << QByteArray();
    QTest::newRow("no validator") << QByteArray() << QByteArray() << big << false << QByteArray();
    QTest::newRow("too small") << QByteArray("\"abc\"") << date << big - 1 << false << QByteArray();
    QTest::newRow("size unknown") << QByteArray("\"abc\"") << QByteArray() << -1ll << true
                                  << QByteArray("\"abc\"");
}

void TestResumeNegotiation::sidecarFor()
{
    QFETCH(QByteArray, etag);
    QFETCH(QByteArray, lastModified);
    QFETCH(qint64, total);
    QFETCH(bool, written);
    QFETCH(QByteArray, keptEtag);

    const QString url = QStringLiteral("http://a.test/f.bin");
    const auto meta = ResumeNegotiation::sidecarFor(url, etag, lastModified, total);
    QCOMPARE(meta.has_value(), written);
    if (!meta)
        return;
    QCOMPARE(meta->url, url);
    QCOMPARE(meta->etag, keptEtag);
    QCOMPARE(meta->lastModified, lastModified.trimmed());
    QCOMPARE(meta->total, total);
}

void TestResumeNegotiation::headers()
{
    ResumeNegotiation resume(QStringLiteral("f.bin"), 12345, "\"v1\"");
    QVERIFY(resume.isActive());
    QCOMPARE(resume.rangeHeader(), QByteArray("bytes=12345-"));
    QCOMPARE(resume.ifRangeHeader(), QByteArray("\"v1\""));
    resume.rewriteFromStart();
    QVERIFY(!resume.isActive());
    QCOMPARE(resume.name(), QStringLiteral("f.bin")); // the same part is written again
    QVERIFY(!ResumeNegotiation().isActive());
}

void TestResumeNegotiation::lookFor_data()
{
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QByteArray>("lastModified");
    QTest::addColumn<QString>("askedUrl");
    QTest::addColumn<int>("partBytes");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QByteArray>("validator");

    const QString url = QStringLiteral("http://a.test/f.bin");
    const QByteArray date("Wed, 21 Oct 2015 07:28:00 GMT");
    QTest::newRow("etag") << QByteArray("\"e\"") << date << url << 100 << true
                          << QByteArray("\"e\"");
    QTest::newRow("date only") << QByteArray() << date << url << 100 << true << date;
    QTest::newRow("another URL") << QByteArray("\"e\"") << date << "http://a.test/g.bin" << 100
                                 << false << QByteArray();
    QTest::newRow("empty part") << QByteArray("\"e\"") << date << url << 0 << false << QByteArray();
    QTest::newRow("no validator") << QByteArray() << QByteArray() << url << 100 << false
                                  << QByteArray();
}

void TestResumeNegotiation::lookFor()
{
    QFETCH(QByteArray, etag);
    QFETCH(QByteArray, lastModified);
    QFETCH(QString, askedUrl);
    QFETCH(int, partBytes);
    QFETCH(bool, found);
    QFETCH(QByteArray, validator);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NameReservations names;
    FileSink sink(&names, dir.path(), false);
    QString error;
    QVERIFY2(sink.open(QStringLiteral("f.bin"), &error), qPrintable(error));
    FileSink::PartMeta meta;
    meta.url = QStringLiteral("http://a.test/f.bin");
    meta.etag = etag;
    meta.lastModified = lastModified;
    QVERIFY2(sink.writeMeta(meta, &error), qPrintable(error));
    const QByteArray bytes(partBytes, 'x');
    QVERIFY2(sink.write(bytes.constData(), bytes.size(), &error), qPrintable(error));
    sink.keep();

    ResumeNegotiation resume;
    resume.lookFor(dir.path(), QStringLiteral("f.bin"), askedUrl);
    QCOMPARE(resume.isActive(), found);
    QCOMPARE(resume.from(), found ? qint64(partBytes) : 0);
    QCOMPARE(resume.ifRangeHeader(), validator);
    QCOMPARE(resume.name(), found ? QStringLiteral("f.bin") : QString());
}

void TestResumeNegotiation::forgetRemovesPartAndSidecar()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString part = FileSink::partPathOf(dir.path(), QStringLiteral("f.bin"));
    for (const QString &path : {part, part + QStringLiteral(".meta")}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    ResumeNegotiation resume(QStringLiteral("f.bin"), 1, "\"v\"");
    resume.forget(dir.path());
    QVERIFY(!QFile::exists(part));
    QVERIFY(!QFile::exists(part + QStringLiteral(".meta")));
    QVERIFY(!resume.isActive());
    QVERIFY(resume.name().isEmpty());
    QVERIFY(resume.ifRangeHeader().isEmpty());
}

void TestResumeNegotiation::anotherServer_data()
{
    // A part of 100 bytes of a 1000-byte entity, served by `from`; the next attempt asks
    // `asked` (a mirror, or a changed URL) and gets a 206 with this Content-Range.
    QTest::addColumn<bool>("ownPart");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QByteArray>("contentRange");
    QTest::addColumn<bool>("found");
    QTest::addColumn<ResumeNegotiation::Verdict>("verdict");
    using V = ResumeNegotiation::Verdict;
    const QString first = QStringLiteral("http://a.test/f.bin");
    const QString mirror = QStringLiteral("http://b.test/f.bin");
    QTest::newRow("same server") << false << first << QByteArray("bytes 100-999/1000") << true
                                 << V::Append;
    QTest::newRow("mirror, same total")
        << false << mirror << QByteArray("bytes 100-999/1000") << true << V::Append;
    QTest::newRow("mirror, another total")
        << false << mirror << QByteArray("bytes 100-1000/1001") << true << V::Restart;
    QTest::newRow("mirror, total unknown")
        << false << mirror << QByteArray("bytes 100-999/*") << true << V::Restart;
    // A changed URL: the part is this item's own, whatever its sidecar names.
    QTest::newRow("changed URL, not own")
        << false << QStringLiteral("http://c.test/x") << QByteArray("bytes 100-999/1000") << false
        << V::NotAsked;
    QTest::newRow("changed URL, own part") << true << QStringLiteral("http://c.test/x")
                                           << QByteArray("bytes 100-999/1000") << true << V::Append;
}

void TestResumeNegotiation::anotherServer()
{
    QFETCH(bool, ownPart);
    QFETCH(QString, asked);
    QFETCH(QByteArray, contentRange);
    QFETCH(bool, found);
    QFETCH(ResumeNegotiation::Verdict, verdict);

    QTemporaryDir dir;
    NameReservations names;
    FileSink sink(&names, dir.path(), false);
    QString error;
    QVERIFY2(sink.open(QStringLiteral("f.bin"), &error), qPrintable(error));
    const std::optional<FileSink::PartMeta> meta =
        ResumeNegotiation::sidecarFor(QStringLiteral("http://a.test/f.bin"), "\"e\"", {}, 1000);
    QVERIFY(!meta); // under 64 KiB: fetched again rather than resumed; write one by hand
    FileSink::PartMeta written;
    written.url = QStringLiteral("http://a.test/f.bin");
    written.etag = "\"e\"";
    written.total = 1000;
    QVERIFY2(sink.writeMeta(written, &error), qPrintable(error));
    const QByteArray bytes(100, 'x');
    QVERIFY2(sink.write(bytes.constData(), bytes.size(), &error), qPrintable(error));
    sink.keep();

    const QString own = asked.startsWith(QStringLiteral("http://c"))
                            ? asked
                            : QStringLiteral("http://a.test/f.bin");
    ResumeNegotiation resume;
    resume.lookFor(dir.path(), QStringLiteral("f.bin"), own, ownPart);
    resume.aimAt(asked);
    QCOMPARE(resume.isActive(), found);
    QCOMPARE(resume.judgePartial(contentRange, 900).verdict, verdict);
}

QTEST_GUILESS_MAIN(TestResumeNegotiation)
#include "tst_resumenegotiation.moc"
