// The texts made below the window in the window's language (issue 19): an invalid line's reason,
// a failed download's detail (404, stall, refused connection), the progress percentage and the
// notes on a Metalink or aria2 list read German or French in a translated window, while the
// headless mode, which loads no translator, keeps writing the English detail after its stable kind
// word, even on a German system.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "appsettings.h"
#include "englishplurals.h"
#include "fanoutprocess.h"
#include "hookoutcome.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "progressdelegate.h"
#include "sessionkeeper.h"
#include "summarybar.h"
#include "testserver.h"
#include "testsettings.h"
#include "testsupport.h"
#include "transferformat.h"
#include "transfermodel.h"
#include "uilanguage.h"
#include "windowhooks.h"

using namespace Qt::StringLiterals;
using Column = TransferModel::Column;
using S = TransferModel::RowState;

class TestLanguageDetails final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestServer m_server;
    EnglishPlurals m_plurals; // as GuiApp installs it, before any translation

    QString outDir() const { return m_dir.filePath(u"out"_s); }
    QString url(const QString &path) const { return m_server.urlString(path); }

    // Settings for a quick failure: no retry, a stall noticed after 0.3 s.
    void saveSettings()
    {
        QDir(outDir()).removeRecursively();
        QDir().mkpath(outDir());
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = outDir();
        settings.engine.retries = 0;
        settings.engine.stallTimeoutMs = 300;
        QSettings store;
        settings.save(store);
        store.sync();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(u"config"_s), u"tst_languagedetails"_s);
        QCoreApplication::installTranslator(&m_plurals);
        QVERIFY(m_server.start());
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    // A hook's outcome (stable English words in the headless mode) reads German in a German
    // window's status bar, worded from its facts.
    void germanHookOutcomes()
    {
        UiLanguage language;
        QCOMPARE(language.install(QLocale(QLocale::German, QLocale::Germany)), u"de"_s);
        QCOMPARE(WindowHooks::readableOutcome(HookOutcome::exited(3)),
                 u"mit Exit-Code 3 fehlgeschlagen"_s);
        QCOMPARE(WindowHooks::readableOutcome(HookOutcome::of(HookOutcome::Kind::TimedOut)),
                 u"wurde nicht rechtzeitig fertig"_s);
        QCOMPARE(WindowHooks::readableOutcome(HookOutcome::notStarted(u"No such file"_s)),
                 u"kann nicht starten: No such file"_s);
    }

    // A German window: every cell of an invalid line and of failed downloads reads German.
    void germanErrorCells()
    {
        QFile::remove(SessionKeeper::defaultPath());
        saveSettings();
        UiLanguage language;
        QCOMPARE(language.install(QLocale(QLocale::German, QLocale::Germany)), u"de"_s);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString refused = u"http://127.0.0.1:1/refused.bin"_s; // nothing listens there
        window.inputPanel()->setText(QStringList({u"kein-link"_s, url(u"/status?code=404"_s),
                                                  url(u"/stall?size=200&after=100"_s), refused})
                                         .join(u'\n'));
        auto *add = window.findChild<QPushButton *>(u"addButton"_s);
        QVERIFY(add);
        QTRY_VERIFY(add->isEnabled());
        add->click();
        TransferModel *model = window.model();
        QTRY_COMPARE(model->rowCount(), 4);
        const auto cell = [model](int row, Column c) {
            return model->index(row, int(c)).data().toString();
        };
        QCOMPARE(cell(0, Column::Status), u"Ungültig: keine URL"_s);
        QCOMPARE(cell(0, Column::Error), u"Ungültig: keine URL"_s);
        auto *start = window.findChild<QAction *>(u"actionStart"_s);
        QVERIFY(start && start->isEnabled());
        start->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->summary().count(S::Failed), 3, 20000);
        QCOMPARE(cell(1, Column::Error), u"404 Nicht gefunden"_s);
        QCOMPARE(cell(2, Column::Error), u"Stillstand: seit 0,3 s keine Daten empfangen"_s);
        QCOMPARE(cell(3, Column::Error), u"Verbindung von 127.0.0.1 abgelehnt"_s);
        // Its progress is said the German way, with a no-break space before the sign.
        const QString progress = cell(2, Column::Progress);
        QVERIFY2(progress.endsWith(u"\u00a0%"_s) && progress.at(0).isDigit(), qPrintable(progress));
    }

    // French writes a (no-break) space before the percent sign, everywhere a share is shown.
    void frenchPercent()
    {
        UiLanguage language;
        QCOMPARE(language.install(QLocale(QLocale::French, QLocale::France)), u"fr"_s);
        QCOMPARE(TransferFormat::percent(0.42), u"42\u202f%"_s);
        QCOMPARE(ProgressDelegate::barText(0.42), u"42\u202f%"_s);
        SummaryBar summary;
        auto *overall = summary.findChild<QProgressBar *>(u"overallProgress"_s);
        QVERIFY(overall);
        overall->setValue(420);
        QCOMPARE(overall->text(), u"42\u202f%"_s);
        QCOMPARE(TransferFormat::progressText(0.42, 1536, 4096),
                 u"42\u202f%, 1,50 Kio sur 4,00 Kio"_s);
        // The kind word and the detail both in French.
        QCOMPARE(
            TransferFormat::readableError(
                u"cancelled: "_s + QCoreApplication::translate("Scheduler", "cancelled by user")),
            u"Annulé par l’utilisateur"_s);
    }

    // A German window reads the conversion notes of a Metalink document and of an aria2 input
    // file in German: in the paste feedback, by line, and in the status bar.
    void germanListNotes()
    {
        QFile::remove(SessionKeeper::defaultPath());
        saveSettings();
        UiLanguage language;
        QCOMPARE(language.install(QLocale(QLocale::German, QLocale::Germany)), u"de"_s);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString metalink = m_dir.filePath(u"files.meta4"_s);
        FanoutProcess::writeFile(
            metalink, {u"<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">"_s,
                       u"<file name=\"a\"><url>ftp://example.test/a</url>"_s,
                       u"<url>ftp://example.test/a2</url><url>"_s + url(u"/file?size=10"_s) +
                           u"</url></file>"_s,
                       u"<file name=\"b\"><url>"_s + url(u"/file?size=20"_s) + u"</url>"_s,
                       u"<metaurl mediatype=\"torrent\">http://example.test/b.torrent</metaurl>"_s,
                       u"</file></metalink>"_s});
        QVERIFY(window.addFile(metalink));
        InputPanel *input = window.inputPanel();
        const auto shows = [input](const QString &text) {
            return input->feedbackText().contains(text);
        };
        QTRY_VERIFY2(shows(u"Zeile 2: ignoriert: 2 URLs, die nicht http oder https sind"_s),
                     qPrintable(input->feedbackText()));
        QVERIFY2(shows(u"Zeile 4: ignoriert: <metaurl> (Torrents und andere Metalinks)"_s),
                 qPrintable(input->feedbackText()));
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     u"ignoriert: <metaurl> (Torrents und andere Metalinks)"_s),
                 qPrintable(window.statusBar()->currentMessage()));

        const QString aria2 = m_dir.filePath(u"input.aria2"_s);
        FanoutProcess::writeFile(aria2, {url(u"/file?size=30"_s) + u"\tftp://example.test/c"_s,
                                         u"  split=3"_s, u"  checksum=adler32=1234"_s});
        QVERIFY(window.addFile(aria2));
        QTRY_VERIFY2(
            shows(u"Zeile 1: ignoriert: ftp-URI (nur http und https werden heruntergeladen)"_s),
            qPrintable(input->feedbackText()));
        QVERIFY2(shows(u"Zeile 2: ignoriert: aria2-Option split"_s),
                 qPrintable(input->feedbackText()));
        QVERIFY2(shows(u"Zeile 3: ignoriert: Prüfsummenverfahren adler32"_s),
                 qPrintable(input->feedbackText()));
        QVERIFY2(!input->feedbackText().contains(u"ignored"_s), qPrintable(input->feedbackText()));
    }

    // The headless mode loads no translator and uses C numbers, whatever the system says: its
    // CSV keeps the English detail after the stable kind word, and the notes on an aria2 list
    // are English too.
    void headlessStaysEnglish()
    {
        const QString list = m_dir.filePath(u"list.aria2"_s);
        FanoutProcess::writeFile(list, {u"kein-link"_s, url(u"/status?code=404"_s), u"  split=3"_s,
                                        url(u"/stall?size=1000&after=10"_s)});
        const QString csv = m_dir.filePath(u"r.csv"_s);
        const QByteArray keptLanguage = qgetenv("LANGUAGE"), keptAll = qgetenv("LC_ALL");
        qputenv("LANGUAGE", "de");
        qputenv("LC_ALL", "de_DE.UTF-8");
        const FanoutProcess::Run run = FanoutProcess::run(
            m_dir.path(), {u"--headless"_s, list, u"-o"_s, outDir(), u"--csv"_s, csv,
                           u"--stall-timeout"_s, u"0.3"_s, u"--retries"_s, u"0"_s});
        qputenv("LANGUAGE", keptLanguage);
        qputenv("LC_ALL", keptAll);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"list.aria2:3: ignored: aria2 option split"_s),
                 qPrintable(run.err));
        const QList<QStringList> rows = TestSupport::readCsvFile(csv);
        QStringList errors;
        for (const QStringList &row : rows.mid(1))
            errors << row.value(7);
        errors.sort();
        QCOMPARE(errors, QStringList({u"http: HTTP 404 Not Found"_s, u"invalid: not a URL"_s,
                                      u"stall: no data received for 0.3 s"_s}));
    }
};

QTEST_MAIN(TestLanguageDetails)
#include "tst_languagedetails.moc"
