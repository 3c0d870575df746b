#pragma once

#include <QObject>
#include <QPalette>

class QWidget;

// Keeps some palette roles of one widget derived from the palette it would inherit (the
// application's, or its parent's), also after a theme change: a red error label or a tinted bar
// is tinted again from the new palette instead of keeping the colour it had.
class ThemeTint final : public QObject
{
    Q_OBJECT

public:
    // Sets the roles of `palette` from `inherited` (ThemePalette's colours).
    using Tint = void (*)(QPalette &palette, const QPalette &inherited);

    // Tints `widget` now and on every palette change; the tint is owned by the widget.
    static void keep(QWidget *widget, Tint tint);

    // Tints for the window's fixed kinds of widget.
    static void errorText(QPalette &palette, const QPalette &inherited);
    static void infoBar(QPalette &palette, const QPalette &inherited);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ThemeTint(QWidget *widget, Tint tint);
    void apply();

    QWidget *m_widget;
    Tint m_tint;
    bool m_applying = false;
};
