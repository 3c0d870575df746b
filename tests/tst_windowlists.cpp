#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "downloadlist.h"
#include "englishplurals.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "sessionkeeper.h"
#include "testserver.h"
#include "testsettings.h"

using namespace Qt::StringLiterals;
using Column = TransferModel::Column;
using S = TransferModel::RowState;

// The window and the list line's fields: the paste area names what each line carries and
// flags a bad field in place, a row whose digests matched says so, and Export Failed as List
// writes a list that runs the rest again.
class TestWindowLists final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestServer m_server;
    EnglishPlurals m_plurals;
    std::unique_ptr<MainWindow> m_window;

    QString outDir() const { return m_dir.filePath(u"out"_s); }
    QString url(const QString &path) const { return m_server.urlString(path); }
    QString cell(int row, Column c) const
    {
        return m_window->model()->index(row, int(c)).data().toString();
    }
    void paste(const QString &text)
    {
        m_window->inputPanel()->setText(text);
        auto *add = m_window->findChild<QPushButton *>(u"addButton"_s);
        QVERIFY(add && add->isEnabled());
        add->click();
    }
    void runToTheEnd()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::batchFinished);
        m_window->findChild<QAction *>(u"actionStart"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        m_window->model()->flush();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(u"config"_s), u"tst_windowlists"_s);
        QCoreApplication::installTranslator(&m_plurals);
        QVERIFY(m_server.start());
    }
    void init()
    {
        QFile::remove(SessionKeeper::defaultPath());
        QDir(outDir()).removeRecursively();
        QDir().mkpath(outDir());
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = outDir();
        settings.engine.retries = 0;
        QSettings store;
        settings.save(store);
        store.sync();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void pasteNamesTheFieldsAndFlagsBadOnes()
    {
        const QString md5(32, u'a');
        m_window->inputPanel()->setText(
            u"http://a.test/1\tmd5=%1\tsha256=%2\thttp://b.test/1\tmirror=http://c.test/1\t"
            "dir=x/y\theader=X-A: b\n"
            "http://a.test/2\tdir=../up\n"
            "http://a.test/3\tsha1=123\n"
            "http://a.test/4\n"_s.arg(md5, QString(64, u'b')));
        QTRY_VERIFY(m_window->inputPanel()->feedbackText().contains(u"Ready"_s));
        const QString preview = m_window->inputPanel()->feedbackText();
        QVERIFY2(preview.contains(u"Line 1: 2 digests (SHA-256, MD5) · 2 mirrors · folder x/y · "
                                  "1 header"_s),
                 qPrintable(preview));
        QVERIFY2(preview.contains(u"Line 2: invalid — dir= may not contain '.' or '..'"_s),
                 qPrintable(preview));
        QVERIFY2(preview.contains(u"Line 3: invalid — malformed sha1 field"_s),
                 qPrintable(preview));
        QVERIFY2(!preview.contains(u"Line 4"_s), qPrintable(preview)); // a plain line: no word
    }

    void verifiedRowsSayIt()
    {
        const QString good = TestServer::sha256Hex(2000);
        paste(url(u"/file?size=2000&name=v.bin"_s) + u"\tsha256="_s + good + u'\n' +
              url(u"/file?size=2000&name=p.bin&plain=1"_s));
        runToTheEnd();
        QCOMPARE(cell(0, Column::Status), u"Done — verified"_s);
        QCOMPARE(cell(1, Column::Status), u"Done"_s);
    }

    void exportFailedAsListRunsTheRestAgain()
    {
        const QString failing = url(u"/flaky?fail=1&code=404&key=wl&size=3000"_s);
        paste(url(u"/file?size=10"_s) + u'\n' + failing + u"\tname=w.bin\tdir=d\tmirror="_s +
              url(u"/status?code=410"_s) + u"\nnot a url\n"_s);
        runToTheEnd();
        QCOMPARE(m_window->model()->summary().count(S::Failed), 1);
        QAction *exportFailed = m_window->findChild<QAction *>(u"actionExportFailedList"_s);
        QVERIFY(exportFailed && exportFailed->isEnabled());
        const QString path = m_dir.filePath(u"failed.txt"_s);
        QVERIFY(m_window->exportFailedList(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(failing + u"\tname=w.bin\tdir=d\tmirror="_s +
                               url(u"/status?code=410"_s) + u'\n'),
                 qPrintable(text));
        QVERIFY2(text.contains(u"# line 3: not a URL\n"_s), qPrintable(text));
        QVERIFY2(!text.contains(url(u"/file?size=10"_s)), qPrintable(text));

        // In a fresh window (as on the next day), the list runs the failed one, and it is done.
        cleanup();
        init();
        paste(text);
        runToTheEnd();
        QVERIFY(QFile::exists(outDir() + u"/d/w.bin"_s));
    }

    void changeUrlContinuesThePart()
    {
        // The first URL cuts the body after 100,000 bytes (the part is kept); the new URL serves
        // the same entity, so the part continues there, and the list's digest still applies.
        const qint64 size = 300000;
        paste(url(u"/ranged?size=300000&cut=100000&key=cu"_s) + u"\tname=c.bin\tsha256="_s +
              TestServer::sha256Hex(size));
        runToTheEnd();
        QCOMPARE(m_window->model()->summary().count(S::Failed), 1);
        QVERIFY(QFile::exists(outDir() + u"/c.bin.part"_s));
        m_server.resetStats();
        const QString next = url(u"/ranged?size=300000&from=elsewhere"_s);
        QAction *change = m_window->findChild<QAction *>(u"actionChangeUrl"_s);
        QVERIFY(change);
        QSignalSpy finished(m_window.get(), &MainWindow::batchFinished);
        QString error;
        QVERIFY2(m_window->downloadList()->changeUrl(
                     m_window->model()->index(0, 0).data(TransferModel::IdRole).value<ItemId>(),
                     next, &error),
                 qPrintable(error));
        QCOMPARE(cell(0, Column::Url), next);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        m_window->model()->flush();
        QCOMPARE(cell(0, Column::Status), u"Done — verified"_s);
        const QList<RecordedRequest> asked = m_server.requests();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().header("Range"), QByteArray("bytes=100000-"));
        QFile file(outDir() + u"/c.bin"_s);
        QCOMPARE(file.size(), size);
    }
    void changeUrlOnAPausedRow()
    {
        // A slow body, paused mid-way: Change URL stops that attempt and, once resumed, the
        // row goes on at the new URL (here another entity: it starts over and is done).
        paste(url(u"/drip?size=400000&chunk=4000&interval=50&name=p.bin"_s) + u"\tname=p.bin"_s);
        m_window->findChild<QAction *>(u"actionStart"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->summary().count(S::Active), 1, 10000);
        QAction *pause = m_window->findChild<QAction *>(u"actionPause"_s);
        pause->trigger();
        QVERIFY(pause->isChecked());
        const ItemId id =
            m_window->model()->index(0, 0).data(TransferModel::IdRole).value<ItemId>();
        QString error;
        QVERIFY2(m_window->downloadList()->changeUrl(id, url(u"/file?size=5000&x=p"_s), &error),
                 qPrintable(error));
        QSignalSpy finished(m_window.get(), &MainWindow::batchFinished);
        pause->trigger(); // resumed
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        m_window->model()->flush();
        QCOMPARE(cell(0, Column::Status), u"Done"_s);
        QCOMPARE(QFileInfo(outDir() + u"/p.bin"_s).size(), 5000);
    }
    void changeUrlRefusesWhatIsNotAUrl()
    {
        paste(url(u"/status?code=404"_s));
        runToTheEnd();
        QString error;
        const ItemId id =
            m_window->model()->index(0, 0).data(TransferModel::IdRole).value<ItemId>();
        QVERIFY(!m_window->downloadList()->changeUrl(id, u"ftp://x/y"_s, &error));
        QCOMPARE(error, u"unsupported scheme 'ftp' (only http and https)"_s);
        QVERIFY(
            m_window->downloadList()->changeUrl(id, url(u"/file?size=10&name=n.bin"_s), &error));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(outDir() + u"/n.bin"_s), 30000);
    }
};

QTEST_MAIN(TestWindowLists)
#include "tst_windowlists.moc"
