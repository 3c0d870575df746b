#include "themetint.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include "themepalette.h"

ThemeTint::ThemeTint(QWidget *widget, Tint tint) : QObject(widget), m_widget(widget), m_tint(tint)
{
    widget->installEventFilter(this);
}

void ThemeTint::keep(QWidget *widget, Tint tint)
{
    (new ThemeTint(widget, tint))->apply();
}

void ThemeTint::errorText(QPalette &palette, const QPalette &inherited)
{
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        palette.setColor(group, QPalette::WindowText, ThemePalette::errorText(inherited));
}

void ThemeTint::infoBar(QPalette &palette, const QPalette &inherited)
{
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        palette.setColor(group, QPalette::Window, ThemePalette::infoBar(inherited));
}

void ThemeTint::apply()
{
    const QWidget *parent = m_widget->parentWidget();
    const QPalette inherited = parent ? parent->palette() : QApplication::palette(m_widget);
    QPalette tinted = m_widget->palette();
    m_tint(tinted, inherited);
    if (tinted == m_widget->palette())
        return;
    m_applying = true; // setPalette sends the PaletteChange this would answer again
    m_widget->setPalette(tinted);
    m_applying = false;
}

bool ThemeTint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && !m_applying &&
        (event->type() == QEvent::PaletteChange ||
         event->type() == QEvent::ApplicationPaletteChange ||
         event->type() == QEvent::ParentChange))
        apply();
    return QObject::eventFilter(watched, event);
}
