#pragma once

#include <QDoubleSpinBox>

// A QDoubleSpinBox that shows only the decimals a value needs ("15 s", "2.5 s", "0.25 s"), so
// that it can hold milliseconds exactly without every value reading "15.000 s".
class DecimalSpinBox final : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit DecimalSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;

    // For a box of seconds: the value in whole milliseconds, as EngineOptions keeps durations.
    int milliseconds() const;
    void setMilliseconds(int ms);
};
