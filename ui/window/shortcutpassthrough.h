#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

// Lets the window's own shortcuts through text fields that would keep the key for themselves:
// QLineEdit and QPlainTextEdit claim Ctrl+E, Ctrl+F, Ctrl+K and others on Linux (emacs-style
// editing) by accepting the ShortcutOverride event, so Export CSV (Ctrl+E) did nothing while the
// search or paste box had the focus. Keys of the given actions are not overridden.
class ShortcutPassThrough final : public QObject
{
    Q_OBJECT

public:
    ShortcutPassThrough(const QList<QAction *> &actions, QObject *parent = nullptr);

    void watch(QWidget *field);
    // One pass-through for `fields`, owned by the first of them.
    static void install(const QList<QAction *> &actions, const QList<QWidget *> &fields);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QAction *> m_actions;
};
