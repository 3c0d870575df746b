#include "clipboardbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "themetint.h"

ClipboardBar::ClipboardBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_add(new QPushButton(tr("Add"), this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("clipboardBar"));
    setAccessibleName(tr("Links on the clipboard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    ThemeTint::keep(this, &ThemeTint::infoBar);
    m_label->setObjectName(QStringLiteral("clipboardMessage"));
    m_add->setObjectName(QStringLiteral("clipboardAddButton"));
    m_add->setAccessibleName(tr("Add the copied links"));
    m_add->setToolTip(tr("Add the copied links to the list, as Paste URLs would"));
    m_dismiss->setObjectName(QStringLiteral("clipboardDismissButton"));
    m_dismiss->setAccessibleName(tr("Dismiss the copied links"));
    m_dismiss->setToolTip(tr("Do not offer these links again"));
    for (QPushButton *button : {m_add, m_dismiss})
        button->setAutoDefault(false); // Enter in the window keeps its meaning
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_add);
    layout->addWidget(m_dismiss);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList links = m_links;
        offer({});
        Q_EMIT addRequested(links);
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        offer({});
        Q_EMIT dismissRequested();
    });
    hide();
}

void ClipboardBar::offer(const QStringList &links)
{
    m_links = links;
    const int n = int(links.size());
    m_label->setText(tr("%n link(s) copied:", nullptr, n));
    m_label->setToolTip(links.mid(0, 10).join(QLatin1Char('\n')));
    setVisible(n > 0); // showing a child widget leaves the focus where it is
}

QString ClipboardBar::message() const
{
    return m_label->text();
}
