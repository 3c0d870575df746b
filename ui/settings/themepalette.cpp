#include "themepalette.h"

#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace {
// Accents that read on both light and dark grounds once mixed with the palette's own colours.
const QColor kRed(0xd0, 0x20, 0x30);
const QColor kAmber(0xf0, 0xb0, 0x20);
const QColor kOrange(0xe0, 0x80, 0x10);
} // namespace

QString ThemePalette::name(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

ThemePalette::Theme ThemePalette::fromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QPalette ThemePalette::light()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette();
}

QPalette ThemePalette::dark()
{
    const QColor window(0x2d, 0x2f, 0x33);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor alternate(0x27, 0x29, 0x2d);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x84);
    const QColor button(0x35, 0x37, 0x3c);
    const QColor highlight(0x3d, 0x8e, 0xe0);
    const QColor link(0x6c, 0xb4, 0xff);

    QPalette p;
    const auto all = [&p](QPalette::ColorRole role, const QColor &color) {
        p.setColor(QPalette::All, role, color);
    };
    all(QPalette::Window, window);
    all(QPalette::WindowText, text);
    all(QPalette::Base, base);
    all(QPalette::AlternateBase, alternate);
    all(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
    all(QPalette::ToolTipText, text);
    all(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    all(QPalette::Text, text);
    all(QPalette::Button, button);
    all(QPalette::ButtonText, text);
    all(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    all(QPalette::Light, button.lighter(150));
    all(QPalette::Midlight, button.lighter(125));
    all(QPalette::Mid, button.darker(130));
    all(QPalette::Dark, button.darker(180));
    all(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0c));
    all(QPalette::Highlight, highlight);
    all(QPalette::HighlightedText, Qt::white);
    all(QPalette::Link, link);
    all(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    // A window in the background keeps its selection visible, but quieter.
    p.setColor(QPalette::Inactive, QPalette::Highlight, mix(highlight, base, 0.35));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText,
          QPalette::ToolTipText, QPalette::BrightText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x52, 0x58));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Link, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Light, window);
    return p;
}

bool ThemePalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QColor ThemePalette::errorText(const QPalette &palette)
{
    // Red mixed into the text colour: dark red on light grounds, salmon on dark ones.
    return isDark(palette) ? mix(kRed, palette.color(QPalette::Text), 0.45)
                           : mix(kRed, palette.color(QPalette::Text), 0.15);
}

QColor ThemePalette::errorMark(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), kRed, isDark(palette) ? 0.35 : 0.18);
}

QColor ThemePalette::warningMark(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), kAmber, isDark(palette) ? 0.3 : 0.25);
}

QColor ThemePalette::infoBar(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), kAmber, isDark(palette) ? 0.22 : 0.3);
}

QColor ThemePalette::secondSeries(const QPalette &palette)
{
    return isDark(palette) ? kOrange.lighter(120) : kOrange.darker(110);
}

QColor ThemePalette::mix(const QColor &a, const QColor &b, double share)
{
    const auto at = [share](int x, int y) { return int(x + (y - x) * share + 0.5); };
    return QColor(at(a.red(), b.red()), at(a.green(), b.green()), at(a.blue(), b.blue()));
}
