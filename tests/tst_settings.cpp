// The window's settings: every field survives QSettings and the dialog, bad input is named
// under its field and keeps OK disabled, Restore Defaults resets the new fields too.
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "appsettings.h"
#include "settingsdialog.h"

namespace {
AppSettings everythingSet(const QString &dir)
{
    AppSettings s = AppSettings::defaults();
    EngineOptions &e = s.engine;
    e.outputDir = dir;
    e.maxInFlight = 3;
    e.retries = 7;
    e.headers = {{"Referer", "https://example.com/"}, {"X-Empty", ""}, {"Accept", "a: b"}};
    e.hostHeaders = {{QStringLiteral("files.example.com"), {"Authorization", "Bearer t0k"}},
                     {QStringLiteral("cdn.example"), {"X-A", "1"}}};
    e.userAgent = "Mozilla/5.0 (X11) Fanout-test";
    e.cookiesFile = dir + QStringLiteral("/cookies.txt");
    e.netrcFile = dir + QStringLiteral("/netrc");
    e.limitRateBytes = 1536 * 1024;
    e.http1Only = true;
    s.proxyMode = AppSettings::ProxyMode::Url;
    s.proxyUrl = QStringLiteral("socks5h://u:p@proxy.example:1081");
    e.proxy = s.proxyUrl;
    e.noProxy = false;
    return s;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

void compareSites(const AppSettings &a, const AppSettings &b)
{
    QCOMPARE(a.engine.headers, b.engine.headers);
    QCOMPARE(a.engine.hostHeaders, b.engine.hostHeaders);
    QCOMPARE(a.engine.userAgent, b.engine.userAgent);
    QCOMPARE(a.engine.cookiesFile, b.engine.cookiesFile);
    QCOMPARE(a.engine.netrcFile, b.engine.netrcFile);
    QCOMPARE(a.engine.limitRateBytes, b.engine.limitRateBytes);
    QCOMPARE(a.engine.http1Only, b.engine.http1Only);
    QCOMPARE(a.engine.proxy, b.engine.proxy);
    QCOMPARE(a.engine.noProxy, b.engine.noProxy);
    QCOMPARE(int(a.proxyMode), int(b.proxyMode));
    QCOMPARE(a.proxyUrl, b.proxyUrl);
}
} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(m_dir.filePath(QStringLiteral("cookies.txt")),
                  ".example.com\tTRUE\t/\tFALSE\t0\tsid\tabc\n");
        writeFile(m_dir.filePath(QStringLiteral("netrc")), "machine h login u password p\n");
    }

    void roundTripsThroughQSettings()
    {
        const AppSettings original = everythingSet(m_dir.path());
        const QString file = m_dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings store(file, QSettings::IniFormat);
            original.save(store);
        }
        QSettings store(file, QSettings::IniFormat);
        const AppSettings loaded = AppSettings::load(store);
        compareSites(loaded, original);
        QCOMPARE(loaded.engine.maxInFlight, 3);
        QCOMPARE(loaded.engine.retries, 7);
    }

    void proxyModes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<bool>("noProxy");
        QTest::newRow("system") << int(AppSettings::ProxyMode::System) << QString() << false;
        QTest::newRow("none") << int(AppSettings::ProxyMode::None) << QString() << true;
        QTest::newRow("url") << int(AppSettings::ProxyMode::Url) << "http://p:8080" << false;
    }
    void proxyModes()
    {
        QFETCH(int, mode);
        QFETCH(QString, proxy);
        QFETCH(bool, noProxy);
        AppSettings s = AppSettings::defaults();
        s.proxyMode = AppSettings::ProxyMode(mode);
        s.proxyUrl = QStringLiteral("http://p:8080"); // kept whatever the mode
        const QString file = m_dir.filePath(QStringLiteral("proxy-%1.ini").arg(mode));
        {
            QSettings store(file, QSettings::IniFormat);
            s.save(store);
        }
        QSettings store(file, QSettings::IniFormat);
        const AppSettings loaded = AppSettings::load(store);
        QCOMPARE(int(loaded.proxyMode), mode);
        QCOMPARE(loaded.proxyUrl, QStringLiteral("http://p:8080"));
        EngineOptions options;
        QString error;
        QVERIFY2(loaded.toEngineOptions(&options, &error), qPrintable(error));
        QCOMPARE(options.proxy, proxy);
        QCOMPARE(options.noProxy, noProxy);
    }

    void invalidProxyIsAnErrorNotADirectConnection()
    {
        AppSettings s = AppSettings::defaults();
        s.proxyMode = AppSettings::ProxyMode::Url;
        s.proxyUrl = QStringLiteral("https://p:443");
        EngineOptions options;
        QString error;
        QVERIFY(!s.toEngineOptions(&options, &error));
        QVERIFY2(error.contains(QLatin1String("https://")), qPrintable(error));
        QCOMPARE(options.proxy, s.proxyUrl);
        QVERIFY(!options.noProxy);
    }

    void missingKeysReadAsDefaults()
    {
        QSettings store(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        const AppSettings loaded = AppSettings::load(store);
        compareSites(loaded, AppSettings::defaults());
    }

    void badStoredLinesAreSkipped()
    {
        const QString file = m_dir.filePath(QStringLiteral("hand-edited.ini"));
        {
            QSettings store(file, QSettings::IniFormat);
            store.setValue(QStringLiteral("engine/headers"),
                           QStringList{QStringLiteral("Good: 1"), QStringLiteral("no colon"),
                                       QStringLiteral("Bad Name: 2")});
        }
        QSettings store(file, QSettings::IniFormat);
        const AppSettings loaded = AppSettings::load(store);
        QCOMPARE(loaded.engine.headers, (QList<QPair<QByteArray, QByteArray>>{{"Good", "1"}}));
    }

    void dialogRoundTripsEveryField()
    {
        const AppSettings original = everythingSet(m_dir.path());
        SettingsDialog dialog(original);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("limitRate"))->text(),
                 QStringLiteral("1.5M"));
        compareSites(dialog.settings(), original);
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void dialogNamesBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("message");
        QTest::newRow("header without colon") << "headers"
                                              << "Good: 1\nReferer example"
                                              << "headersError"
                                              << "Line 2";
        QTest::newRow("header name with space") << "headers"
                                                << "Bad Name: x"
                                                << "headersError"
                                                << "Bad Name";
        QTest::newRow("header value beyond latin-1") << "headers"
                                                     << "X: \u20ac"
                                                     << "headersError"
                                                     << "Latin-1";
        QTest::newRow("host header without header") << "hostHeaders"
                                                    << "example.com"
                                                    << "hostHeadersError"
                                                    << "host: Name: value";
        QTest::newRow("host header with scheme") << "hostHeaders"
                                                 << "https://h: X: 1"
                                                 << "hostHeadersError"
                                                 << "Line 1";
        QTest::newRow("user agent control char") << "userAgent"
                                                 << "a\tb\x01"
                                                 << "userAgentError"
                                                 << "control";
        QTest::newRow("missing cookies file") << "cookiesFile"
                                              << "/nonexistent/cookies.txt"
                                              << "cookiesFileError"
                                              << "Cannot read";
        QTest::newRow("missing netrc") << "netrcFile"
                                       << "/nonexistent/netrc"
                                       << "netrcFileError"
                                       << "Cannot read";
        QTest::newRow("bad proxy") << "proxyUrl"
                                   << "socks4://p"
                                   << "proxyError"
                                   << "SOCKS5";
        QTest::newRow("bad rate") << "limitRate"
                                  << "fast"
                                  << "limitRateError"
                                  << "500k";
        QTest::newRow("negative rate") << "limitRate"
                                       << "-1k"
                                       << "limitRateError"
                                       << "500k";
    }
    void dialogNamesBadInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, errorLabel);
        QFETCH(QString, message);
        SettingsDialog dialog(AppSettings::defaults());
        dialog.findChild<QComboBox *>(QStringLiteral("proxyMode"))->setCurrentIndex(2);
        dialog.findChild<QLineEdit *>(QStringLiteral("proxyUrl"))
            ->setText(QStringLiteral("http://p:3128"));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        if (auto *edit = dialog.findChild<QPlainTextEdit *>(field))
            edit->setPlainText(text);
        else
            dialog.findChild<QLineEdit *>(field)->setText(text);
        auto *label = dialog.findChild<QLabel *>(errorLabel);
        QVERIFY(label);
        QVERIFY2(label->text().contains(message), qPrintable(label->text()));
        QVERIFY(!label->isHidden()); // on the Sites tab, which need not be current
        QCOMPARE(dialog.problems().size(), 1);
        QVERIFY(!okButton(dialog)->isEnabled());

        // Fixing it clears the message and enables OK again.
        if (auto *edit = dialog.findChild<QPlainTextEdit *>(field))
            edit->setPlainText(QString());
        else
            dialog.findChild<QLineEdit *>(field)->setText(QString());
        if (field == QLatin1String("proxyUrl"))
            dialog.findChild<QComboBox *>(QStringLiteral("proxyMode"))->setCurrentIndex(0);
        QVERIFY(label->text().isEmpty());
        QVERIFY(label->isHidden());
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void malformedCookiesFileIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken-cookies.txt"));
        writeFile(path, "# ok\n.example.com\tTRUE\t/\tMAYBE\t0\ta\tb\n");
        SettingsDialog dialog(AppSettings::defaults());
        dialog.findChild<QLineEdit *>(QStringLiteral("cookiesFile"))->setText(path);
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("cookiesFileError"))->text();
        QVERIFY2(text.contains(QLatin1String(":2: ")) && text.contains(QLatin1String("secure")),
                 qPrintable(text));
    }

    void proxyUrlOnlyCheckedInUrlMode()
    {
        SettingsDialog dialog(AppSettings::defaults());
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("proxyMode"));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("proxyUrl"));
        url->setText(QStringLiteral("garbage://"));
        QVERIFY(!url->isEnabled());
        QVERIFY(dialog.problems().isEmpty());
        mode->setCurrentIndex(2);
        QVERIFY(url->isEnabled());
        QCOMPARE(dialog.problems().size(), 1);
        mode->setCurrentIndex(1);
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(dialog.settings().engine.noProxy);
        QCOMPARE(dialog.settings().proxyUrl, QStringLiteral("garbage://")); // kept for later
    }

    void restoreDefaultsResetsTheNewFields()
    {
        SettingsDialog dialog(everythingSet(m_dir.path()));
        dialog.findChild<QLineEdit *>(QStringLiteral("limitRate"))->setText(QStringLiteral("x"));
        QCOMPARE(dialog.problems().size(), 1);
        auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaults"));
        QVERIFY(restore);
        restore->click();
        QVERIFY(dialog.problems().isEmpty());
        compareSites(dialog.settings(), AppSettings::defaults());
        QVERIFY(
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("headers"))->toPlainText().isEmpty());
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("http1Only"))->isChecked());
    }

private:
    static QPushButton *okButton(SettingsDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
