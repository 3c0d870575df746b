#pragma once

#include "settingspage.h"

class QCheckBox;
class QSpinBox;

// The "Politeness" tab: the rules kept per origin (scheme, host and port): how many requests at
// once, how many a second, the adaptive allowance and the circuit breaker; and the bandwidth
// limit of the whole batch.
class PolitenessPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit PolitenessPage(QWidget *parent = nullptr);

    void load(const AppSettings &settings) override;
    void store(AppSettings *settings) const override;

protected:
    void check() override;

private:
    QSpinBox *m_perHost;
    DecimalSpinBox *m_rate;
    QCheckBox *m_adaptive;
    QSpinBox *m_breaker;
    DecimalSpinBox *m_breakerCooldown;
    QLineEdit *m_limitRate;
    QLabel *m_limitRateError;
};
