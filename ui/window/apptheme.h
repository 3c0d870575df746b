#pragma once

#include <QPalette>
#include <QString>

#include "themepalette.h"

// Puts a theme on the whole application: Light and Dark run the Fusion style with
// ThemePalette's palettes; System brings back the style and palette the application started
// with (captured when this is made, before any theme is applied). The keyboard focus outline
// (FocusStyle) is kept in every theme. Widgets repaint through Qt's palette change events.
class AppTheme final
{
public:
    AppTheme();

    void apply(ThemePalette::Theme theme);
    ThemePalette::Theme current() const { return m_current; }

private:
    void useStyle(const QString &name);

    QString m_systemStyle;
    QPalette m_systemPalette;
    ThemePalette::Theme m_current = ThemePalette::Theme::System;
};
