#include "downloadspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "appsettings.h"
#include "bandwidthlimiter.h"
#include "decimalspinbox.h"
#include "engineoptions.h"
#include "segmentflags.h"
#include "uilanguage.h"

DownloadsPage::DownloadsPage(QWidget *parent)
    : SettingsPage(parent), m_outputDir(new QLineEdit(body())),
      m_checkOnly(new QCheckBox(tr("Chec&k only: download and measure, save nothing"), body())),
      m_maxInFlight(new QSpinBox(body())), m_retries(new QSpinBox(body())),
      m_backoff(secondsBox(QStringLiteral("backoff"), QString())),
      m_backoffMax(secondsBox(QStringLiteral("backoffMax"), QString())),
      m_failFast(new QCheckBox(tr("Stop the batch at the &first failure"), body())),
      m_skipExisting(
          new QCheckBox(tr("&Skip files an earlier run completed (verified first)"), body())),
      m_segments(new QComboBox(body())), m_segmentMin(new QLineEdit(body())),
      m_language(new QComboBox(body()))
{
    setObjectName(QStringLiteral("downloadsPage"));
    m_outputDir->setObjectName(QStringLiteral("outputDir"));
    addRow(tr("O&utput folder:"), withBrowse(m_outputDir, tr("Output folder"), QString()),
           m_outputDir,
           flagTip(QStringLiteral("-o, --output DIR"),
                   tr("where downloaded files are saved; the folder is created when missing.")));
    m_outputDirError = addErrorRow(QStringLiteral("outputDirError"));
    m_checkOnly->setObjectName(QStringLiteral("checkOnly"));
    addWide(m_checkOnly, flagTip(QStringLiteral("--check"),
                                 tr("fetch every file and measure it (bytes, SHA-256) but save "
                                    "nothing.")));

    m_maxInFlight->setObjectName(QStringLiteral("maxInFlight"));
    m_maxInFlight->setRange(1, AppSettings::Limits::maxInFlight);
    addRow(tr("Downloads at o&nce:"), m_maxInFlight, m_maxInFlight,
           flagTip(QStringLiteral("-j, --max-in-flight N"),
                   tr("at most N requests in flight in all, whatever their origin (1 to %1).")
                       .arg(AppSettings::Limits::maxInFlight)));
    m_retries->setObjectName(QStringLiteral("retries"));
    m_retries->setRange(0, AppSettings::Limits::retries);
    addRow(tr("Retr&ies:"), m_retries, m_retries,
           flagTip(QStringLiteral("--retries N"),
                   tr("retry what can succeed later (timeouts, dropped connections, 429, 5xx) "
                      "up to N times after the first attempt.")));
    addRow(tr("Retry de&lay:"), m_backoff, m_backoff,
           flagTip(QStringLiteral("--backoff S"),
                   tr("the base delay before a retry, in seconds; it doubles with each attempt, "
                      "with full jitter.")));
    addRow(tr("Lon&gest retry delay:"), m_backoffMax, m_backoffMax,
           flagTip(QStringLiteral("--backoff-max S"),
                   tr("the longest wait before one retry, a server's Retry-After included.")));
    m_failFast->setObjectName(QStringLiteral("failFast"));
    addWide(m_failFast, flagTip(QStringLiteral("--fail-fast"),
                                tr("cancel everything else at the first failure.")));
    m_skipExisting->setObjectName(QStringLiteral("skipExisting"));
    addWide(m_skipExisting,
            flagTip(QStringLiteral("--no-skip"),
                    tr("the same as unchecking this box: download again files an earlier run "
                       "completed. Checked, such a file is verified and kept, never fetched "
                       "twice.")));
    m_segments->setObjectName(QStringLiteral("segments"));
    m_segments->addItem(
        tr("Auto: up to %1, in slots that would stay idle").arg(EngineOptions::autoSegments));
    m_segments->addItem(tr("Off: one request a file"));
    for (int n = 2; n <= EngineOptions::maxSegments; ++n)
        m_segments->addItem(tr("Up to %1 ranges").arg(n));
    addRow(tr("Larg&e files in ranges:"), m_segments, m_segments,
           flagTip(QStringLiteral("--segments N|auto"),
                   tr("fetch a large file as several byte ranges at once, from a server that "
                      "allows it. Every range counts against the caps and the rate, and queued "
                      "files go first. Auto splits only a file whose connection is slow (under "
                      "%1 MiB/s).")
                       .arg(EngineOptions::autoSegmentsBelowRate / (1024 * 1024))));
    m_segmentMin->setObjectName(QStringLiteral("segmentMin"));
    m_segmentMin->setMaximumWidth(m_segmentMin->fontMetrics().horizontalAdvance(u'M') * 12);
    addRow(tr("Ranges from si&ze:"), m_segmentMin, m_segmentMin,
           flagTip(QStringLiteral("--segment-min SIZE"),
                   tr("only files of at least this size are fetched in ranges (512k, 8M).")));
    m_segmentMinError = addErrorRow(QStringLiteral("segmentMinError"));
    m_language->setObjectName(QStringLiteral("language"));
    for (const UiLanguage::Choice &choice : UiLanguage::choices())
        m_language->addItem(choice.name, choice.code);
    addRow(tr("L&anguage:"), m_language, m_language,
           tr("The language of the window, its numbers, sizes and dates; the system's unless "
              "chosen here."));
    auto *languageNote = new QLabel(tr("A new language applies at the next start."), body());
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    addWide(languageNote, QString());
    watch({m_outputDir, m_checkOnly, m_segmentMin});
}

