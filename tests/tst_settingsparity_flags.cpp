#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

#include "appsettings.h"
#include "settingsdialog.h"
#include "settingsparityfixture.h"

using namespace Qt::StringLiterals;
using SettingsParity::headless;
using SettingsParity::hooksDump;
using SettingsParity::setField;

namespace {
// Flags that only make sense without a window: no field for them. --checksums is the window's
// File > Add Checksums… action, --failed-list its Export Failed as List…, not settings. Issue
// 18's --events and --shard are for scripts; --start-at and --update are the window's "Start
// at…" and "Check for Updates" commands.
const QStringList kHeadlessOnly = {
    QStringLiteral("help"),      QStringLiteral("help-all"),   QStringLiteral("version"),
    QStringLiteral("headless"),  QStringLiteral("csv"),        QStringLiteral("session"),
    QStringLiteral("quiet"),     QStringLiteral("new-window"), QStringLiteral("failed-list"),
    QStringLiteral("checksums"), QStringLiteral("events"),     QStringLiteral("shard"),
    QStringLiteral("start-at"),  QStringLiteral("update")};

// One flag of the headless mode, the dialog fields that express it (object name -> value) and
// the command line that sets the same thing.
struct Knob
{
    QString flag;
    QVariantMap fields;
    QStringList args;
};

QList<Knob> knobs(const SettingsFiles &files)
{
    const auto one = [](const char *flag, const char *field, const QVariant &value,
                        const QStringList &args) {
        return Knob{QString::fromLatin1(flag), {{QString::fromLatin1(field), value}}, args};
    };
    const QString elsewhere = files.filePath(QStringLiteral("elsewhere"));
    return {
        one("output", "outputDir", elsewhere, {u"-o"_s, elsewhere}),
        one("max-in-flight", "maxInFlight", 12, {u"-j"_s, u"12"_s}),
        one("connect-timeout", "connectTimeout", 2.5, {u"--connect-timeout"_s, u"2.5"_s}),
        one("stall-timeout", "stallTimeout", 0.0, {u"--stall-timeout"_s, u"0"_s}),
        one("timeout", "attemptTimeout", 90.001, {u"--timeout"_s, u"90.001"_s}),
        one("retries", "retries", 0, {u"--retries"_s, u"0"_s}),
        one("backoff", "backoff", 0.25, {u"--backoff"_s, u"0.25"_s}),
        one("backoff-max", "backoffMax", 10.0, {u"--backoff-max"_s, u"10"_s}),
        one("fail-fast", "failFast", true, {u"--fail-fast"_s}),
        one("check", "checkOnly", true, {u"--check"_s}),
        one("ca-cert", "caCertFile", files.caCert(), {u"--ca-cert"_s, files.caCert()}),
        one("per-host", "perHost", 4, {u"--per-host"_s, u"4"_s}),
        one("segments", "segments", 3, {u"--segments"_s, u"3"_s}),
        one("segment-min", "segmentMin", u"512k"_s, {u"--segment-min"_s, u"512k"_s}),
        one("rate", "rate", 2.5, {u"--rate"_s, u"2.5"_s}),
        one("no-adaptive", "adaptive", false, {u"--no-adaptive"_s}),
        one("breaker", "breaker", 5, {u"--breaker"_s, u"5"_s}),
        one("breaker-cooldown", "breakerCooldown", 12.5, {u"--breaker-cooldown"_s, u"12.5"_s}),
        one("deadline", "batchDeadline", 600.0, {u"--deadline"_s, u"600"_s}),
        one("item-deadline", "itemDeadline", 61.5, {u"--item-deadline"_s, u"61.5"_s}),
        one("no-skip", "skipExisting", false, {u"--no-skip"_s}),
        one("header", "headers", QStringLiteral("X-A: 1\nReferer: https://e.example/"),
            {u"-H"_s, u"X-A: 1"_s, u"-H"_s, u"Referer: https://e.example/"_s}),
        one("user-agent", "userAgent", QStringLiteral("Agent/1 (caf\u00e9)"),
            {u"--user-agent"_s, u"Agent/1 (caf\u00e9)"_s}),
        one("cookies", "cookiesFile", files.cookies(), {u"--cookies"_s, files.cookies()}),
        one("netrc-file", "netrcFile", files.netrc(), {u"--netrc-file"_s, files.netrc()}),
        Knob{QStringLiteral("proxy"),
             {{QStringLiteral("proxyMode"), 2},
              {QStringLiteral("proxyUrl"), QStringLiteral("socks5h://u:p@p.example:1081")}},
             {u"--proxy"_s, u"socks5h://u:p@p.example:1081"_s}},
        one("no-proxy", "proxyMode", 1, {u"--no-proxy"_s}),
        one("limit-rate", "limitRate", QStringLiteral("1.5M"), {u"--limit-rate"_s, u"1.5M"_s}),
        one("http1", "httpVersion", 1, {u"--http1"_s}),
        one("http2-prior-knowledge", "httpVersion", 2, {u"--http2-prior-knowledge"_s}),
        one("on-item-done", "itemHook", u"echo \"$FANOUT_URL\""_s,
            {u"--on-item-done"_s, u"echo \"$FANOUT_URL\""_s}),
        one("on-batch-done", "batchHook", u"notify-send done"_s,
            {u"--on-batch-done"_s, u"notify-send done"_s}),
        one("hook-timeout", "hookTimeout", 12.5, {u"--hook-timeout"_s, u"12.5"_s}),
    };
}

// The long names of the options `fanout --help` lists.
QStringList helpFlags()
{
    QProcess process;
    const QString binary = qEnvironmentVariable("FANOUT_BINARY"); // set by ctest
    if (binary.isEmpty())
        qWarning("FANOUT_BINARY is not set: run this test through ctest");
    process.start(binary, {QStringLiteral("--help")});
    if (!process.waitForFinished(30000))
        return {};
    QStringList flags;
    static const QRegularExpression option(QStringLiteral("^  (?:-\\w, )?--([a-z0-9-]+)"));
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        const QRegularExpressionMatch match = option.match(line);
        if (match.hasMatch())
            flags.append(match.captured(1));
    }
    return flags;
}

