#pragma once

#include <QString>
#include <QStringList>

class MainWindow;

// Runs the window: creates the QApplication; hands the arguments to this user's running window
// when there is one (unless --new-window) and ends; else opens the main window with them, listens
// for later hand-overs (InstanceChannel) and runs the event loop. Returns the exit status.
int runGui(int argc, char **argv);

// What the window does with `fanout ARGS` (its own or handed over): a list file, by path
// (relative to `workingFolder`) or file:// URL, is loaded; http(s) URLs are added as if pasted;
// options are skipped.
void openArguments(MainWindow &window, const QStringList &arguments, const QString &workingFolder);
