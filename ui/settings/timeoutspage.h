#pragma once

#include "settingspage.h"

// The "Timeouts" tab: how long connecting, silence, one attempt, one item and the whole batch
// may take before Fanout gives up. Every limit can be off.
class TimeoutsPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit TimeoutsPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings) override;
    void store(AppSettings *settings) const override;

private:
    DecimalSpinBox *m_connect;
    DecimalSpinBox *m_stall;
    DecimalSpinBox *m_attempt;
    DecimalSpinBox *m_item;
    DecimalSpinBox *m_batch;
};
