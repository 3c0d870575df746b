// The window in another language (issue 19): German menus, Start button, column headers and
// plurals; French plurals for 0 and 1; English plurals without any translation; mnemonics unique
// within each menu in every shipped language; Qt's own dialog texts; the Settings choice.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

#include "appsettings.h"
#include "downloadspage.h"
#include "englishplurals.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "testsettings.h"
#include "transferformat.h"
#include "transfermodel.h"
#include "uilanguage.h"

using namespace Qt::StringLiterals;

namespace {
QString unfinished(int n)
{
    return QCoreApplication::translate("ClearListPrompt",
                                       "%n unfinished download(s) will be cancelled.", nullptr, n);
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

// The mnemonic letters of texts shown together: each may appear once (Alt+letter picks one).
QString duplicateMnemonics(const QStringList &texts, bool everyTextHasOne = true)
{
    QHash<QString, QString> seen;
    QStringList clashes;
    for (const QString &text : texts) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (mnemonic.isEmpty()) {
            if (everyTextHasOne)
                clashes << u"no mnemonic in \"%1\""_s.arg(text);
            continue;
        }
        const QString key = mnemonic.toString();
        if (seen.contains(key))
            clashes << u"\"%1\" and \"%2\""_s.arg(seen.value(key), text);
        seen.insert(key, text);
    }
    return clashes.join(u"; "_s);
}

QString duplicateMnemonics(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return duplicateMnemonics(texts);
}

// The texts with a mnemonic under `root`: buttons, check boxes, and labels with a buddy.
QStringList mnemonicTexts(const QWidget *root)
{
    QStringList texts;
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts << button->text();
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            texts << label->text();
    }
    return texts;
}
} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EnglishPlurals m_plurals; // as GuiApp installs it, before any translation

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(u"config"_s), u"tst_language"_s);
        QCoreApplication::installTranslator(&m_plurals);
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void englishPluralsWithoutTranslation()
    {
        UiLanguage language;
        QCOMPARE(language.install(QLocale(QLocale::English, QLocale::UnitedStates)), QString());
        QCOMPARE(unfinished(1), u"1 unfinished download will be cancelled."_s);
        QCOMPARE(unfinished(2), u"2 unfinished downloads will be cancelled."_s);
        QCOMPARE(TransferFormat::dataSize(1), u"1 byte"_s);
        QCOMPARE(TransferFormat::dataSize(2), u"2 bytes"_s);
    }

    void germanWindow()
    {
        UiLanguage language;
        QCOMPARE(language.install(QLocale(QLocale::German, QLocale::Germany)), u"de"_s);
        MainWindow window;
        QCOMPARE(menuTitles(window),
                 QStringList({u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"Do&wnloads"_s}));
        auto *start = window.findChild<QAction *>(u"actionStart"_s);
        QVERIFY(start);
        QCOMPARE(start->text(), u"&Starten"_s);
        // The toolbar's Start button shows it.
        const auto *bar = window.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(bar);
        const auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(start));
        QVERIFY(button);
        QCOMPARE(button->defaultAction()->text(), u"&Starten"_s);
        const auto header = [&window](TransferModel::Column c) {
            return window.model()->headerData(int(c), Qt::Horizontal).toString();
        };
        QCOMPARE(header(TransferModel::Column::File), u"Datei"_s);
        QCOMPARE(header(TransferModel::Column::Status), u"Status"_s);
        QCOMPARE(header(TransferModel::Column::Progress), u"Fortschritt"_s);
        QCOMPARE(header(TransferModel::Column::Size), u"Größe"_s);
        QCOMPARE(header(TransferModel::Column::Speed), u"Geschwindigkeit"_s);
        QCOMPARE(header(TransferModel::Column::Eta), u"Restzeit"_s);
        // A plural in both forms, and numbers and sizes in German.
        QCOMPARE(unfinished(1), u"1 unfertiger Download wird abgebrochen."_s);
        QCOMPARE(unfinished(3), u"3 unfertige Downloads werden abgebrochen."_s);
        QCOMPARE(TransferFormat::dataSize(1), u"1 Byte"_s);
        QCOMPARE(TransferFormat::dataSize(1536), u"1,50 KiB"_s);
        QCOMPARE(TransferModel::stateName(TransferModel::RowState::Done), u"Fertig"_s);
        // Qt's own texts come from qtbase_de.qm: a standard button speaks German too.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_s);
    }

    void frenchPluralForZeroAndOne()
    {
        UiLanguage language;
        QCOMPARE(language.install(QLocale(QLocale::French, QLocale::France)), u"fr"_s);
        QCOMPARE(TransferFormat::dataSize(0), u"0 octet"_s);
        QCOMPARE(TransferFormat::dataSize(1), u"1 octet"_s);
        QCOMPARE(TransferFormat::dataSize(2), u"2 octets"_s);
        QCOMPARE(unfinished(0), u"0 téléchargement inachevé sera annulé."_s);
        QCOMPARE(unfinished(1), u"1 téléchargement inachevé sera annulé."_s);
        QCOMPARE(unfinished(2), u"2 téléchargements inachevés seront annulés."_s);
    }

    void mnemonicsUniquePerMenu_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en") << QLocale(QLocale::English);
        QTest::newRow("de") << QLocale(QLocale::German);
        QTest::newRow("fr") << QLocale(QLocale::French);
        QTest::newRow("es") << QLocale(QLocale::Spanish);
    }

    void mnemonicsUniquePerMenu()
    {
        QFETCH(QLocale, locale);
        UiLanguage language;
        language.install(locale);
        MainWindow window;
        QString clashes = duplicateMnemonics(window.menuBar()->actions());
        for (const QAction *title : window.menuBar()->actions()) {
            QList<QAction *> items = title->menu()->actions();
            // Pause reads Resume while paused: both must fit the menu.
            if (auto *pause = window.findChild<QAction *>(u"actionPause"_s);
                items.contains(pause)) {
                auto *resume =
                    new QAction(QCoreApplication::translate("StartGate", "&Resume"), &window);
                items << resume;
            }
            const QString inMenu = duplicateMnemonics(items);
            if (!inMenu.isEmpty())
                clashes += u"\n%1: %2"_s.arg(title->text(), inMenu);
        }
        auto *view = window.findChild<QWidget *>(u"transferTable"_s);
        QVERIFY(view);
        const QString inContext = duplicateMnemonics(view->actions());
        if (!inContext.isEmpty())
            clashes += u"\ncontext menu: "_s + inContext;
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes));
    }

    // Each tab of the Settings dialog with the tab titles and the dialog's buttons around it.
    void mnemonicsUniquePerSettingsTab_data() { mnemonicsUniquePerMenu_data(); }

    void mnemonicsUniquePerSettingsTab()
    {
        QFETCH(QLocale, locale);
        UiLanguage language;
        language.install(locale);
        SettingsDialog dialog(AppSettings::defaults());
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QStringList around;
        for (int i = 0; i < tabs->count(); ++i)
            around << tabs->tabText(i);
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            if (!tabs->isAncestorOf(button))
                around << button->text();
        }
        QString clashes;
        for (int i = 0; i < tabs->count(); ++i) {
            const QString onTab =
                duplicateMnemonics(around + mnemonicTexts(tabs->widget(i)), false);
            if (!onTab.isEmpty())
                clashes += u"\n%1: %2"_s.arg(tabs->tabText(i), onTab);
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes));
    }

    void languageChoiceInSettings()
    {
        DownloadsPage page;
        auto *combo = page.findChild<QComboBox *>(u"language"_s);
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5);
        QCOMPARE(combo->itemData(0).toString(), QString()); // the system's
        AppSettings settings = AppSettings::defaults();
        settings.language = u"fr"_s;
        page.load(settings);
        QCOMPARE(combo->currentText(), u"Français"_s);
        combo->setCurrentIndex(combo->findData(u"de"_s));
        page.store(&settings);
        QCOMPARE(settings.language, u"de"_s);
        {
            QSettings store;
            settings.save(store);
        }
        QCOMPARE(AppSettings::load(QSettings()).language, u"de"_s);
        QCOMPARE(UiLanguage::localeFor(u"de"_s).language(), QLocale::German);
        QCOMPARE(UiLanguage::localeFor(QString()), QLocale::system());
        QCOMPARE(UiLanguage::localeFor(u"xx"_s), QLocale::system());
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
