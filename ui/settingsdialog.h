#pragma once

#include <QDialog>

#include "appsettings.h"

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// Edits every engine knob the headless mode has, the output folder and the extra CA file, with
// "Restore Defaults". Durations are shown in seconds (decimals allowed), stored in ms.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;
    void setSettings(const AppSettings &settings);

private:
    QDoubleSpinBox *seconds(const QString &name, double max, bool canBeOff, const QString &tip);

    QLineEdit *m_outputDir;
    QSpinBox *m_maxInFlight;
    QDoubleSpinBox *m_connect;
    QDoubleSpinBox *m_stall;
    QDoubleSpinBox *m_attempt;
    QSpinBox *m_retries;
    QDoubleSpinBox *m_backoff;
    QDoubleSpinBox *m_backoffMax;
    QCheckBox *m_failFast;
    QCheckBox *m_check;
    QLineEdit *m_caCert;
};
