#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include "connectionpage.h"
#include "downloadspage.h"
#include "hookspage.h"
#include "politenesspage.h"
#include "requestspage.h"
#include "themetint.h"
#include "timeoutspage.h"
#include "windowpage.h"

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setUsesScrollButtons(false);
    const auto add = [this](SettingsPage *page, const QString &title, const QString &about) {
        m_pages.append(page);
        const int index = m_tabs->addTab(page, title);
        m_tabs->setTabToolTip(index, about);
        connect(page, &SettingsPage::problemsChanged, this, &SettingsDialog::updateProblems);
    };
    add(new DownloadsPage(m_tabs), tr("&Downloads"),
        tr("Where files go, how many at once, retries, failures and completed files"));
    add(new TimeoutsPage(m_tabs), tr("&Timeouts"),
        tr("How long connecting, silence, one attempt, one item and the batch may take"));
    add(new PolitenessPage(m_tabs), tr("&Politeness"),
        tr("Rules per origin (scheme, host and port) and the batch's bandwidth"));
    add(new ConnectionPage(m_tabs), tr("&Connection"),
        tr("Proxy, extra CA certificate, HTTP/1.1 only"));
    add(new HooksPage(m_tabs), tr("H&ooks"),
        tr("Commands to run after each download and after each batch"));
    add(new RequestsPage(m_tabs), tr("Re&quests"),
        tr("User-Agent, headers, cookies and passwords sent with requests"));
    add(new WindowPage(m_tabs), tr("&View && Desktop"), tr("Theme, copied links, notifications"));

    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    ThemeTint::keep(m_summary, &ThemeTint::errorText);
    m_summary->hide();

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    QPushButton *restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(QStringLiteral("restoreDefaults"));
    restore->setText(tr("&Restore Defaults"));
    restore->setToolTip(tr("Put every setting on every tab back to its default (until you press "
                           "OK)"));
    connect(restore, &QPushButton::clicked, this, [this] { setSettings(AppSettings::defaults()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    setSettings(settings);
}

void SettingsDialog::setSettings(const AppSettings &settings)
{
    for (SettingsPage *page : std::as_const(m_pages)) {
        const QSignalBlocker quiet(page);
        page->load(settings);
        page->validate();
    }
    updateProblems();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = AppSettings::defaults();
    for (const SettingsPage *page : m_pages)
        page->store(&s);
    return s;
}

QStringList SettingsDialog::problems() const
{
    QStringList out;
    for (const SettingsPage *page : m_pages)
        out += page->problems();
    return out;
}

void SettingsDialog::updateProblems()
{
    QStringList tabs;
    qsizetype count = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const qsizetype here = m_pages.at(i)->problems().size();
        m_tabs->setTabIcon(i, here > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                       : QIcon());
        if (here > 0)
            tabs.append(m_tabs->tabText(i).remove(QLatin1Char('&')));
        count += here;
    }
    m_summary->setText(
        tabs.isEmpty() ? QString()
        : tabs.size() == 1
            ? tr("To save, fix what is marked in red on the %1 tab.").arg(tabs.constFirst())
            : tr("To save, fix what is marked in red on these tabs: "
                 "%1.")
                  .arg(tabs.join(QStringLiteral(", "))));
    m_summary->setVisible(count > 0);
    m_ok->setEnabled(count == 0);
}
