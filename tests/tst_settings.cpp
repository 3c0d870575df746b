// What the window remembers (AppSettings): every field survives QSettings, missing keys read as
// the defaults, hand-edited values are clamped to what the headless mode accepts, and
// toEngineOptions reads the CA file and derives the proxy fields. The dialog that edits them is
// tests/tst_settingsdialog.cpp.
#include <QSettings>
#include <QTest>

#include "appsettings.h"
#include "optionsdump.h"
#include "settingsfiles.h"

using namespace Qt::StringLiterals;

namespace {
AppSettings saveAndLoad(const AppSettings &settings, const QString &file)
{
    {
        QSettings store(file, QSettings::IniFormat);
        settings.save(store);
    }
    QSettings store(file, QSettings::IniFormat);
    return AppSettings::load(store);
}
} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void roundTripsThroughQSettings()
    {
        const AppSettings original = m_files.everythingSet();
        // Each field differs from the default, so a field that is not saved cannot pass.
        const QStringList defaults = optionsDump(AppSettings::defaults().engine);
        const QStringList set = optionsDump(original.engine);
        for (qsizetype i = 0; i < set.size(); ++i) {
            const bool notAKnob = set[i].startsWith(QLatin1String("completedIndexPath=")) ||
                                  set[i].startsWith(QLatin1String("extraCaCertificates=")) ||
                                  set[i].startsWith(QLatin1String("readBufferBytes=")) ||
                                  // the headless mode's own, never the window's
                                  set[i].startsWith(QLatin1String("streaming=")) ||
                                  set[i].startsWith(QLatin1String("reportMoments=")) ||
                                  // per row in the window (Check for Updates), not a setting
                                  set[i].startsWith(QLatin1String("updateExisting=")) ||
                                  set[i].startsWith(QLatin1String("noProxy=")) || // proxyModes
                                  set[i].startsWith(QLatin1String("http2PriorKnowledge="));
            // (http2PriorKnowledge excludes the http1Only set here: httpVersions below.)
            QVERIFY2(notAKnob || set[i] != defaults[i], qPrintable(set[i]));
        }

        const AppSettings loaded =
            saveAndLoad(original, m_files.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(optionsDump(loaded.engine), optionsDump(original.engine));
        QCOMPARE(loaded.caCertFile, original.caCertFile);
        QCOMPARE(loaded.itemHook, original.itemHook);
        QCOMPARE(loaded.batchHook, original.batchHook);
        QCOMPARE(loaded.hookTimeoutMs, original.hookTimeoutMs);
        QVERIFY(original.hookTimeoutMs != AppSettings::defaults().hookTimeoutMs);
        QCOMPARE(int(loaded.proxyMode), int(original.proxyMode));
        QCOMPARE(loaded.proxyUrl, original.proxyUrl);
        QCOMPARE(loaded.engine.maxInFlight, 3);
        QCOMPARE(loaded.engine.retries, 7);
    }

    void httpVersions()
    {
        AppSettings settings = AppSettings::defaults();
        settings.engine.http2PriorKnowledge = true;
        const QString file = m_files.filePath(QStringLiteral("versions.ini"));
        AppSettings loaded = saveAndLoad(settings, file);
        QVERIFY(loaded.engine.http2PriorKnowledge);
        QVERIFY(!loaded.engine.http1Only);
        // A file edited by hand to ask for both: HTTP/1.1 only wins, as the safer reading.
        {
            QSettings store(file, QSettings::IniFormat);
            store.setValue(QStringLiteral("engine/http1Only"), true);
        }
        QSettings store(file, QSettings::IniFormat);
        loaded = AppSettings::load(store);
        QVERIFY(loaded.engine.http1Only);
        QVERIFY(!loaded.engine.http2PriorKnowledge);
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
        const AppSettings loaded =
            saveAndLoad(s, m_files.filePath(QStringLiteral("proxy-%1.ini").arg(mode)));
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

    void caCertificateIsReadIntoTheOptions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        QTest::newRow("none") << QString() << true << QString();
        QTest::newRow("pem") << m_files.caCert() << true << QString();
        QTest::newRow("missing") << m_files.filePath(QStringLiteral("gone.pem")) << false
                                 << "Cannot read";
        QTest::newRow("not a certificate") << m_files.notACert() << false << "No certificate";
    }
    void caCertificateIsReadIntoTheOptions()
    {
        QFETCH(QString, file);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        AppSettings s = AppSettings::defaults();
        s.caCertFile = file;
        EngineOptions options;
        QString error;
        QCOMPARE(s.toEngineOptions(&options, &error), ok);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(options.extraCaCertificates.size(), file == m_files.caCert() ? 1 : 0);
    }

    void missingKeysReadAsDefaults()
    {
        QSettings store(m_files.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        const AppSettings loaded = AppSettings::load(store);
        QCOMPARE(optionsDump(loaded.engine), optionsDump(AppSettings::defaults().engine));
        QCOMPARE(int(loaded.proxyMode), int(AppSettings::ProxyMode::System));
        QVERIFY(loaded.caCertFile.isEmpty());
    }

    void storedValuesAreClampedToTheHeadlessRanges_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QString>("expected"); // the optionsDump line
        const qint64 longest = qint64(AppSettings::Limits::seconds) * 1000;
        QTest::newRow("-j 0") << "maxInFlight" << QVariant(0) << "maxInFlight=1";
        QTest::newRow("-j 9999") << "maxInFlight" << QVariant(9999) << "maxInFlight=512";
        QTest::newRow("-j text") << "maxInFlight" << QVariant(u"many"_s) << "maxInFlight=8";
        QTest::newRow("retries -1") << "retries" << QVariant(-1) << "retries=0";
        QTest::newRow("retries 5000") << "retries" << QVariant(5000) << "retries=1000";
        QTest::newRow("per-host -3") << "perHostMax" << QVariant(-3) << "perHostMax=0";
        QTest::newRow("per-host 600") << "perHostMax" << QVariant(600) << "perHostMax=512";
        QTest::newRow("rate -1") << "perHostRate" << QVariant(-1.0) << "perHostRate=0";
        QTest::newRow("rate 1e9") << "perHostRate" << QVariant(1e9) << "perHostRate=100000";
        QTest::newRow("rate text") << "perHostRate" << QVariant(u"fast"_s) << "perHostRate=0";
        QTest::newRow("breaker 2000")
            << "breakerThreshold" << QVariant(2000) << "breakerThreshold=1000";
        QTest::newRow("connect -5") << "connectTimeoutMs" << QVariant(-5) << "connectTimeoutMs=0";
        QTest::newRow("deadline past int") << "batchDeadlineMs" << QVariant(qint64(1) << 40)
                                           << QStringLiteral("batchDeadlineMs=%1").arg(longest);
        QTest::newRow("item deadline text")
            << "itemDeadlineMs" << QVariant(u"soon"_s) << "itemDeadlineMs=0";
        QTest::newRow("cooldown text")
            << "breakerCooldownMs" << QVariant(u"x"_s) << "breakerCooldownMs=30000";
    }
    void storedValuesAreClampedToTheHeadlessRanges()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, stored);
        QFETCH(QString, expected);
        const QString file = m_files.filePath(QStringLiteral("clamp-%1.ini").arg(key));
        QFile::remove(file);
        {
            QSettings store(file, QSettings::IniFormat);
            store.setValue(QStringLiteral("engine/") + key, stored);
        }
        QSettings store(file, QSettings::IniFormat);
        const QStringList dump = optionsDump(AppSettings::load(store).engine);
        QVERIFY2(dump.contains(expected), qPrintable(dump.join(u'\n')));
    }

    void badStoredLinesAreSkipped()
    {
        const QString file = m_files.filePath(QStringLiteral("hand-edited.ini"));
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

private:
    SettingsFiles m_files;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
