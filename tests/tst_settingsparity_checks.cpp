#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include "appsettings.h"
#include "settingsdialog.h"
#include "settingsparityfixture.h"

using namespace Qt::StringLiterals;
using SettingsParity::headless;
using SettingsParity::setField;

// The Settings dialog's fields accept what the headless flags accept and refuse what they
// refuse, with OK disabled: the number fields' ranges are the flags' ranges, and texts (rates,
// sizes, headers, User-Agent, proxies, cookie, netrc and CA files) are refused when the flag is.
class TestSettingsParityChecks final : public SettingsParityFixture
{
    Q_OBJECT

private Q_SLOTS:
    void numberRangesAreTheHeadlessRanges_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("flag");
        const QList<QPair<const char *, const char *>> rows = {
            {"maxInFlight", "-j"},
            {"retries", "--retries"},
            {"backoff", "--backoff"},
            {"backoffMax", "--backoff-max"},
            {"connectTimeout", "--connect-timeout"},
            {"stallTimeout", "--stall-timeout"},
            {"attemptTimeout", "--timeout"},
            {"itemDeadline", "--item-deadline"},
            {"batchDeadline", "--deadline"},
            {"perHost", "--per-host"},
            {"rate", "--rate"},
            {"breaker", "--breaker"},
            {"breakerCooldown", "--breaker-cooldown"}};
        for (const auto &[field, flag] : rows)
            QTest::newRow(flag) << QString::fromLatin1(field) << QString::fromLatin1(flag);
    }
    void numberRangesAreTheHeadlessRanges()
    {
        QFETCH(QString, field);
        QFETCH(QString, flag);
        SettingsDialog dialog(AppSettings::defaults());
        double min = 0;
        double max = 0;
        int decimals = 0;
        if (auto *spin = dialog.findChild<QSpinBox *>(field)) {
            min = spin->minimum();
            max = spin->maximum();
        } else {
            auto *decimal = dialog.findChild<QDoubleSpinBox *>(field);
            QVERIFY2(decimal, qPrintable(field));
            min = decimal->minimum();
            max = decimal->maximum();
            decimals = decimal->decimals();
        }
        const auto accepts = [&](double value) {
            QString error;
            return headless(m_files.path(), {flag, QString::number(value, 'f', decimals)}, &error)
                .has_value();
        };
        QVERIFY2(accepts(min), qPrintable(QString::number(min)));
        QVERIFY2(accepts(max), qPrintable(QString::number(max)));
        QVERIFY2(!accepts(min - 1), qPrintable(QString::number(min - 1)));
        QVERIFY2(!accepts(max + 1), qPrintable(QString::number(max + 1)));
    }

    void textIsRefusedWhenTheFlagIs_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("flag");
        const auto row = [](const char *name, const char *field, const QString &text,
                            const char *flag) {
            QTest::newRow(name) << QString::fromLatin1(field) << text << QString::fromLatin1(flag);
        };
        row("rate 500k", "limitRate", u"500k"_s, "--limit-rate");
        row("rate 2M", "limitRate", u"2M"_s, "--limit-rate");
        row("rate 1.5m/s", "limitRate", u"1.5m/s"_s, "--limit-rate");
        row("rate 0", "limitRate", u"0"_s, "--limit-rate");
        row("rate word", "limitRate", u"fast"_s, "--limit-rate");
        row("rate negative", "limitRate", u"-1k"_s, "--limit-rate");
        row("rate exponent", "limitRate", u"1e3"_s, "--limit-rate");
        row("rate two dots", "limitRate", u"1.2.3k"_s, "--limit-rate");
        row("segment size 2M", "segmentMin", u"2M"_s, "--segment-min");
        row("segment size word", "segmentMin", u"big"_s, "--segment-min");
        row("segment size zero", "segmentMin", u"0"_s, "--segment-min");
        row("segment size rate", "segmentMin", u"8M/s"_s, "--segment-min");
        row("header", "headers", u"X-A: 1"_s, "-H");
        row("header empty value", "headers", u"X-Empty:"_s, "-H");
        row("header no colon", "headers", u"Referer example"_s, "-H");
        row("header bad name", "headers", u"Bad Name: 1"_s, "-H");
        row("header euro", "headers", QStringLiteral("X: \u20ac"), "-H");
        row("header control", "headers", QStringLiteral("X: a\u0001b"), "-H");
        row("agent", "userAgent", u"Mozilla/5.0 (X11)"_s, "--user-agent");
        row("agent latin-1", "userAgent", QStringLiteral("caf\u00e9"), "--user-agent");
        row("agent euro", "userAgent", QStringLiteral("\u20ac"), "--user-agent");
        row("agent control", "userAgent", QStringLiteral("a\u0001b"), "--user-agent");
        row("proxy http", "proxyUrl", u"http://p.example:3128"_s, "--proxy");
        row("proxy bare", "proxyUrl", u"p.example:3128"_s, "--proxy");
        row("proxy socks5h", "proxyUrl", u"socks5h://p.example"_s, "--proxy");
        row("proxy https", "proxyUrl", u"https://p.example"_s, "--proxy");
        row("proxy socks4", "proxyUrl", u"socks4://p.example"_s, "--proxy");
        row("proxy bad port", "proxyUrl", u"http://p.example:99999"_s, "--proxy");
        row("cookies", "cookiesFile", m_files.cookies(), "--cookies");
        row("cookies missing", "cookiesFile", m_files.filePath(u"gone.txt"_s), "--cookies");
        row("cookies not cookies", "cookiesFile", m_files.caCert(), "--cookies");
        row("netrc", "netrcFile", m_files.netrc(), "--netrc-file");
        row("netrc missing", "netrcFile", m_files.filePath(u"gone"_s), "--netrc-file");
        row("ca", "caCertFile", m_files.caCert(), "--ca-cert");
        row("ca missing", "caCertFile", m_files.filePath(u"gone.pem"_s), "--ca-cert");
        row("ca not a certificate", "caCertFile", m_files.notACert(), "--ca-cert");
    }
    void textIsRefusedWhenTheFlagIs()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, flag);
        QString error;
        const bool flagAccepts = headless(m_files.path(), {flag, text}, &error).has_value();
        SettingsDialog dialog(AppSettings::defaults());
        if (field == QLatin1String("proxyUrl"))
            dialog.findChild<QComboBox *>(QStringLiteral("proxyMode"))->setCurrentIndex(2);
        setField(dialog.findChild<QWidget *>(field), text);
        QVERIFY2(dialog.problems().isEmpty() == flagAccepts,
                 qPrintable(QStringLiteral("headless: %1; dialog: %2")
                                .arg(flagAccepts ? QStringLiteral("accepted") : error,
                                     dialog.problems().join(u'\n'))));
        QCOMPARE(okButton(dialog)->isEnabled(), flagAccepts);
    }

private:
    static QPushButton *okButton(SettingsDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
};

QTEST_MAIN(TestSettingsParityChecks)
#include "tst_settingsparity_checks.moc"
