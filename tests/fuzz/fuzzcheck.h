#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

// A failed invariant in a fuzz target: say which, show the value, and abort so that libFuzzer
// saves the input as a crash file.
inline void fuzzCheck(bool condition, const char *what, const QString &value = QString())
{
    if (condition)
        return;
    std::fprintf(stderr, "invariant broken: %s\nvalue: [%s]\nutf-16:", what,
                 value.toUtf8().constData());
    for (const QChar c : value)
        std::fprintf(stderr, " %04x", unsigned(c.unicode()));
    std::fprintf(stderr, "\n");
    std::abort();
}
