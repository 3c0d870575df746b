#pragma once

#include <QCoreApplication>

class QMainWindow;
class TransferView;
struct WindowActions;

// Lays the window's commands out where people look for them: the menu bar, the toolbar and the
// table's context menu. What the commands do is WindowCommands'.
class WindowMenus final
{
    Q_DECLARE_TR_FUNCTIONS(WindowMenus)

public:
    static void build(QMainWindow *window, const WindowActions &actions, TransferView *view);
};
