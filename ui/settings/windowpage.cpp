#include "windowpage.h"

#include <QCheckBox>
#include <QComboBox>

#include "appsettings.h"

using Theme = ThemePalette::Theme;

WindowPage::WindowPage(QWidget *parent)
    : SettingsPage(parent), m_theme(new QComboBox(body())),
      m_watchClipboard(new QCheckBox(tr("Offer links copied to the clip&board"), body())),
      m_notify(new QCheckBox(tr("Notif&y when a batch ends while the window is in the background"),
                             body()))
{
    setObjectName(QStringLiteral("windowPage"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    addRow(tr("T&heme:"), m_theme, m_theme,
           tip(tr("The window's colours: the desktop's (System), or Fanout's own Light or Dark. "
                  "Also in View ▸ Theme.")));
    m_watchClipboard->setObjectName(QStringLiteral("watchClipboard"));
    addWide(m_watchClipboard,
            tip(tr("When text with http(s) links is copied in any program, a bar over the "
                   "table offers to add the links not in the list yet. Nothing is added "
                   "without Add. Also in Edit ▸ Watch the Clipboard.")));
    m_notify->setObjectName(QStringLiteral("notifyBatchEnd"));
    addWide(m_notify, tip(tr("One desktop notification says how many downloads are ok and how "
                             "many failed; clicking it brings the window back.")));
}

void WindowPage::load(const AppSettings &s)
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(s.desktop.theme))));
    m_watchClipboard->setChecked(s.desktop.watchClipboard);
    m_notify->setChecked(s.desktop.notifyBatchEnd);
}

void WindowPage::store(AppSettings *s) const
{
    s->desktop.theme = Theme(m_theme->currentData().toInt());
    s->desktop.watchClipboard = m_watchClipboard->isChecked();
    s->desktop.notifyBatchEnd = m_notify->isChecked();
}
