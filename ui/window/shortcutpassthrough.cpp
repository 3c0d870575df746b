#include "shortcutpassthrough.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

ShortcutPassThrough::ShortcutPassThrough(const QList<QAction *> &actions, QObject *parent)
    : QObject(parent), m_actions(actions)
{}

void ShortcutPassThrough::watch(QWidget *field)
{
    field->installEventFilter(this);
}

void ShortcutPassThrough::install(const QList<QAction *> &actions, const QList<QWidget *> &fields)
{
    if (fields.isEmpty())
        return;
    auto *filter = new ShortcutPassThrough(actions, fields.first());
    for (QWidget *field : fields)
        filter->watch(field);
}

bool ShortcutPassThrough::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Plain typing and editing keys stay the field's; only combinations with Ctrl or Alt (and
    // function keys) can be a window command here.
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    const bool command = (mods & (Qt::ControlModifier | Qt::AltModifier)) ||
                         (key->key() >= Qt::Key_F1 && key->key() <= Qt::Key_F35);
    if (!command)
        return false;
    const QKeySequence pressed(key->keyCombination());
    for (const QAction *action : std::as_const(m_actions)) {
        if (!action->isEnabled())
            continue;
        for (const QKeySequence &shortcut : action->shortcuts()) {
            if (shortcut.matches(pressed) == QKeySequence::ExactMatch) {
                event->ignore(); // not the field's: the shortcut map delivers it to the action
                return true;
            }
        }
    }
    return false;
}
