#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <limits>

#include "engineoptions.h"
#include "themepalette.h"

class QSettings;

// What the window remembers between runs: every engine knob of the headless mode, the extra CA
// certificate file, the output folder and the proxy choice. Missing keys read as the defaults and
// stored values are clamped to the ranges the headless mode accepts (the Limits below).
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

    // The ranges `fanout --headless` accepts; the dialog's fields use the same
    // (tests/tst_settingsdialog.cpp checks each against the headless parser).
    struct Limits
    {
        static constexpr int maxInFlight = 512; // -j and --per-host
        static constexpr int retries = 1000;
        static constexpr int breaker = 1000;
        // Every duration, in seconds: the most whole milliseconds an int holds (24.8 days).
        static constexpr int seconds = std::numeric_limits<int>::max() / 1000;
        static constexpr double rate = 100000;     // --rate, requests a second
        static constexpr int minHookTimeoutMs = 1; // --hook-timeout: 0 would kill every hook
    };

    // How the window lives on the desktop. The menus change these too (View > Theme, Edit >
    // Watch the Clipboard), each key on its own, so the stored values are the current ones.
    struct Desktop
    {
        ThemePalette::Theme theme = ThemePalette::Theme::System;
        bool watchClipboard = false; // offer links copied elsewhere (opt-in)
        bool notifyBatchEnd = true;  // a desktop notification when a batch ends unseen

        static Desktop load(const QSettings &store);
        void save(QSettings &store) const;
        static void saveTheme(QSettings &store, ThemePalette::Theme theme);
        static void saveWatchClipboard(QSettings &store, bool on);
        bool operator==(const Desktop &) const = default;
    };

    EngineOptions engine; // engine.outputDir is the output folder
    QString caCertFile;   // PEM or DER; empty for none
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyUrl; // used when proxyMode is Url
    // The hooks the window's batches run (--on-item-done, --on-batch-done, --hook-timeout).
    QString itemHook;
    QString batchHook;
    int hookTimeoutMs = 60000;
    Desktop desktop;
    // The window's language (UiLanguage): empty follows the system; applied at the next start.
    QString language;

    static AppSettings defaults(); // output folder: the user's Downloads folder
    static AppSettings load(const QSettings &store);
    void save(QSettings &store) const;

    // The engine options with the CA file read in and the proxy fields set from proxyMode; false
    // and *error when the CA file cannot be used or the proxy URL is invalid. An invalid URL is
    // still passed on, so that the engine refuses to start rather than bypass the proxy.
    bool toEngineOptions(EngineOptions *out, QString *error) const;

    // The certificates of a PEM or DER file, as --ca-cert reads them; false and *error when the
    // file cannot be read or holds none.
    static bool readCaCertificates(const QString &path, QList<QSslCertificate> *out,
                                   QString *error);
};
