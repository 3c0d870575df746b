#pragma once

#include <QCommandLineParser>
#include <QString>

struct EngineOptions;

// The headless flags of segmented downloads: --segments N|auto and --segment-min SIZE. Added
// to the command line's parser (through ListFlags) and read into EngineOptions, with the
// message a usage error prints.
class SegmentFlags final
{
public:
    static void add(QCommandLineParser *parser);
    // False with *error set on a usage error.
    static bool read(const QCommandLineParser &parser, EngineOptions *engine, QString *error);
};
