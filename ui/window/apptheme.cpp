#include "apptheme.h"

#include <QApplication>
#include <QEvent>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include "focusstyle.h"

namespace {
// The name of the style under the application's FocusStyle (or of the style itself).
QString styleName()
{
    QStyle *style = QApplication::style();
    if (auto *proxy = qobject_cast<QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style->name();
}

// The look the application started with: taken once, when the first AppTheme is made, so a
// later window (or a test's) does not take an applied theme for the system's.
struct SystemLook
{
    QString style = styleName();
    QPalette palette = QApplication::palette();
};
const SystemLook &systemLook()
{
    static const SystemLook look;
    return look;
}

void setPalette(const QPalette &palette)
{
    QApplication::setPalette(palette);
    // Before QApplication::exec() Qt does not tell the windows already made: tell them, so
    // that the window made before its theme was known takes it (repeating it is harmless).
    QEvent change(QEvent::ApplicationPaletteChange);
    for (QWidget *window : QApplication::topLevelWidgets())
        QCoreApplication::sendEvent(window, &change);
}
} // namespace

AppTheme::AppTheme() : m_systemStyle(systemLook().style), m_systemPalette(systemLook().palette) {}

void AppTheme::useStyle(const QString &name)
{
    if (styleName().compare(name, Qt::CaseInsensitive) == 0)
        return; // switching styles re-polishes every widget: only when it changes
    if (QStyle *base = QStyleFactory::create(name))
        QApplication::setStyle(new FocusStyle(base));
}

void AppTheme::apply(ThemePalette::Theme theme)
{
    m_current = theme;
    switch (theme) {
    case ThemePalette::Theme::Light:
        useStyle(QStringLiteral("Fusion"));
        setPalette(ThemePalette::light());
        return;
    case ThemePalette::Theme::Dark:
        useStyle(QStringLiteral("Fusion"));
        setPalette(ThemePalette::dark());
        return;
    case ThemePalette::Theme::System:
        break;
    }
    useStyle(m_systemStyle);
    setPalette(m_systemPalette);
}
