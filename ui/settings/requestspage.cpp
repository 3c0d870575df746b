#include "requestspage.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkCookie>
#include <QPlainTextEdit>

#include "appsettings.h"
#include "cookiefile.h"
#include "headerline.h"
#include "netrc.h"

RequestsPage::RequestsPage(QWidget *parent)
    : SettingsPage(parent), m_userAgent(new QLineEdit(body())),
      m_headers(new QPlainTextEdit(body())), m_hostHeaders(new QPlainTextEdit(body())),
      m_cookiesFile(new QLineEdit(body())), m_netrcFile(new QLineEdit(body()))
{
    setObjectName(QStringLiteral("requestsPage"));
    m_userAgent->setObjectName(QStringLiteral("userAgent"));
    m_userAgent->setPlaceholderText(QStringLiteral("Fanout/") + QStringLiteral(FANOUT_VERSION));
    addRow(tr("&User-Agent:"), m_userAgent, m_userAgent,
           flagTip(QStringLiteral("--user-agent S"),
                   tr("what Fanout calls itself to servers; empty for Fanout/<version>.")));
    m_userAgentError = addErrorRow(QStringLiteral("userAgentError"));

    m_headers->setObjectName(QStringLiteral("headers"));
    m_headers->setPlaceholderText(tr("Referer: https://example.com/\nAccept-Language: en"));
    m_hostHeaders->setObjectName(QStringLiteral("hostHeaders"));
    m_hostHeaders->setPlaceholderText(tr("files.example.com: Authorization: Bearer …"));
    for (QPlainTextEdit *edit : {m_headers, m_hostHeaders}) {
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    }
    addRow(tr("Extra h&eaders:"), m_headers, m_headers,
           flagTip(QStringLiteral("-H, --header \"Name: value\""),
                   tr("sent with every request, one \"Name: value\" a line (the flag is "
                      "repeated for each).")));
    m_headersError = addErrorRow(QStringLiteral("headersError"));
    addRow(tr("Headers for o&ne host:"), m_hostHeaders, m_hostHeaders,
           tip(tr("<b>Window only</b> (the headless mode has -H for every host): sent only "
                  "to that host name, one \"host: Name: value\" a line. A redirect to another "
                  "host does not get them.")));
    m_hostHeadersError = addErrorRow(QStringLiteral("hostHeadersError"));

    m_cookiesFile->setObjectName(QStringLiteral("cookiesFile"));
    m_cookiesFile->setPlaceholderText(tr("None"));
    addRow(tr("Coo&kies file:"),
           withBrowse(m_cookiesFile, tr("Cookies file"), tr("Cookies (*.txt);;All files (*)")),
           m_cookiesFile,
           flagTip(QStringLiteral("--cookies FILE"),
                   tr("start each batch from the cookies in FILE (a cookies.txt in "
                      "Netscape/Mozilla format, exported from a browser); cookies servers set "
                      "are kept for the batch. The file is never written.")));
    m_cookiesFileError = addErrorRow(QStringLiteral("cookiesFileError"));
    m_netrcFile->setObjectName(QStringLiteral("netrcFile"));
    m_netrcFile->setPlaceholderText(tr("None"));
    addRow(tr("Pass&words file (netrc):"),
           withBrowse(m_netrcFile, tr("Netrc file"), tr("All files (*)")), m_netrcFile,
           flagTip(QStringLiteral("--netrc-file FILE"),
                   tr("answer a server's password challenge with the login and password FILE "
                      "(.netrc format) gives for its host.")));
    m_netrcFileError = addErrorRow(QStringLiteral("netrcFileError"));
    watch({m_userAgent, m_headers, m_hostHeaders, m_cookiesFile, m_netrcFile});
}

void RequestsPage::check()
{
    QString error;
    QList<HeaderLine::Header> headers;
    showError(m_headersError, HeaderLine::parseLines(m_headers->toPlainText(), &headers, &error)
                                  ? QString()
                                  : error);
    QList<HeaderLine::HostHeader> hostHeaders;
    error.clear();
    showError(m_hostHeadersError,
              HeaderLine::parseHostLines(m_hostHeaders->toPlainText(), &hostHeaders, &error)
                  ? QString()
                  : error);
    showError(m_userAgentError,
              HeaderLine::isValidValue(m_userAgent->text())
                  ? QString()
                  : tr("A control character or one beyond Latin-1 cannot be sent"));

    const QString cookies = m_cookiesFile->text().trimmed();
    error.clear();
    QList<QNetworkCookie> loaded;
    showError(m_cookiesFileError,
              cookies.isEmpty() || CookieFile::load(cookies, &loaded, &error) ? QString() : error);
    const QString netrc = m_netrcFile->text().trimmed();
    error.clear();
    showError(m_netrcFileError, netrc.isEmpty() || Netrc::load(netrc, &error) ? QString() : error);
}

void RequestsPage::load(const AppSettings &s)
{
    m_userAgent->setText(QString::fromLatin1(s.engine.userAgent));
    m_headers->setPlainText(HeaderLine::format(s.engine.headers));
    m_hostHeaders->setPlainText(HeaderLine::formatHostLines(s.engine.hostHeaders));
    m_cookiesFile->setText(s.engine.cookiesFile);
    m_netrcFile->setText(s.engine.netrcFile);
}

void RequestsPage::store(AppSettings *s) const
{
    QString ignored; // check() shows the errors; the good lines are kept
    s->engine.headers.clear();
    s->engine.hostHeaders.clear();
    HeaderLine::parseLines(m_headers->toPlainText(), &s->engine.headers, &ignored);
    HeaderLine::parseHostLines(m_hostHeaders->toPlainText(), &s->engine.hostHeaders, &ignored);
    s->engine.userAgent = HeaderLine::isValidValue(m_userAgent->text())
                              ? m_userAgent->text().trimmed().toLatin1()
                              : QByteArray();
    s->engine.cookiesFile = m_cookiesFile->text().trimmed();
    s->engine.netrcFile = m_netrcFile->text().trimmed();
}
