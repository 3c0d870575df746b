#pragma once

#include "settingspage.h"

// The "Hooks" tab: a command to run after each download and one after each batch, and how long
// either may take (the headless mode's --on-item-done, --on-batch-done, --hook-timeout).
class HooksPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit HooksPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings) override;
    void store(AppSettings *settings) const override;

private:
    QLineEdit *m_itemHook;
    QLineEdit *m_batchHook;
    DecimalSpinBox *m_timeout;
};
