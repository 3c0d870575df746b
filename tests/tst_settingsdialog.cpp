// The Settings dialog as a user meets it: every field survives the dialog, bad input is named
// under its field with its tab marked and OK disabled, Restore Defaults resets every tab, the
// dialog fits 800 x 600, and the keyboard reaches every field (mnemonics, Tab order, tabs).
// Its agreement with the headless flags: tests/tst_settingsparity_flags.cpp and
// tst_settingsparity_checks.cpp.
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

#include "appsettings.h"
#include "englishplurals.h"
#include "optionsdump.h"
#include "settingsdialog.h"
#include "settingsfiles.h"

using namespace Qt::StringLiterals;

namespace {
QChar mnemonic(const QString &text)
{
    const qsizetype at = text.indexOf(u'&');
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

// The fields a user fills in, as opposed to labels, containers and "…" buttons.
bool isField(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QCheckBox *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget);
}

QList<QWidget *> fieldsOf(QScrollArea *page)
{
    QList<QWidget *> out;
    for (QWidget *widget : page->widget()->findChildren<QWidget *>()) {
        // A spin box's own line edit is part of the spin box.
        if (isField(widget) && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            out.append(widget);
    }
    return out;
}
} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QCoreApplication::installTranslator(&m_plurals); // "1 failure", as the window has it
    }

    void dialogRoundTripsEveryField()
    {
        const AppSettings original = m_files.everythingSet();
        SettingsDialog dialog(original);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        QCOMPARE(dialog.findChild<QLineEdit *>(u"limitRate"_s)->text(), u"1.5M"_s);
        const AppSettings back = dialog.settings();
        QCOMPARE(optionsDump(back.engine), optionsDump(original.engine));
        QCOMPARE(back.caCertFile, original.caCertFile);
        QCOMPARE(int(back.proxyMode), int(original.proxyMode));
        QCOMPARE(back.proxyUrl, original.proxyUrl);
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void dialogNamesBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("tab");
        const auto row = [](const char *name, const char *field, const QString &text,
                            const char *label, const char *message, const char *tab) {
            QTest::newRow(name) << QString::fromLatin1(field) << text << QString::fromLatin1(label)
                                << QString::fromUtf8(message) << QString::fromLatin1(tab);
        };
        row("header without colon", "headers", u"Good: 1\nReferer example"_s, "headersError",
            "Line 2", "Requests");
        row("header name with space", "headers", u"Bad Name: x"_s, "headersError", "Bad Name",
            "Requests");
        row("header value beyond latin-1", "headers", u"X: \u20ac"_s, "headersError", "Latin-1",
            "Requests");
        row("host header without header", "hostHeaders", u"example.com"_s, "hostHeadersError",
            "host: Name: value", "Requests");
        row("host header with scheme", "hostHeaders", u"https://h: X: 1"_s, "hostHeadersError",
            "Line 1", "Requests");
        row("user agent control char", "userAgent", u"a\tb\x01"_s, "userAgentError", "control",
            "Requests");
        row("missing cookies file", "cookiesFile", u"/nonexistent/cookies.txt"_s,
            "cookiesFileError", "Cannot read", "Requests");
        row("missing netrc", "netrcFile", u"/nonexistent/netrc"_s, "netrcFileError", "Cannot read",
            "Requests");
        row("bad proxy", "proxyUrl", u"socks4://p"_s, "proxyError", "SOCKS5", "Connection");
        row("missing ca", "caCertFile", u"/nonexistent/ca.pem"_s, "caCertError", "Cannot read",
            "Connection");
        row("ca not a certificate", "caCertFile", m_files.notACert(), "caCertError",
            "No certificate", "Connection");
        row("bad rate", "limitRate", u"fast"_s, "limitRateError", "500k", "Politeness");
        row("negative rate", "limitRate", u"-1k"_s, "limitRateError", "500k", "Politeness");
        row("output folder is a file", "outputDir", m_files.netrc(), "outputDirError",
            "not a folder", "Downloads");
        row("no output folder", "outputDir", QString(), "outputDirError", "Choose a folder",
            "Downloads");
    }
    void dialogNamesBadInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, errorLabel);
        QFETCH(QString, message);
        QFETCH(QString, tab);
        AppSettings start = AppSettings::defaults();
        start.engine.outputDir = m_files.path();
        SettingsDialog dialog(start);
        dialog.findChild<QComboBox *>(u"proxyMode"_s)->setCurrentIndex(2);
        dialog.findChild<QLineEdit *>(u"proxyUrl"_s)->setText(u"http://p:3128"_s);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        QVERIFY(okButton(dialog)->isEnabled());
        auto *summary = dialog.findChild<QLabel *>(u"problemSummary"_s);
        QVERIFY(summary->isHidden());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        setText(dialog, field, text);
        auto *label = dialog.findChild<QLabel *>(errorLabel);
        QVERIFY(label);
        QVERIFY2(label->text().contains(message), qPrintable(label->text()));
        QVERIFY(!label->isHidden()); // on its tab, which need not be current
        QCOMPARE(dialog.problems().size(), 1);
        QVERIFY(!okButton(dialog)->isEnabled());
        // The line above the buttons says where to look, and that tab alone is marked.
        QVERIFY(!summary->isHidden());
        QVERIFY2(summary->text().contains(tab + u" tab"_s), qPrintable(summary->text()));
        auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
        for (int i = 0; i < tabs->count(); ++i)
            QCOMPARE(!tabs->tabIcon(i).isNull(), tabs->tabText(i).remove(u'&') == tab);

        // Fixing it clears the message and enables OK again.
        setText(dialog, field, field == QLatin1String("outputDir") ? m_files.path() : QString());
        if (field == QLatin1String("proxyUrl"))
            dialog.findChild<QComboBox *>(u"proxyMode"_s)->setCurrentIndex(0);
        QVERIFY(label->text().isEmpty());
        QVERIFY(label->isHidden());
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(summary->isHidden());
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY(tabs->tabIcon(i).isNull());
    }

    void checkModeNeedsNoOutputFolder()
    {
        SettingsDialog dialog(AppSettings::defaults());
        setText(dialog, u"outputDir"_s, QString());
        QCOMPARE(dialog.problems().size(), 1);
        dialog.findChild<QCheckBox *>(u"checkOnly"_s)->setChecked(true);
        QVERIFY(dialog.problems().isEmpty());
        // A folder that does not exist yet is fine: it is created when the batch starts.
        setText(dialog, u"outputDir"_s, m_files.filePath(u"new/folder"_s));
        dialog.findChild<QCheckBox *>(u"checkOnly"_s)->setChecked(false);
        QVERIFY(dialog.problems().isEmpty());
    }

    void malformedCookiesFileIsNamed()
    {
        const QString path = m_files.filePath(u"broken-cookies.txt"_s);
        QVERIFY(SettingsFiles::write(path, "# ok\n.example.com\tTRUE\t/\tMAYBE\t0\ta\tb\n"));
        SettingsDialog dialog(AppSettings::defaults());
        dialog.findChild<QLineEdit *>(u"cookiesFile"_s)->setText(path);
        const QString text = dialog.findChild<QLabel *>(u"cookiesFileError"_s)->text();
        QVERIFY2(text.contains(QLatin1String(":2: ")) && text.contains(QLatin1String("secure")),
                 qPrintable(text));
    }

    void proxyUrlOnlyCheckedInUrlMode()
    {
        SettingsDialog dialog(AppSettings::defaults());
        auto *mode = dialog.findChild<QComboBox *>(u"proxyMode"_s);
        auto *url = dialog.findChild<QLineEdit *>(u"proxyUrl"_s);
        url->setText(u"garbage://"_s);
        QVERIFY(!url->isEnabled());
        QVERIFY(dialog.problems().isEmpty());
        mode->setCurrentIndex(2);
        QVERIFY(url->isEnabled());
        QCOMPARE(dialog.problems().size(), 1);
        mode->setCurrentIndex(1);
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(dialog.settings().engine.noProxy);
        QCOMPARE(dialog.settings().proxyUrl, u"garbage://"_s); // kept for later
    }

    void breakerCooldownOnlyWithABreaker()
    {
        SettingsDialog dialog(AppSettings::defaults());
        auto *breaker = dialog.findChild<QSpinBox *>(u"breaker"_s);
        auto *cooldown = dialog.findChild<QDoubleSpinBox *>(u"breakerCooldown"_s);
        QCOMPARE(breaker->text(), tr("Off"));
        QVERIFY(!cooldown->isEnabled());
        breaker->setValue(1);
        QVERIFY(cooldown->isEnabled());
        QCOMPARE(breaker->text(), u"1 failure in a row"_s);
        breaker->setValue(3);
        QCOMPARE(breaker->text(), u"3 failures in a row"_s);
        QCOMPARE(cooldown->text(), u"30 s"_s);
        cooldown->setValue(2.25);
        QCOMPARE(cooldown->text(), u"2.25 s"_s);
    }

    void restoreDefaultsResetsEveryTab()
    {
        SettingsDialog dialog(m_files.everythingSet());
        dialog.findChild<QLineEdit *>(u"limitRate"_s)->setText(u"x"_s);
        QCOMPARE(dialog.problems().size(), 1);
        auto *restore = dialog.findChild<QPushButton *>(u"restoreDefaults"_s);
        QVERIFY(restore);
        restore->click();
        QVERIFY(dialog.problems().isEmpty());
        QCOMPARE(optionsDump(dialog.settings().engine),
                 optionsDump(AppSettings::defaults().engine));
        QVERIFY(dialog.findChild<QPlainTextEdit *>(u"headers"_s)->toPlainText().isEmpty());
        QCOMPARE(dialog.findChild<QComboBox *>(u"httpVersion"_s)->currentIndex(), 0);
        QVERIFY(dialog.settings().caCertFile.isEmpty());
        QCOMPARE(int(dialog.settings().proxyMode), int(AppSettings::ProxyMode::System));
    }

    void fitsIn800x600()
    {
        SettingsDialog dialog(m_files.everythingSet());
        // Room for a title bar and a panel on an 800 x 600 screen.
        const QSize room(800, 600 - 60);
        QVERIFY2(dialog.sizeHint().width() <= room.width() &&
                     dialog.sizeHint().height() <= room.height(),
                 qPrintable(
                     u"%1 x %2"_s.arg(dialog.sizeHint().width()).arg(dialog.sizeHint().height())));
        dialog.resize(dialog.sizeHint());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            auto *page = qobject_cast<QScrollArea *>(tabs->widget(i));
            QVERIFY(page);
            QApplication::processEvents();
            // Nothing is cut on the right (pages scroll only downwards).
            QVERIFY2(page->widget()->minimumSizeHint().width() <= page->viewport()->width(),
                     qPrintable(tabs->tabText(i)));
            for (QWidget *field : fieldsOf(page))
                QVERIFY2(field->geometry().right() <= page->viewport()->width(),
                         qPrintable(field->objectName()));
        }
    }

    void mnemonicsAreUniqueOnEachTab()
    {
        SettingsDialog dialog(AppSettings::defaults());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
        QStringList shared;
        for (int i = 0; i < tabs->count(); ++i)
            shared.append(tabs->tabText(i));
        for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons())
            shared.append(button->text());
        for (int i = 0; i < tabs->count(); ++i) {
            auto *page = qobject_cast<QScrollArea *>(tabs->widget(i));
            QStringList texts = shared;
            QList<QWidget *> reachable;
            for (QLabel *label : page->widget()->findChildren<QLabel *>()) {
                if (label->buddy()) {
                    texts.append(label->text());
                    reachable.append(label->buddy());
                }
            }
            for (QCheckBox *box : page->widget()->findChildren<QCheckBox *>()) {
                texts.append(box->text());
                reachable.append(box);
            }
            QString seen;
            for (const QString &text : texts) {
                const QChar key = mnemonic(text);
                if (key.isNull() && shared.contains(text))
                    continue; // OK and Cancel have Enter and Escape
                QVERIFY2(!key.isNull(), qPrintable(text + u" has no mnemonic"_s));
                QVERIFY2(!seen.contains(key), qPrintable(u"&%1 twice: %2"_s.arg(key).arg(text)));
                seen.append(key);
            }
            // Every field but the proxy URL (next to its mode, one Tab away) has its own key.
            for (QWidget *field : fieldsOf(page)) {
                if (field->objectName() != QLatin1String("proxyUrl"))
                    QVERIFY2(reachable.contains(field), qPrintable(field->objectName()));
            }
        }
    }

    void keyboardReachesEveryField()
    {
        AppSettings start = m_files.everythingSet();
        start.engine.breakerThreshold = 2; // the cooldown is enabled
        SettingsDialog dialog(start);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
        // Alt + the tab's letter opens it; then Tab walks its fields top to bottom.
        for (int i = 0; i < tabs->count(); ++i) {
            const QChar key = mnemonic(tabs->tabText(i));
            QTest::keyClick(&dialog, key.toLatin1(), Qt::AltModifier);
            QCOMPARE(tabs->currentIndex(), i);
            auto *page = qobject_cast<QScrollArea *>(tabs->widget(i));
            QList<QWidget *> fields = fieldsOf(page);
            std::sort(fields.begin(), fields.end(), [page](QWidget *a, QWidget *b) {
                const QPoint pa = a->mapTo(page->widget(), QPoint());
                const QPoint pb = b->mapTo(page->widget(), QPoint());
                return std::pair(pa.y(), pa.x()) < std::pair(pb.y(), pb.x());
            });
            fields.first()->setFocus(Qt::TabFocusReason);
            QList<QWidget *> visited;
            int lastY = -1;
            for (int step = 0; step < 40; ++step) {
                QWidget *focus = QApplication::focusWidget();
                if (!focus || !page->widget()->isAncestorOf(focus))
                    break;
                if (isField(focus) && !visited.contains(focus)) {
                    const int y = focus->mapTo(page->widget(), QPoint()).y();
                    QVERIFY2(y >= lastY, qPrintable(focus->objectName()));
                    lastY = y;
                    visited.append(focus);
                }
                QTest::keyClick(focus, Qt::Key_Tab);
            }
            for (QWidget *field : fields)
                QVERIFY2(visited.contains(field), qPrintable(field->objectName()));
        }
        // Ctrl+Tab goes on to the next tab, from a field of the first (the last tab's Tab
        // ends on the dialog's buttons, outside the tabs).
        tabs->setCurrentIndex(0);
        dialog.findChild<QWidget *>(u"retries"_s)->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
    }

private:
    static QPushButton *okButton(SettingsDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    static void setText(SettingsDialog &dialog, const QString &field, const QString &text)
    {
        if (auto *edit = dialog.findChild<QPlainTextEdit *>(field))
            edit->setPlainText(text);
        else
            dialog.findChild<QLineEdit *>(field)->setText(text);
    }

    SettingsFiles m_files;
    EnglishPlurals m_plurals;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
