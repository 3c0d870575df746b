#pragma once

#include <QByteArray>

#include "listformat.h"
#include "listsink.h"

class QIODevice;

// Runs the converter of a list format (aria2 input, Metalink, results CSV) over a whole input:
// a device read as a stream (lines split at \n, \r\n or \r, as the list reader numbers them),
// so a converted list of millions never sits in memory, or bytes in memory for the window.
class ListConverter final
{
public:
    // Converts `in` into `sink`; false when the input could not be read (sink->error() says
    // why). Plain lists are copied as they are; checksum files are not lists (an error).
    static bool convert(QIODevice *in, ListFormat::Kind kind, ListSink *sink);
    // The same for bytes in memory: the converted text, notes and error are in the sink.
    static ListSink convert(const QByteArray &data, ListFormat::Kind kind);
};
