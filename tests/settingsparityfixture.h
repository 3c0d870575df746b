#pragma once

// The fixture of the tests that hold the Settings dialog to the headless mode it mirrors
// (tst_settingsparity_flags, tst_settingsparity_checks): the files settings point at, what the
// headless mode makes of a command line (as optionsDump() lines, the hooks included), and a
// dialog field set to a value. A test class derives from it; Qt Test finds the inherited
// initTestCase() slot by name and runs it for it. Header-only: list it in the test's SOURCES so
// that moc sees it.

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QObject>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

#include <optional>

#include "headlessoptions.h"
#include "optionsdump.h"
#include "settingsfiles.h"

namespace SettingsParity {

// The hooks, which the window keeps beside the engine's options (issue 18).
inline QStringList hooksDump(const QString &itemHook, const QString &batchHook, int timeoutMs)
{
    return {QStringLiteral("itemHook=") + itemHook, QStringLiteral("batchHook=") + batchHook,
            QStringLiteral("hookTimeoutMs=%1").arg(timeoutMs)};
}

// What the headless mode makes of these arguments (after "-o dir"): the engine options and the
// hooks, as optionsDump() lines.
inline std::optional<QStringList> headless(const QString &dir, const QStringList &args,
                                           QString *error)
{
    std::optional<int> exitNow;
    const auto parsed = HeadlessOptions::parse(
        QStringList{QStringLiteral("fanout"), QStringLiteral("-o"), dir} + args, error, &exitNow);
    if (!parsed)
        return std::nullopt;
    const AutomationSettings &a = parsed->automation;
    return optionsDump(parsed->engine) + hooksDump(a.itemHook, a.batchHook, a.hookTimeoutMs);
}

inline void setField(QWidget *field, const QVariant &value)
{
    if (auto *spin = qobject_cast<QSpinBox *>(field))
        spin->setValue(value.toInt());
    else if (auto *seconds = qobject_cast<QDoubleSpinBox *>(field))
        seconds->setValue(value.toDouble());
    else if (auto *box = qobject_cast<QCheckBox *>(field))
        box->setChecked(value.toBool());
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        combo->setCurrentIndex(value.toInt());
    else if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->setText(value.toString());
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        text->setPlainText(value.toString());
    else
        QFAIL("not a field");
}

} // namespace SettingsParity

class SettingsParityFixture : public QObject
{
    Q_OBJECT

protected:
    SettingsFiles m_files;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.isValid()); }
};
