#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;
class QWidget;

// Tells the desktop that a batch ended while nobody was looking: one notification (the tray
// icon's message) with how many downloads are ok and how many failed, only when the window is
// not the active one, and only while switched on in Settings. Clicking it raises the window.
class BatchNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit BatchNotifier(QWidget *window);

    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }

    // Whether a batch that ends now is worth a notification.
    static bool wanted(bool enabled, bool windowActive) { return enabled && !windowActive; }
    // "12 downloads ok, 3 failed" (and the cancelled ones, when there are any).
    static QString text(int ok, int failed, int cancelled);

    // A batch ended with these counts: notifies when wanted(), for the window as it is now.
    void batchEnded(int ok, int failed, int cancelled);
    // Brings the window to the front (what clicking the notification does).
    void raiseWindow();

Q_SIGNALS:
    // A notification was asked for (also where the desktop has no tray to show it).
    void notified(const QString &title, const QString &text);

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
};
