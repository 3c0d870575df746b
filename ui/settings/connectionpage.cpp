#include "connectionpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include "appsettings.h"
#include "proxyspec.h"

namespace {
// The combo's rows, in AppSettings::ProxyMode terms.
int modeIndex(AppSettings::ProxyMode mode)
{
    return mode == AppSettings::ProxyMode::None ? 1 : mode == AppSettings::ProxyMode::Url ? 2 : 0;
}

AppSettings::ProxyMode modeAt(int index)
{
    return index == 1   ? AppSettings::ProxyMode::None
           : index == 2 ? AppSettings::ProxyMode::Url
                        : AppSettings::ProxyMode::System;
}
} // namespace

ConnectionPage::ConnectionPage(QWidget *parent)
    : SettingsPage(parent), m_proxyMode(new QComboBox(body())), m_proxyUrl(new QLineEdit(body())),
      m_caCert(new QLineEdit(body())), m_httpVersion(new QComboBox(body()))
{
    setObjectName(QStringLiteral("connectionPage"));
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyMode->addItems(
        {tr("The system's settings"), tr("None: connect directly"), tr("This proxy:")});
    m_proxyUrl->setObjectName(QStringLiteral("proxyUrl"));
    m_proxyUrl->setPlaceholderText(QStringLiteral("http://proxy.example:3128"));
    auto *proxyBox = new QWidget(body());
    auto *proxyLayout = new QHBoxLayout(proxyBox);
    proxyLayout->setContentsMargins(0, 0, 0, 0);
    proxyLayout->addWidget(m_proxyMode);
    proxyLayout->addWidget(m_proxyUrl, 1);
    addRow(tr("Pro&xy:"), proxyBox, m_proxyMode,
           flagTip(QStringLiteral("--proxy URL, --no-proxy"),
                   tr("the system's proxy settings (the default), none at all (--no-proxy), or "
                      "this proxy (--proxy URL).")));
    m_proxyUrl->setAccessibleName(tr("Proxy URL"));
    m_proxyUrl->setToolTip(
        flagTip(QStringLiteral("--proxy URL"),
                tr("go through this proxy: http://[user:password@]host[:port] (port 3128 when "
                   "none is given) or socks5://host[:port] (1080); socks5h:// lets the proxy "
                   "resolve names.")));
    m_proxyError = addErrorRow(QStringLiteral("proxyError"));

    m_caCert->setObjectName(QStringLiteral("caCertFile"));
    m_caCert->setPlaceholderText(tr("None: the system's certificates only"));
    addRow(tr("&Extra CA certificate:"),
           withBrowse(m_caCert, tr("CA certificate"),
                      tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)")),
           m_caCert,
           flagTip(QStringLiteral("--ca-cert FILE"),
                   tr("also trust the CA certificates in FILE (PEM or DER), besides the "
                      "system's; for a company or test CA.")));
    m_caCertError = addErrorRow(QStringLiteral("caCertError"));

    m_httpVersion->setObjectName(QStringLiteral("httpVersion"));
    m_httpVersion->addItems({tr("Automatic: HTTP/2 where a TLS server offers it"),
                             tr("HTTP/1.1 only: never use HTTP/2"),
                             tr("HTTP/2 also without TLS (prior knowledge)")});
    addRow(tr("&HTTP version:"), m_httpVersion, m_httpVersion,
           flagTip(QStringLiteral("--http1, --http2-prior-knowledge"),
                   tr("HTTP/2 where an https:// server offers it (the default); never HTTP/2, "
                      "for servers that misbehave with it (--http1); or HTTP/2 from the first "
                      "byte to http:// servers too, without TLS or an upgrade, for servers that "
                      "speak it (--http2-prior-knowledge).")));
    watch({m_proxyMode, m_proxyUrl, m_caCert});
}

void ConnectionPage::check()
{
    const bool useUrl = modeAt(m_proxyMode->currentIndex()) == AppSettings::ProxyMode::Url;
    m_proxyUrl->setEnabled(useUrl);
    QString error;
    showError(m_proxyError,
              !useUrl || ProxySpec::parse(m_proxyUrl->text(), &error) ? QString() : error);
    const QString ca = m_caCert->text().trimmed();
    QList<QSslCertificate> certificates;
    error.clear();
    showError(m_caCertError,
              ca.isEmpty() || AppSettings::readCaCertificates(ca, &certificates, &error) ? QString()
                                                                                         : error);
}

void ConnectionPage::load(const AppSettings &s)
{
    m_proxyMode->setCurrentIndex(modeIndex(s.proxyMode));
    m_proxyUrl->setText(s.proxyUrl);
    m_caCert->setText(s.caCertFile);
    m_httpVersion->setCurrentIndex(s.engine.http1Only ? 1 : s.engine.http2PriorKnowledge ? 2 : 0);
}

void ConnectionPage::store(AppSettings *s) const
{
    s->proxyMode = modeAt(m_proxyMode->currentIndex());
    s->proxyUrl = m_proxyUrl->text().trimmed();
    s->engine.noProxy = s->proxyMode == AppSettings::ProxyMode::None;
    s->engine.proxy = s->proxyMode == AppSettings::ProxyMode::Url ? s->proxyUrl : QString();
    s->caCertFile = m_caCert->text().trimmed();
    s->engine.http1Only = m_httpVersion->currentIndex() == 1;
    s->engine.http2PriorKnowledge = m_httpVersion->currentIndex() == 2;
}
