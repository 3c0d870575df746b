#include "batchnotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

BatchNotifier::BatchNotifier(QWidget *window) : QObject(window), m_window(window) {}

QString BatchNotifier::text(int ok, int failed, int cancelled)
{
    QString out = tr("%n download(s) ok", nullptr, ok) + QStringLiteral(", ") +
                  tr("%n failed", nullptr, failed);
    if (cancelled > 0)
        out += QStringLiteral(", ") + tr("%n cancelled", nullptr, cancelled);
    return out;
}

void BatchNotifier::batchEnded(int ok, int failed, int cancelled)
{
    if (!wanted(m_enabled, m_window->isActiveWindow()))
        return;
    const QString title = tr("Batch finished");
    const QString message = text(ok, failed, cancelled);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            m_tray->setToolTip(tr("Fanout"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &BatchNotifier::raiseWindow);
            connect(m_tray, &QSystemTrayIcon::activated, this, &BatchNotifier::raiseWindow);
        }
        m_tray->show();
        m_tray->showMessage(title, message,
                            failed > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
    QApplication::alert(m_window); // the task bar entry asks for attention too
    Q_EMIT notified(title, message);
}

void BatchNotifier::raiseWindow()
{
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}
