// The window's "Check for Updates" (issue 18): a done row is asked for again with its
// validators; unchanged it stays done with its file untouched, changed it gets the new version
// in place. Rows that are not done are left alone.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "downloadlist.h"
#include "entityserver.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "sessionkeeper.h"
#include "testsettings.h"

using S = TransferModel::RowState;

class TestCheckForUpdates final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EntityServer m_server;
    std::unique_ptr<MainWindow> m_window;

    QString outDir() const { return m_dir.filePath(QStringLiteral("out")); }
    int count(S state) const { return m_window->model()->summary().count(state); }
    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")),
                        QStringLiteral("tst_checkforupdates"));
        QVERIFY(m_server.start());
        QFile::remove(SessionKeeper::defaultPath());
        QDir().mkpath(outDir());
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = outDir();
        QSettings store;
        settings.save(store);
        store.sync();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }

    void doneRowIsAskedAgain()
    {
        m_server.body = QByteArray(30000, 'a');
        m_server.etag = "\"one\"";
        m_window->inputPanel()->setText(m_server.url(QStringLiteral("/page.bin")) + u'\n' +
                                        m_server.url(QStringLiteral("/status?x=1")));
        m_window->findChild<QPushButton *>(QStringLiteral("addButton"))->click();
        m_window->findChild<QAction *>(QStringLiteral("actionStart"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Done), 2, 10000);
        const QString file = QDir(outDir()).filePath(QStringLiteral("page.bin"));
        const QDateTime mtime = QFileInfo(file).lastModified();
        const QList<ItemId> ids = m_window->model()->idsInState(S::Done);

        // Unchanged: a 304, the row done again, the file untouched.
        m_window->downloadList()->checkForUpdates(ids);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requests.size(), 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Done), 2, 10000);
        QCOMPARE(m_server.requests[2].value("if-none-match"), QByteArray("\"one\""));
        QCOMPARE(m_server.statuses[2], 304);
        QCOMPARE(QFileInfo(file).lastModified(), mtime);

        // Changed: the new version in place, no second file.
        m_server.body = QByteArray(20000, 'b');
        m_server.etag = "\"two\"";
        m_window->downloadList()->checkForUpdates({ids.first()});
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requests.size(), 5, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(count(S::Done), 2, 10000);
        QTRY_COMPARE(contents(file), m_server.body);
        QCOMPARE(QDir(outDir()).entryList(QDir::Files).size(), 2);
    }
};

QTEST_MAIN(TestCheckForUpdates)
#include "tst_checkforupdates.moc"
