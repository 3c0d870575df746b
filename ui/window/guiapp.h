#pragma once

// Runs the window: creates the QApplication, opens the main window (loading the list files named
// in the arguments) and runs the event loop. Returns the exit status.
int runGui(int argc, char **argv);
