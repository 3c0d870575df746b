#pragma once

#include "settingspage.h"

class QPlainTextEdit;

// The "Requests" tab: what each request carries: the User-Agent, extra headers (for every host
// or for one), the cookies to start from and the netrc credentials. Each is checked as it is
// typed or chosen, with the error under the field.
class RequestsPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit RequestsPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings) override;
    void store(AppSettings *settings) const override;

protected:
    void check() override;

private:
    QLineEdit *m_userAgent;
    QLabel *m_userAgentError;
    QPlainTextEdit *m_headers;
    QLabel *m_headersError;
    QPlainTextEdit *m_hostHeaders;
    QLabel *m_hostHeadersError;
    QLineEdit *m_cookiesFile;
    QLabel *m_cookiesFileError;
    QLineEdit *m_netrcFile;
    QLabel *m_netrcFileError;
};
