#include "decimalspinbox.h"

#include <cmath>

DecimalSpinBox::DecimalSpinBox(QWidget *parent) : QDoubleSpinBox(parent) {}

QString DecimalSpinBox::textFromValue(double value) const
{
    const QLocale here = locale();
    QString text = here.toString(value, 'f', decimals());
    if (!isGroupSeparatorShown())
        text.remove(here.groupSeparator());
    const QString point = here.decimalPoint();
    const qsizetype dot = text.indexOf(point);
    if (dot < 0)
        return text;
    qsizetype end = text.size();
    while (end > dot + point.size() && text.at(end - 1) == here.zeroDigit().at(0))
        --end;
    if (end == dot + point.size())
        end = dot;
    return text.left(end);
}

int DecimalSpinBox::milliseconds() const
{
    return int(std::lround(value() * 1000));
}

void DecimalSpinBox::setMilliseconds(int ms)
{
    setValue(ms / 1000.0);
}
