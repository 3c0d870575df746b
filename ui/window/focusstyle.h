#pragma once

#include <QProxyStyle>

// The application's style with a keyboard focus that can be seen: a 2 px outline in the
// highlight colour around the focused button, tool button, check box or tab, where the stock
// styles draw a faint one.
class FocusStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    // `base`: the style drawn around the outline (taken over); null: the platform's default.
    explicit FocusStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;

private:
    static void drawOutline(const QStyleOption *option, QPainter *painter, QRect rect);
};
