#pragma once

#include "settingspage.h"

class QCheckBox;
class QComboBox;
class QSpinBox;

// The "Downloads" tab: where files go, how many run at once, retries and their delays, and what
// to do with failures and with files an earlier run completed, large files in ranges; and the
// window's language.
class DownloadsPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit DownloadsPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings) override;
    void store(AppSettings *settings) const override;

protected:
    void check() override;

private:
    QLineEdit *m_outputDir;
    QLabel *m_outputDirError;
    QCheckBox *m_checkOnly;
    QSpinBox *m_maxInFlight;
    QSpinBox *m_retries;
    DecimalSpinBox *m_backoff;
    DecimalSpinBox *m_backoffMax;
    QCheckBox *m_failFast;
    QCheckBox *m_skipExisting;
    QComboBox *m_segments; // index = EngineOptions::segments (0: auto)
    QLineEdit *m_segmentMin;
    QLabel *m_segmentMinError;
    QComboBox *m_language;
};
