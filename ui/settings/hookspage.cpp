#include "hookspage.h"

#include <QLineEdit>

#include "appsettings.h"
#include "decimalspinbox.h"

HooksPage::HooksPage(QWidget *parent)
    : SettingsPage(parent), m_itemHook(new QLineEdit(body())), m_batchHook(new QLineEdit(body())),
      m_timeout(secondsBox(QStringLiteral("hookTimeout"), QString()))
{
    setObjectName(QStringLiteral("hooksPage"));
    addIntro(tr("Each command runs with /bin/sh -c in the batch's folder. What happened is in "
                "its environment (FANOUT_URL, FANOUT_OUTCOME, FANOUT_FILE, FANOUT_SHA256, …), "
                "never in the command's text. Empty: none."));
    m_itemHook->setObjectName(QStringLiteral("itemHook"));
    m_itemHook->setPlaceholderText(QStringLiteral("echo \"$FANOUT_OUTCOME $FANOUT_FILE\""));
    addRow(tr("After each do&wnload:"), m_itemHook, m_itemHook,
           flagTip(QStringLiteral("--on-item-done CMD"),
                   tr("run CMD when a download ends, whatever its outcome, with FANOUT_URL, "
                      "FANOUT_FINAL_URL, FANOUT_OUTCOME, FANOUT_ERROR, FANOUT_HTTP_STATUS, "
                      "FANOUT_BYTES, FANOUT_FILE, FANOUT_SHA256 and FANOUT_ATTEMPTS in its "
                      "environment. At most as many run at once as downloads do.")));
    m_batchHook->setObjectName(QStringLiteral("batchHook"));
    addRow(tr("After each &batch:"), m_batchHook, m_batchHook,
           flagTip(QStringLiteral("--on-batch-done CMD"),
                   tr("run CMD once every download of the batch has ended, with FANOUT_TOTAL, "
                      "FANOUT_OK, FANOUT_FAILED and FANOUT_ELAPSED_MS in its environment "
                      "(FANOUT_CSV is empty: the window writes no CSV by itself).")));
    m_timeout->setMinimum(AppSettings::Limits::minHookTimeoutMs / 1000.0);
    addRow(tr("&Kill a hook after:"), m_timeout, m_timeout,
           flagTip(QStringLiteral("--hook-timeout S"),
                   tr("a hook still running after S seconds is killed, with everything it "
                      "started. A hook never changes a download's outcome.")));
}

void HooksPage::load(const AppSettings &s)
{
    m_itemHook->setText(s.itemHook);
    m_batchHook->setText(s.batchHook);
    m_timeout->setMilliseconds(s.hookTimeoutMs);
}

void HooksPage::store(AppSettings *s) const
{
    s->itemHook = m_itemHook->text().trimmed();
    s->batchHook = m_batchHook->text().trimmed();
    s->hookTimeoutMs = std::max(AppSettings::Limits::minHookTimeoutMs, m_timeout->milliseconds());
}
