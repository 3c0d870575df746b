#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

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
    // A --segment-min size (512k, 8M, 1G; binary units), as the flag and the window read it.
    static std::optional<qint64> parseMinSize(const QString &text);
};
