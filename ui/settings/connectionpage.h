#pragma once

#include "settingspage.h"

class QCheckBox;
class QComboBox;

// The "Connection" tab: how Fanout reaches servers: the proxy (the system's, none, or one given),
// an extra CA certificate to trust, and which HTTP versions to speak. Files and URLs are checked
// as they are typed or chosen.
class ConnectionPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit ConnectionPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings) override;
    void store(AppSettings *settings) const override;

protected:
    void check() override;

private:
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyUrl;
    QLabel *m_proxyError;
    QLineEdit *m_caCert;
    QLabel *m_caCertError;
    QComboBox *m_httpVersion;
};