void DownloadsPage::check()
{
    const QString dir = m_outputDir->text().trimmed();
    const QFileInfo info(dir);
    QString error;
    if (dir.isEmpty())
        error = m_checkOnly->isChecked() ? QString() : tr("Choose a folder to save files into");
    else if (info.exists() && !info.isDir())
        error = tr("%1 is a file, not a folder").arg(dir);
    else if (info.isDir() && !info.isWritable())
        error = tr("You cannot write into %1").arg(dir);
    showError(m_outputDirError, error);
    showError(m_segmentMinError, SegmentFlags::parseMinSize(m_segmentMin->text())
                                     ? QString()
                                     : tr("Not a size: a number of bytes, with k or M (512k, 8M)"));
}

void DownloadsPage::load(const AppSettings &s)
{
    m_outputDir->setText(s.engine.outputDir);
    m_checkOnly->setChecked(s.engine.checkOnly);
    m_maxInFlight->setValue(s.engine.maxInFlight);
    m_retries->setValue(s.engine.retries);
    m_backoff->setMilliseconds(s.engine.backoffBaseMs);
    m_backoffMax->setMilliseconds(s.engine.backoffMaxMs);
    m_failFast->setChecked(s.engine.failFast);
    m_skipExisting->setChecked(s.engine.skipExisting);
    m_segments->setCurrentIndex(std::clamp(s.engine.segments, 0, EngineOptions::maxSegments));
    m_segmentMin->setText(BandwidthLimiter::formatRate(s.engine.segmentMinBytes));
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
}

void DownloadsPage::store(AppSettings *s) const
{
    s->engine.outputDir = m_outputDir->text().trimmed();
    s->engine.checkOnly = m_checkOnly->isChecked();
    s->engine.maxInFlight = m_maxInFlight->value();
    s->engine.retries = m_retries->value();
    s->engine.backoffBaseMs = m_backoff->milliseconds();
    s->engine.backoffMaxMs = m_backoffMax->milliseconds();
    s->engine.failFast = m_failFast->isChecked();
    s->engine.skipExisting = m_skipExisting->isChecked();
    s->engine.segments = m_segments->currentIndex();
    s->engine.segmentMinBytes =
        SegmentFlags::parseMinSize(m_segmentMin->text()).value_or(s->engine.segmentMinBytes);
    s->language = m_language->currentData().toString();
}
