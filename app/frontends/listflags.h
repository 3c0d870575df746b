#pragma once

#include <QCommandLineParser>
#include <QString>

struct HeadlessSettings;

// The headless flags about lists beyond the list itself: --failed-list FILE, and how each
// item's body is fetched (SegmentFlags: --segments, --segment-min). Added to the command
// line's parser and read into HeadlessSettings, with the message a usage error prints.
class ListFlags final
{
public:
    static void add(QCommandLineParser *parser);
    // False with *error set on a usage error.
    static bool read(const QCommandLineParser &parser, HeadlessSettings *settings, QString *error);
};
