#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "appsettings.h"
#include "clipboardbar.h"
#include "clipboardwatcher.h"
#include "englishplurals.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "sessionkeeper.h"
#include "testsettings.h"
#include "transfermodel.h"
#include "transferview.h"

// Watching the clipboard (opt-in): copied text with http(s) links shows the bar over the table
// with the count of links not in the list yet; it never takes the focus and never adds by
// itself; Add adds exactly those links through the paste path, Dismiss hides them for good,
// and with watching off nothing is offered.
class TestClipboardBar final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EnglishPlurals m_plurals;
    std::unique_ptr<MainWindow> m_window;

    ClipboardBar *bar() const { return m_window->clipboardBar(); }
    QAction *watch() const
    {
        return m_window->findChild<QAction *>(QStringLiteral("actionWatchClipboard"));
    }
    static void copy(const QString &text) { QApplication::clipboard()->setText(text); }
    QStringList rows() const
    {
        QStringList out;
        TransferModel *model = m_window->model();
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r, int(TransferModel::Column::Url)).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")),
                        QStringLiteral("tst_clipboardbar"));
        QCoreApplication::installTranslator(&m_plurals);
    }
    void init()
    {
        QFile::remove(SessionKeeper::defaultPath());
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = m_dir.filePath(QStringLiteral("out"));
        settings.desktop.watchClipboard = true;
        QSettings store;
        settings.save(store);
        copy(QString());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void linksAreFoundOnceInOrder()
    {
        QCOMPARE(ClipboardWatcher::linksIn(
                     QStringLiteral("See https://a.test/x.iso, and (http://b.test/y).\n"
                                    "ftp://c.test/z https://a.test/x.iso svn+https://d.test/")),
                 QStringList(
                     {QStringLiteral("https://a.test/x.iso"), QStringLiteral("http://b.test/y")}));
        QVERIFY(ClipboardWatcher::linksIn(QStringLiteral("no links here")).isEmpty());
    }

    void offersNewLinksWithoutTakingFocusOrAdding()
    {
        QVERIFY(watch()->isChecked());
        QWidget *table = m_window->transferView()->table();
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        copy(QStringLiteral("Mirrors: http://127.0.0.1:9/a.bin https://example.test/b.bin\n"
                            "again http://127.0.0.1:9/a.bin and http://example.test/c.bin"));
        QTRY_VERIFY(bar()->isVisible());
        QCOMPARE(bar()->message(), QStringLiteral("3 links copied:"));
        QCOMPARE(QApplication::focusWidget(), table); // the bar took nothing
        QTest::qWait(200);
        QCOMPARE(m_window->model()->rowCount(), 0); // nothing added on its own

        bar()->findChild<QPushButton *>(QStringLiteral("clipboardAddButton"))->click();
        QVERIFY(!bar()->isVisible());
        QTRY_COMPARE(rows(), QStringList({QStringLiteral("http://127.0.0.1:9/a.bin"),
                                          QStringLiteral("https://example.test/b.bin"),
                                          QStringLiteral("http://example.test/c.bin")}));
        // Through the paste path: its feedback names the clipboard.
        QVERIFY2(m_window->inputPanel()->feedbackText().contains(QLatin1String("clipboard")),
                 qPrintable(m_window->inputPanel()->feedbackText()));

        // Links in the list are not offered again; a new one beside them is, alone.
        copy(QStringLiteral("http://127.0.0.1:9/a.bin"));
        QTest::qWait(50);
        QVERIFY(!bar()->isVisible());
        copy(QStringLiteral("http://127.0.0.1:9/a.bin\nhttp://127.0.0.1:9/d.bin"));
        QTRY_VERIFY(bar()->isVisible());
        QCOMPARE(bar()->message(), QStringLiteral("1 link copied:"));
        QCOMPARE(bar()->links(), QStringList(QStringLiteral("http://127.0.0.1:9/d.bin")));
    }

    void dismissHidesForGood()
    {
        copy(QStringLiteral("https://example.test/one https://example.test/two"));
        QTRY_VERIFY(bar()->isVisible());
        bar()->findChild<QPushButton *>(QStringLiteral("clipboardDismissButton"))->click();
        QVERIFY(!bar()->isVisible());
        QCOMPARE(m_window->model()->rowCount(), 0);
        copy(QStringLiteral("https://example.test/two\nhttps://example.test/one"));
        QTest::qWait(50);
        QVERIFY(!bar()->isVisible());
        // A copy without links withdraws an offer not answered.
        copy(QStringLiteral("https://example.test/three"));
        QTRY_VERIFY(bar()->isVisible());
        copy(QStringLiteral("just words"));
        QTRY_VERIFY(!bar()->isVisible());
    }

    void offMeansNoBarAndIsKept()
    {
        watch()->setChecked(false);
        QCOMPARE(QSettings().value(QStringLiteral("window/watchClipboard")).toBool(), false);
        QCOMPARE(AppSettings::load(QSettings()).desktop.watchClipboard, false);
        copy(QStringLiteral("https://example.test/off"));
        QTest::qWait(100);
        QVERIFY(!bar()->isVisible());
        // Switching it off withdraws an offer on show.
        watch()->setChecked(true);
        copy(QStringLiteral("https://example.test/on"));
        QTRY_VERIFY(bar()->isVisible());
        watch()->setChecked(false);
        QVERIFY(!bar()->isVisible());

        // The Settings' check box is the same setting.
        AppSettings settings = AppSettings::load(QSettings());
        settings.desktop.watchClipboard = true;
        m_window->applySettings(settings);
        QVERIFY(watch()->isChecked());
        copy(QStringLiteral("https://example.test/again"));
        QTRY_VERIFY(bar()->isVisible());
    }
};

QTEST_MAIN(TestClipboardBar)
#include "tst_clipboardbar.moc"
