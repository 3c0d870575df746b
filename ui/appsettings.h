#pragma once

#include <QString>

#include "engineoptions.h"

class QSettings;

// What the window remembers between runs: every engine knob of the headless mode, the extra CA
// certificate file and the output folder. Missing keys read as the defaults.
struct AppSettings
{
    EngineOptions engine; // engine.outputDir is the output folder
    QString caCertFile;   // PEM or DER; empty for none

    static AppSettings defaults(); // output folder: the user's Downloads folder
    static AppSettings load(const QSettings &store);
    void save(QSettings &store) const;

    // The engine options with the CA file read in; false and *error when it cannot be used.
    bool toEngineOptions(EngineOptions *out, QString *error) const;
};
