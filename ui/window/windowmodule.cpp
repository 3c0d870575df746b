// The window as a module of its own (fanout-window.so), loaded by `fanout` only when it opens the
// window: the headless mode, --help and --version then never load Qt Gui, Qt Widgets and their
// thirty libraries, which cost about 17 ms at every start (app/main.cpp, README "Performance").
#include <QtGlobal>

#include "guiapp.h"

extern "C" Q_DECL_EXPORT int fanoutRunWindow(int argc, char **argv)
{
    return runGui(argc, argv);
}
