#include "settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// A line edit with a "…" button that opens a file or folder chooser.
QWidget *withBrowse(QLineEdit *edit, bool folder, QWidget *parent)
{
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
    QObject::connect(browse, &QToolButton::clicked, edit, [edit, folder] {
        const QString chosen =
            folder ? QFileDialog::getExistingDirectory(edit, SettingsDialog::tr("Output folder"),
                                                       edit->text())
                   : QFileDialog::getOpenFileName(edit, SettingsDialog::tr("CA certificate"),
                                                  edit->text(),
                                                  SettingsDialog::tr("Certificates (*.pem *.crt "
                                                                     "*.cer *.der);;All files (*)"));
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return box;
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
      m_caCert(new QLineEdit(this))
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
    row(tr("&Output folder:"), withBrowse(m_outputDir, true, this), m_outputDir);
    row(tr("&Downloads at once:"), m_maxInFlight, m_maxInFlight);
    row(tr("&Connect timeout:"), m_connect, m_connect);
    row(tr("&Stall timeout:"), m_stall, m_stall);
    row(tr("D&eadline per attempt:"), m_attempt, m_attempt);
    row(tr("&Retries:"), m_retries, m_retries);
    row(tr("Retry de&lay:"), m_backoff, m_backoff);
    row(tr("Lon&gest retry delay:"), m_backoffMax, m_backoffMax);
    form->addRow(QString(), m_failFast);
    form->addRow(QString(), m_check);
    row(tr("Extra C&A certificate:"), withBrowse(m_caCert, false, this), m_caCert);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    QPushButton *restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(QStringLiteral("restoreDefaults"));
    restore->setToolTip(tr("Put every setting back to its default (until you press OK)"));
    connect(restore, &QPushButton::clicked, this, [this] { setSettings(AppSettings::defaults()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setSettings(settings);
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
}
