#pragma once

#include <QString>

class QCommandLineParser;
struct HeadlessSettings;

// The command-line flags about how the list is read (--checksums FILE), kept out of
// HeadlessOptions: it registers them on the parser and checks them into HeadlessSettings.
class ListInputFlags final
{
public:
    static void addTo(QCommandLineParser *parser);
    // After parsing: false with *error on a usage error.
    static bool apply(const QCommandLineParser &parser, HeadlessSettings *settings, QString *error);
};
