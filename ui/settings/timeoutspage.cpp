#include "timeoutspage.h"

#include "appsettings.h"
#include "decimalspinbox.h"

TimeoutsPage::TimeoutsPage(QWidget *parent)
    : SettingsPage(parent), m_connect(secondsBox(QStringLiteral("connectTimeout"), tr("Never"))),
      m_stall(secondsBox(QStringLiteral("stallTimeout"), tr("Never"))),
      m_attempt(secondsBox(QStringLiteral("attemptTimeout"), tr("No limit"))),
      m_item(secondsBox(QStringLiteral("itemDeadline"), tr("No limit"))),
      m_batch(secondsBox(QStringLiteral("batchDeadline"), tr("No limit")))
{
    setObjectName(QStringLiteral("timeoutsPage"));
    addIntro(tr("0 turns a limit off. An attempt that runs out of time is retried while "
                "retries are left; an item or a batch that does is given up."));
    addRow(tr("Co&nnect timeout:"), m_connect, m_connect,
           flagTip(QStringLiteral("--connect-timeout S"),
                   tr("give up connecting (name lookup, TCP and TLS) after S seconds; 0 = "
                      "never.")));
    addRow(tr("&Stall timeout:"), m_stall, m_stall,
           flagTip(QStringLiteral("--stall-timeout S"),
                   tr("give up an attempt when nothing arrives for S seconds; 0 = never.")));
    addRow(tr("Time limit per &attempt:"), m_attempt, m_attempt,
           flagTip(QStringLiteral("--timeout S"),
                   tr("give up one attempt S seconds after it starts, however fast data "
                      "arrives; 0 = no limit.")));
    addRow(tr("Time limit per &item:"), m_item, m_item,
           flagTip(QStringLiteral("--item-deadline S"),
                   tr("give up on one file S seconds after its first attempt, all its retries "
                      "and waits included; 0 = no limit.")));
    addRow(tr("Time limit for the &whole batch:"), m_batch, m_batch,
           flagTip(QStringLiteral("--deadline S"),
                   tr("cancel whatever is unfinished S seconds after the batch starts; 0 = no "
                      "limit.")));
}

void TimeoutsPage::load(const AppSettings &s)
{
    m_connect->setMilliseconds(s.engine.connectTimeoutMs);
    m_stall->setMilliseconds(s.engine.stallTimeoutMs);
    m_attempt->setMilliseconds(s.engine.attemptTimeoutMs);
    m_item->setMilliseconds(s.engine.itemDeadlineMs);
    m_batch->setMilliseconds(s.engine.batchDeadlineMs);
}

void TimeoutsPage::store(AppSettings *s) const
{
    s->engine.connectTimeoutMs = m_connect->milliseconds();
    s->engine.stallTimeoutMs = m_stall->milliseconds();
    s->engine.attemptTimeoutMs = m_attempt->milliseconds();
    s->engine.itemDeadlineMs = m_item->milliseconds();
    s->engine.batchDeadlineMs = m_batch->milliseconds();
}