bool namesFlag(const QString &toolTip, const QString &flag)
{
    const QRegularExpression named(
        QStringLiteral("(^|[^\\w-])--%1(?![\\w-])").arg(QRegularExpression::escape(flag)));
    return named.match(toolTip).hasMatch();
}

QStringList fromDialog(const SettingsDialog &dialog)
{
    EngineOptions options;
    QString error;
    const AppSettings settings = dialog.settings();
    if (!settings.toEngineOptions(&options, &error))
        qWarning("toEngineOptions: %s", qPrintable(error));
    return optionsDump(options) +
           hooksDump(settings.itemHook, settings.batchHook, settings.hookTimeoutMs);
}

QStringList difference(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            out.append(a[i] + QStringLiteral(" / ") + b[i]);
    }
    return out;
}
} // namespace

// The Settings dialog against the headless mode it mirrors: every flag of `fanout --help` (but
// the few that only make sense without a window) has a field whose tooltip names it; each field
// changes the EngineOptions field its flag changes, and by the same amount, also after QSettings.
class TestSettingsParityFlags final : public SettingsParityFixture
{
    Q_OBJECT

private Q_SLOTS:
    void everyHeadlessFlagHasAFieldNamingIt()
    {
        const QStringList flags = helpFlags();
        QVERIFY2(flags.size() > 20, qPrintable(flags.join(u' ')));
        for (const QString &only : kHeadlessOnly)
            QVERIFY2(flags.contains(only), qPrintable(only)); // the list above is not stale
        const QList<Knob> all = knobs(m_files);
        QStringList mapped;
        for (const Knob &knob : all)
            mapped.append(knob.flag);
        SettingsDialog dialog(AppSettings::defaults());
        for (const QString &flag : flags) {
            if (kHeadlessOnly.contains(flag))
                continue;
            QVERIFY2(mapped.contains(flag), qPrintable(QStringLiteral("--%1 is not in knobs(), "
                                                                      "so its field is untested")
                                                           .arg(flag)));
            const Knob &knob = all.at(mapped.indexOf(flag));
            // The field the flag maps to says so in its tooltip, with what it does.
            bool named = false;
            for (const QString &name : knob.fields.keys()) {
                auto *field = dialog.findChild<QWidget *>(name);
                QVERIFY2(field, qPrintable(name));
                if (namesFlag(field->toolTip(), flag)) {
                    named = true;
                    QVERIFY2(field->toolTip().size() > flag.size() + 40,
                             qPrintable(field->toolTip()));
                }
            }
            QVERIFY2(named, qPrintable(QStringLiteral("no tooltip names --%1").arg(flag)));
        }
    }

    void politenessTooltipsSayOrigin_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *field : {"perHost", "rate", "breaker", "adaptive"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }
    void politenessTooltipsSayOrigin()
    {
        QFETCH(QString, field);
        SettingsDialog dialog(AppSettings::defaults());
        const QString tip = dialog.findChild<QWidget *>(field)->toolTip();
        QVERIFY2(tip.contains(QLatin1String("origin")), qPrintable(tip));
    }

    void fieldChangesWhatItsFlagChanges_data()
    {
        QTest::addColumn<QVariantMap>("fields");
        QTest::addColumn<QStringList>("args");
        for (const Knob &knob : knobs(m_files))
            QTest::newRow(qPrintable(knob.flag)) << knob.fields << knob.args;
    }
    void fieldChangesWhatItsFlagChanges()
    {
        QFETCH(QVariantMap, fields);
        QFETCH(QStringList, args);
        AppSettings base = AppSettings::defaults();
        base.engine.outputDir = m_files.path();
        SettingsDialog dialog(base);
        QString error;
        const auto plain = headless(m_files.path(), {}, &error);
        QVERIFY2(plain, qPrintable(error));
        // Untouched, the dialog means what the headless mode means with no flags.
        QCOMPARE(fromDialog(dialog), *plain);

        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            QWidget *field = dialog.findChild<QWidget *>(it.key());
            QVERIFY2(field, qPrintable(it.key()));
            setField(field, it.value());
        }
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        const auto flagged = headless(m_files.path(), args, &error);
        QVERIFY2(flagged, qPrintable(error));
        const QStringList want = *flagged;
        const QStringList got = fromDialog(dialog);
        QVERIFY2(got == want, qPrintable(difference(got, want).join(u'\n')));
        QVERIFY(!difference(want, *plain).isEmpty()); // the flag did change something

        // ... and it is still the same after QSettings and a new dialog.
        const QString file = m_files.filePath(QStringLiteral("knob.ini"));
        QFile::remove(file);
        {
            QSettings store(file, QSettings::IniFormat);
            dialog.settings().save(store);
        }
        QSettings store(file, QSettings::IniFormat);
        SettingsDialog reopened(AppSettings::load(store));
        QCOMPARE(fromDialog(reopened), want);
    }
};

QTEST_MAIN(TestSettingsParityFlags)
#include "tst_settingsparity_flags.moc"
