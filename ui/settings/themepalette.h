#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// The window's themes and every colour the window does not take straight from a palette role:
// the dark and light Fusion palettes, and the tints (error text, marked lines, the information
// bar, the chart's second series) derived from whatever palette is in force, so that nothing
// drawn on a light palette vanishes on a dark one.
class ThemePalette final
{
public:
    enum class Theme
    {
        System, // the style and palette the application started with
        Light,  // Fusion's own palette
        Dark    // a complete dark Fusion palette
    };

    // Stored as words ("system", "light", "dark"); anything else reads as System.
    static QString name(Theme theme);
    static Theme fromName(const QString &name);

    static QPalette light();
    // Every role of the Active, Inactive and Disabled groups.
    static QPalette dark();

    // Whether `palette` draws light text on a dark window.
    static bool isDark(const QPalette &palette);
    // Text that says something is wrong (a field's error, a problem line).
    static QColor errorText(const QPalette &palette);
    // The background of a line marked as an error, or as a warning, in a text field.
    static QColor errorMark(const QPalette &palette);
    static QColor warningMark(const QPalette &palette);
    // An information bar's background (the resume and clipboard bars); its text is WindowText.
    static QColor infoBar(const QPalette &palette);
    // A second series in a chart, beside the Highlight-coloured first.
    static QColor secondSeries(const QPalette &palette);

    // `a` moved towards `b` by `share` (0: a, 1: b).
    static QColor mix(const QColor &a, const QColor &b, double share);
};
