#pragma once

#include <QDialog>

#include "appsettings.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Edits every engine knob the headless mode has, the output folder and the extra CA file, with
// "Restore Defaults". Durations are shown in seconds (decimals allowed), stored in ms. The
// "Sites" tab (headers, User-Agent, cookies, netrc, proxy, bandwidth, HTTP/1.1) checks what is
// typed as it is typed: a message under the field says what is wrong and OK stays disabled.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;
    void setSettings(const AppSettings &settings);

    // What is wrong with the fields, one line each; empty when OK may be pressed.
    QStringList problems() const;

private:
    QDoubleSpinBox *seconds(const QString &name, double max, bool canBeOff, const QString &tip);
    QLabel *errorLabel(const QString &name);
    QWidget *createSitesPage();
    void validate();

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

    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_hostHeaders;
    QLineEdit *m_userAgent;
    QLineEdit *m_cookiesFile;
    QLineEdit *m_netrcFile;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyUrl;
    QLineEdit *m_limitRate;
    QCheckBox *m_http1Only;
    QLabel *m_headersError;
    QLabel *m_hostHeadersError;
    QLabel *m_userAgentError;
    QLabel *m_cookiesFileError;
    QLabel *m_netrcFileError;
    QLabel *m_proxyError;
    QLabel *m_limitRateError;
    QPushButton *m_ok = nullptr;
};
