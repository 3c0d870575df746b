#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "bandwidthlimiter.h"
#include "cookiefile.h"
#include "headerline.h"
#include "netrc.h"
#include "proxyspec.h"

namespace {
// A line edit with a "…" button that opens a file chooser (or a folder chooser when filter is
// empty).
QWidget *withBrowse(QLineEdit *edit, const QString &title, const QString &filter, QWidget *parent)
{
    const bool folder = filter.isEmpty();
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QToolButton(box);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(folder ? SettingsDialog::tr("Choose a folder")
                              : SettingsDialog::tr("Choose a file"));
    browse->setAccessibleName(browse->toolTip());
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QToolButton::clicked, edit, [edit, title, filter, folder] {
        const QString chosen =
            folder ? QFileDialog::getExistingDirectory(edit, title, edit->text())
                   : QFileDialog::getOpenFileName(edit, title, edit->text(), filter);
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return box;
}

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

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_outputDir(new QLineEdit(this)), m_maxInFlight(new QSpinBox(this)),
      m_connect(seconds(QStringLiteral("connectTimeout"), 600, true,
                        tr("Time allowed for DNS, TCP and TLS set-up"))),
      m_stall(seconds(QStringLiteral("stallTimeout"), 3600, true,
                      tr("Give up an attempt when nothing arrives for this long"))),
      m_attempt(seconds(QStringLiteral("attemptTimeout"), 86400, true,
                        tr("Deadline for one attempt, first byte sent to last byte received"))),
      m_retries(new QSpinBox(this)),
      m_backoff(seconds(QStringLiteral("backoff"), 600, false,
                        tr("Base delay before a retry; it doubles per attempt, with jitter"))),
      m_backoffMax(seconds(QStringLiteral("backoffMax"), 3600, false,
                           tr("Cap of one retry delay, Retry-After included"))),
      m_failFast(new QCheckBox(tr("Stop the batch at the first failure"), this)),
      m_check(new QCheckBox(tr("Check only: download and measure, save nothing"), this)),
      m_caCert(new QLineEdit(this)), m_headers(new QPlainTextEdit(this)),
      m_hostHeaders(new QPlainTextEdit(this)), m_userAgent(new QLineEdit(this)),
      m_cookiesFile(new QLineEdit(this)), m_netrcFile(new QLineEdit(this)),
      m_proxyMode(new QComboBox(this)), m_proxyUrl(new QLineEdit(this)),
      m_limitRate(new QLineEdit(this)),
      m_http1Only(new QCheckBox(tr("HTTP/1.1 only: never use HTTP/2"), this)),
      m_headersError(errorLabel(QStringLiteral("headersError"))),
      m_hostHeadersError(errorLabel(QStringLiteral("hostHeadersError"))),
      m_userAgentError(errorLabel(QStringLiteral("userAgentError"))),
      m_cookiesFileError(errorLabel(QStringLiteral("cookiesFileError"))),
      m_netrcFileError(errorLabel(QStringLiteral("netrcFileError"))),
      m_proxyError(errorLabel(QStringLiteral("proxyError"))),
      m_limitRateError(errorLabel(QStringLiteral("limitRateError")))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_outputDir->setObjectName(QStringLiteral("outputDir"));
    m_outputDir->setToolTip(tr("Where downloaded files are saved"));
    m_maxInFlight->setObjectName(QStringLiteral("maxInFlight"));
    m_maxInFlight->setRange(1, 512);
    m_maxInFlight->setToolTip(tr("How many downloads run at the same time"));
    m_retries->setObjectName(QStringLiteral("retries"));
    m_retries->setRange(0, 1000);
    m_retries->setToolTip(tr("Retries after the first attempt, for failures that can succeed "
                             "later (timeouts, resets, 429, 5xx)"));
    m_failFast->setObjectName(QStringLiteral("failFast"));
    m_check->setObjectName(QStringLiteral("checkOnly"));
    m_caCert->setObjectName(QStringLiteral("caCertFile"));
    m_caCert->setPlaceholderText(tr("None: the system's certificates only"));
    m_caCert->setToolTip(tr("Also trust this CA certificate (PEM or DER)"));

    auto *form = new QFormLayout;
    // The label names the field for screen readers too.
    const auto row = [form](const QString &label, QWidget *field, QWidget *named) {
        form->addRow(label, field);
        named->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    };
    row(tr("&Output folder:"), withBrowse(m_outputDir, tr("Output folder"), QString(), this),
        m_outputDir);
    row(tr("&Downloads at once:"), m_maxInFlight, m_maxInFlight);
    row(tr("&Connect timeout:"), m_connect, m_connect);
    row(tr("&Stall timeout:"), m_stall, m_stall);
    row(tr("D&eadline per attempt:"), m_attempt, m_attempt);
    row(tr("&Retries:"), m_retries, m_retries);
    row(tr("Retry de&lay:"), m_backoff, m_backoff);
    row(tr("Lon&gest retry delay:"), m_backoffMax, m_backoffMax);
    form->addRow(QString(), m_failFast);
    form->addRow(QString(), m_check);
    row(tr("Extra C&A certificate:"),
        withBrowse(m_caCert, tr("CA certificate"),
                   tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"), this),
        m_caCert);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    QPushButton *restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(QStringLiteral("restoreDefaults"));
    restore->setToolTip(tr("Put every setting back to its default (until you press OK)"));
    connect(restore, &QPushButton::clicked, this, [this] { setSettings(AppSettings::defaults()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto *general = new QWidget(this);
    general->setLayout(form);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(general, tr("&General"));
    tabs->addTab(createSitesPage(), tr("S&ites"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    setSettings(settings);
}

QLabel *SettingsDialog::errorLabel(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // file names and header text are the user's
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

QWidget *SettingsDialog::createSitesPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const auto row = [form](const QString &label, QWidget *field, QWidget *named, QLabel *error) {
        form->addRow(label, field);
        if (error)
            form->addRow(QString(), error);
        named->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    };

    m_headers->setObjectName(QStringLiteral("headers"));
    m_headers->setPlaceholderText(tr("Referer: https://example.com/\nAccept-Language: en"));
    m_headers->setToolTip(tr("Sent with every request, one \"Name: value\" a line"));
    m_headers->setTabChangesFocus(true);
    m_hostHeaders->setObjectName(QStringLiteral("hostHeaders"));
    m_hostHeaders->setPlaceholderText(tr("files.example.com: Authorization: Bearer …"));
    m_hostHeaders->setToolTip(tr("Sent only to that host (exactly that name), one "
                                 "\"host: Name: value\" a line"));
    m_hostHeaders->setTabChangesFocus(true);
    for (QPlainTextEdit *edit : {m_headers, m_hostHeaders}) {
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    }
    m_userAgent->setObjectName(QStringLiteral("userAgent"));
    m_userAgent->setPlaceholderText(QStringLiteral("Fanout/") + QStringLiteral(FANOUT_VERSION));
    m_userAgent->setToolTip(tr("What Fanout calls itself; empty for its own name and version"));
    m_cookiesFile->setObjectName(QStringLiteral("cookiesFile"));
    m_cookiesFile->setPlaceholderText(tr("None"));
    m_cookiesFile->setToolTip(tr("A cookies.txt (Netscape format) exported from a browser; "
                                 "read at the start of each batch, never written"));
    m_netrcFile->setObjectName(QStringLiteral("netrcFile"));
    m_netrcFile->setPlaceholderText(tr("None"));
    m_netrcFile->setToolTip(tr("A .netrc file with a login and password per host"));
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyMode->addItems(
        {tr("The system's settings"), tr("None: connect directly"), tr("This proxy:")});
    m_proxyUrl->setObjectName(QStringLiteral("proxyUrl"));
    m_proxyUrl->setPlaceholderText(QStringLiteral("http://proxy.example:3128"));
    m_proxyUrl->setToolTip(tr("http://[user:password@]host[:port] or socks5://host[:port] "
                              "(socks5h:// lets the proxy resolve names)"));
    m_limitRate->setObjectName(QStringLiteral("limitRate"));
    m_limitRate->setPlaceholderText(tr("Unlimited"));
    m_limitRate->setToolTip(tr("Bytes a second for the whole batch, shared between downloads; "
                               "k = 1024, M = 1024 k (500k, 1.5M). Empty or 0: no limit"));
    m_http1Only->setObjectName(QStringLiteral("http1Only"));
    m_http1Only->setToolTip(tr("For servers that misbehave with HTTP/2"));

    auto *proxyBox = new QWidget(page);
    auto *proxyLayout = new QHBoxLayout(proxyBox);
    proxyLayout->setContentsMargins(0, 0, 0, 0);
    proxyLayout->addWidget(m_proxyMode);
    proxyLayout->addWidget(m_proxyUrl, 1);

    row(tr("Extra &headers:"), m_headers, m_headers, m_headersError);
    row(tr("Headers &per host:"), m_hostHeaders, m_hostHeaders, m_hostHeadersError);
    row(tr("&User-Agent:"), m_userAgent, m_userAgent, m_userAgentError);
    row(tr("C&ookies file:"),
        withBrowse(m_cookiesFile, tr("Cookies file"), tr("Cookies (*.txt);;All files (*)"), page),
        m_cookiesFile, m_cookiesFileError);
    row(tr("&Netrc file:"), withBrowse(m_netrcFile, tr("Netrc file"), tr("All files (*)"), page),
        m_netrcFile, m_netrcFileError);
    row(tr("Pro&xy:"), proxyBox, m_proxyMode, m_proxyError);
    m_proxyUrl->setAccessibleName(tr("Proxy URL"));
    row(tr("Speed &limit:"), m_limitRate, m_limitRate, m_limitRateError);
    form->addRow(QString(), m_http1Only);

    for (QPlainTextEdit *edit : {m_headers, m_hostHeaders})
        connect(edit, &QPlainTextEdit::textChanged, this, &SettingsDialog::validate);
    for (QLineEdit *edit : {m_userAgent, m_cookiesFile, m_netrcFile, m_proxyUrl, m_limitRate})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
    return page;
}

void SettingsDialog::validate()
{
    const auto show = [](QLabel *label, const QString &message) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    };
    QString error;
    QList<HeaderLine::Header> headers;
    show(m_headersError,
         HeaderLine::parseLines(m_headers->toPlainText(), &headers, &error) ? QString() : error);
    QList<HeaderLine::HostHeader> hostHeaders;
    error.clear();
    show(m_hostHeadersError,
         HeaderLine::parseHostLines(m_hostHeaders->toPlainText(), &hostHeaders, &error) ? QString()
                                                                                        : error);
    show(m_userAgentError, HeaderLine::isValidValue(m_userAgent->text())
                               ? QString()
                               : tr("A control character or one beyond Latin-1 cannot be sent"));

    const QString cookies = m_cookiesFile->text().trimmed();
    error.clear();
    QList<QNetworkCookie> loaded;
    show(m_cookiesFileError,
         cookies.isEmpty() || CookieFile::load(cookies, &loaded, &error) ? QString() : error);
    const QString netrc = m_netrcFile->text().trimmed();
    error.clear();
    show(m_netrcFileError, netrc.isEmpty() || Netrc::load(netrc, &error) ? QString() : error);

    const bool useUrl = modeAt(m_proxyMode->currentIndex()) == AppSettings::ProxyMode::Url;
    m_proxyUrl->setEnabled(useUrl);
    error.clear();
    show(m_proxyError, !useUrl || ProxySpec::parse(m_proxyUrl->text(), &error) ? QString() : error);

    const QString rate = m_limitRate->text().trimmed();
    show(m_limitRateError, rate.isEmpty() || BandwidthLimiter::parseRate(rate)
                               ? QString()
                               : tr("Not a speed: a number of bytes a second, with k or M "
                                    "(500k, 1.5M)"));
    if (m_ok)
        m_ok->setEnabled(problems().isEmpty());
}

QStringList SettingsDialog::problems() const
{
    QStringList out;
    for (const QLabel *label :
         {m_headersError, m_hostHeadersError, m_userAgentError, m_cookiesFileError,
          m_netrcFileError, m_proxyError, m_limitRateError}) {
        if (!label->text().isEmpty())
            out.append(label->text());
    }
    return out;
}

QDoubleSpinBox *SettingsDialog::seconds(const QString &name, double max, bool canBeOff,
                                        const QString &tip)
{
    auto *box = new QDoubleSpinBox(this);
    box->setObjectName(name);
    box->setDecimals(1);
    box->setRange(0, max);
    box->setSingleStep(1);
    box->setSuffix(tr(" s"));
    box->setToolTip(tip);
    if (canBeOff)
        box->setSpecialValueText(tr("Off"));
    return box;
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    const auto ms = [](const QDoubleSpinBox *box) { return int(std::lround(box->value() * 1000)); };
    s.engine.outputDir = m_outputDir->text().trimmed();
    s.engine.maxInFlight = m_maxInFlight->value();
    s.engine.connectTimeoutMs = ms(m_connect);
    s.engine.stallTimeoutMs = ms(m_stall);
    s.engine.attemptTimeoutMs = ms(m_attempt);
    s.engine.retries = m_retries->value();
    s.engine.backoffBaseMs = ms(m_backoff);
    s.engine.backoffMaxMs = ms(m_backoffMax);
    s.engine.failFast = m_failFast->isChecked();
    s.engine.checkOnly = m_check->isChecked();
    s.caCertFile = m_caCert->text().trimmed();
    QString ignored; // validate() shows the errors; the good lines are kept
    HeaderLine::parseLines(m_headers->toPlainText(), &s.engine.headers, &ignored);
    HeaderLine::parseHostLines(m_hostHeaders->toPlainText(), &s.engine.hostHeaders, &ignored);
    if (HeaderLine::isValidValue(m_userAgent->text()))
        s.engine.userAgent = m_userAgent->text().trimmed().toLatin1();
    s.engine.cookiesFile = m_cookiesFile->text().trimmed();
    s.engine.netrcFile = m_netrcFile->text().trimmed();
    s.proxyMode = modeAt(m_proxyMode->currentIndex());
    s.proxyUrl = m_proxyUrl->text().trimmed();
    s.engine.noProxy = s.proxyMode == AppSettings::ProxyMode::None;
    s.engine.proxy = s.proxyMode == AppSettings::ProxyMode::Url ? s.proxyUrl : QString();
    s.engine.limitRateBytes = BandwidthLimiter::parseRate(m_limitRate->text()).value_or(0);
    s.engine.http1Only = m_http1Only->isChecked();
    return s;
}

void SettingsDialog::setSettings(const AppSettings &s)
{
    m_outputDir->setText(s.engine.outputDir);
    m_maxInFlight->setValue(s.engine.maxInFlight);
    m_connect->setValue(s.engine.connectTimeoutMs / 1000.0);
    m_stall->setValue(s.engine.stallTimeoutMs / 1000.0);
    m_attempt->setValue(s.engine.attemptTimeoutMs / 1000.0);
    m_retries->setValue(s.engine.retries);
    m_backoff->setValue(s.engine.backoffBaseMs / 1000.0);
    m_backoffMax->setValue(s.engine.backoffMaxMs / 1000.0);
    m_failFast->setChecked(s.engine.failFast);
    m_check->setChecked(s.engine.checkOnly);
    m_caCert->setText(s.caCertFile);
    m_headers->setPlainText(HeaderLine::format(s.engine.headers));
    m_hostHeaders->setPlainText(HeaderLine::formatHostLines(s.engine.hostHeaders));
    m_userAgent->setText(QString::fromLatin1(s.engine.userAgent));
    m_cookiesFile->setText(s.engine.cookiesFile);
    m_netrcFile->setText(s.engine.netrcFile);
    m_proxyMode->setCurrentIndex(modeIndex(s.proxyMode));
    m_proxyUrl->setText(s.proxyUrl);
    m_limitRate->setText(s.engine.limitRateBytes > 0
                             ? BandwidthLimiter::formatRate(s.engine.limitRateBytes)
                             : QString());
    m_http1Only->setChecked(s.engine.http1Only);
    validate();
}
