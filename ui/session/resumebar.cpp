#include "resumebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ResumeBar::ResumeBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_resume(new QPushButton(tr("&Resume"), this)),
      m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(QStringLiteral("resumeBar"));
    setAccessibleName(tr("Unfinished batch"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, QColor(255, 244, 205)); // an information bar, not an error
    tinted.setColor(QPalette::WindowText, QColor(60, 50, 10));
    setPalette(tinted);
    m_label->setObjectName(QStringLiteral("resumeMessage"));
    m_label->setWordWrap(true);
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

void ResumeBar::offer(const QString &message)
{
    m_label->setText(message);
    show();
    m_resume->setDefault(true);
}

QString ResumeBar::message() const
{
    return m_label->text();
}
