#pragma once

#include <QString>

#include "engineoptions.h"

class QSettings;

// What the window remembers between runs: every engine knob of the headless mode, the extra CA
// certificate file, the output folder and the proxy choice. Missing keys read as the defaults.
// engine.proxy and engine.noProxy are derived from proxyMode and proxyUrl, which keep the URL
// the user typed even while another mode is chosen.
struct AppSettings
{
    enum class ProxyMode
    {
        System,
        None,
        Url
    };

    EngineOptions engine; // engine.outputDir is the output folder
    QString caCertFile;   // PEM or DER; empty for none
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyUrl; // used when proxyMode is Url

    static AppSettings defaults(); // output folder: the user's Downloads folder
    static AppSettings load(const QSettings &store);
    void save(QSettings &store) const;

    // The engine options with the CA file read in and the proxy fields set from proxyMode; false
    // and *error when the CA file cannot be used or the proxy URL is invalid. An invalid URL is
    // still passed on, so that the engine refuses to start rather than bypass the proxy.
    bool toEngineOptions(EngineOptions *out, QString *error) const;
};
