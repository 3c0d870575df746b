#pragma once

#include "settingspage.h"

class QCheckBox;
class QComboBox;

// The "Window" tab: how the window lives on the desktop (AppSettings::Desktop): its theme,
// whether copied links are offered, and whether a batch that ends unseen is notified. None of
// these has a headless flag.
class WindowPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit WindowPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings) override;
    void store(AppSettings *settings) const override;

private:
    QComboBox *m_theme;
    QCheckBox *m_watchClipboard;
    QCheckBox *m_notify;
};
