#include "resumebar.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include "folderline.h"
#include "samefolder.h"
#include "themetint.h"

ResumeBar::ResumeBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_resume(new QPushButton(tr("&Resume"), this)),
      m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(QStringLiteral("resumeBar"));
    setAccessibleName(tr("Unfinished batch"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    ThemeTint::keep(this, &ThemeTint::infoBar); // an information bar, not an error
    m_label->setObjectName(QStringLiteral("resumeMessage"));
    m_label->setWordWrap(true);
    // Its width never follows the folder's (a line word wrap may not break): the folder is
    // elided to the width the label gets, and the window may still grow narrow.
    m_label->setMinimumWidth(20 * m_label->fontMetrics().averageCharWidth());
    m_label->installEventFilter(this);
    m_label->setTextFormat(Qt::RichText);
    m_resume->setObjectName(QStringLiteral("resumeSessionButton"));
    m_resume->setToolTip(tr("Bring the rows back and download what is missing; finished files "
                            "are kept, part files are continued"));
    m_discard->setObjectName(QStringLiteral("discardSessionButton"));
    m_discard->setToolTip(tr("Forget the unfinished batch (downloaded files stay on disk)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_resume);
    layout->addWidget(m_discard);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT resumeRequested();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT discardRequested();
    });
    hide();
}

void ResumeBar::offer(const SessionKeeper::Plan &plan, const QDateTime &saved,
                      const QString &settingsFolder)
{
    // The rows Resume brings back as downloads, and of those the ones it carries over: what
    // "Resumed in …: N finished earlier, M to download" says next. Invalid lines are no
    // downloads, and a file deleted since it finished is downloaded again.
    const int downloads = plan.downloads();
    const int done = plan.finishedEarlier();
    const QString &folder = plan.outputDir;
    const QString when = QLocale().toString(saved, QLocale::ShortFormat);
    QString text =
        tr("A batch of %n download(s) did not finish (%1 done, last saved %2).", nullptr, downloads)
            .arg(done)
            .arg(when);
    const QString shown = QDir::toNativeSeparators(folder);
    const QString resume = tr("Resume it?");
    if (plan.checkOnly) {
        m_message = text + QLatin1Char(' ') + tr("It ran in check mode: nothing is saved.") +
                    QLatin1Char(' ') + resume;
        m_lead.clear();
        m_folder.clear();
        m_label->setText(QStringLiteral("<p>%1</p>").arg(m_message.toHtmlEscaped()));
    } else {
        // The folder on a line of its own (word wrap broke it after a "/"), whole in the tooltip.
        text += QLatin1Char(' ') + (SameFolder::of(folder, settingsFolder)
                                        ? tr("It continues in this folder:")
                                        : tr("It continues in its own folder (Settings stay as "
                                             "they are):"));
        m_message = text + QLatin1Char(' ') + shown + QLatin1Char(' ') + resume;
        m_lead = text;
        m_folder = shown;
        m_end = resume;
        showFolder();
    }
    m_label->setToolTip(shown);
    show();
    m_resume->setDefault(true);
}

void ResumeBar::showFolder()
{
    // Elided to the label's width too: a line that word wrap may not break would be cut off.
    m_label->setText(QStringLiteral("<p>%1</p>%2<p>%3</p>")
                         .arg(m_lead.toHtmlEscaped(),
                              FolderLine::paragraph(m_label->fontMetrics(), m_folder,
                                                    m_label->contentsRect().width()),
                              m_end.toHtmlEscaped()));
}

bool ResumeBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && event->type() == QEvent::Resize && !m_folder.isEmpty())
        showFolder(); // its width changed: the folder is elided to it again
    return QFrame::eventFilter(watched, event);
}

QString ResumeBar::message() const
{
    return m_message;
}
