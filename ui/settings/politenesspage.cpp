#include "politenesspage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "appsettings.h"
#include "bandwidthlimiter.h"
#include "decimalspinbox.h"

PolitenessPage::PolitenessPage(QWidget *parent)
    : SettingsPage(parent), m_perHost(new QSpinBox(body())), m_rate(new DecimalSpinBox(body())),
      m_adaptive(new QCheckBox(tr("&Adapt: fewer at once to an origin that struggles"), body())),
      m_breaker(new QSpinBox(body())),
      m_breakerCooldown(secondsBox(QStringLiteral("breakerCooldown"), QString())),
      m_limitRate(new QLineEdit(body()))
{
    setObjectName(QStringLiteral("politenessPage"));
    addIntro(tr("These rules hold per origin: scheme, host and port, so http://example.com and "
                "https://example.com:8443 are two origins."));
    m_perHost->setObjectName(QStringLiteral("perHost"));
    m_perHost->setRange(0, AppSettings::Limits::maxInFlight);
    m_perHost->setSpecialValueText(tr("Only the global cap"));
    addRow(tr("At once per ori&gin:"), m_perHost, m_perHost,
           flagTip(QStringLiteral("--per-host N"),
                   tr("at most N requests in flight to one origin (scheme, host and port); 0 = "
                      "only the global cap (Downloads at once).")));
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setDecimals(2);
    m_rate->setRange(0, AppSettings::Limits::rate);
    m_rate->setSingleStep(1);
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setSpecialValueText(tr("No limit"));
    addRow(tr("Req&uests a second per origin:"), m_rate, m_rate,
           flagTip(QStringLiteral("--rate R"),
                   tr("at most R requests a second to one origin (scheme, host and port), after "
                      "a burst of up to R; decimals allowed (0.5 = one every 2 s); 0 = no "
                      "limit.")));
    m_adaptive->setObjectName(QStringLiteral("adaptive"));
    addWide(m_adaptive,
            flagTip(QStringLiteral("--no-adaptive"),
                    tr("the same as unchecking this box: keep each origin's allowance fixed. "
                       "Checked, an origin that answers 429 or 503 or times out gets fewer "
                       "requests at once, and more again as it recovers.")));
    m_breaker->setObjectName(QStringLiteral("breaker"));
    m_breaker->setRange(0, AppSettings::Limits::breaker);
    m_breaker->setSpecialValueText(tr("Off"));
    // A suffix cannot take %n: the plural follows the value so that "1 failure" reads right.
    const auto breakerSuffix = [this](int n) {
        m_breaker->setSuffix(tr(" failure(s) in a row", nullptr, n));
    };
    breakerSuffix(m_breaker->value());
    connect(m_breaker, &QSpinBox::valueChanged, this, breakerSuffix);
    addRow(tr("Circuit &breaker after:"), m_breaker, m_breaker,
           flagTip(QStringLiteral("--breaker N"),
                   tr("stop sending to an origin (scheme, host and port) after N consecutive "
                      "connection failures or 5xx answers, then probe it with one request; 0 = "
                      "off.")));
    addRow(tr("Breaker coo&ldown:"), m_breakerCooldown, m_breakerCooldown,
           flagTip(QStringLiteral("--breaker-cooldown S"),
                   tr("how long an open breaker waits before its probe, in seconds.")));
    m_limitRate->setObjectName(QStringLiteral("limitRate"));
    m_limitRate->setPlaceholderText(tr("No limit"));
    m_limitRate->setMaximumWidth(m_limitRate->fontMetrics().horizontalAdvance(u'M') * 12);
    auto *rateBox = new QWidget(body());
    auto *rateLayout = new QHBoxLayout(rateBox);
    rateLayout->setContentsMargins(0, 0, 0, 0);
    rateLayout->addWidget(m_limitRate, 1);
    rateLayout->addWidget(new QLabel(tr("bytes/s (500k, 2M)"), rateBox));
    rateLayout->addStretch(1);
    rateBox->setFocusProxy(m_limitRate);
    addRow(tr("Bandwidth of the &whole batch:"), rateBox, m_limitRate,
           flagTip(QStringLiteral("--limit-rate RATE"),
                   tr("at most RATE bytes a second for the whole batch, shared between "
                      "downloads; k = 1024, M = 1024 k (500k, 1.5M). Empty or 0: no limit. A "
                      "change applies at once.")));
    m_limitRateError = addErrorRow(QStringLiteral("limitRateError"));
    watch({m_breaker, m_limitRate});
}

void PolitenessPage::check()
{
    m_breakerCooldown->setEnabled(m_breaker->value() > 0);
    const QString rate = m_limitRate->text().trimmed();
    showError(m_limitRateError, rate.isEmpty() || BandwidthLimiter::parseRate(rate)
                                    ? QString()
                                    : tr("Not a speed: a number of bytes a second, with k or M "
                                         "(500k, 1.5M)"));
}

void PolitenessPage::load(const AppSettings &s)
{
    m_perHost->setValue(s.engine.perHostMax);
    m_rate->setValue(s.engine.perHostRate);
    m_adaptive->setChecked(s.engine.adaptive);
    m_breaker->setValue(s.engine.breakerThreshold);
    m_breakerCooldown->setMilliseconds(s.engine.breakerCooldownMs);
    m_limitRate->setText(s.engine.limitRateBytes > 0
                             ? BandwidthLimiter::formatRate(s.engine.limitRateBytes)
                             : QString());
}

void PolitenessPage::store(AppSettings *s) const
{
    s->engine.perHostMax = m_perHost->value();
    s->engine.perHostRate = m_rate->value();
    s->engine.adaptive = m_adaptive->isChecked();
    s->engine.breakerThreshold = m_breaker->value();
    s->engine.breakerCooldownMs = m_breakerCooldown->milliseconds();
    s->engine.limitRateBytes = BandwidthLimiter::parseRate(m_limitRate->text()).value_or(0);
}
