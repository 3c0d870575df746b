#pragma once

// The engine options of the segmented-download tests: ranges on (auto, the default, said here),
// bodies of 512 KiB and more in ranges, short backoffs, files into `dir`.

#include <QString>

#include "engineoptions.h"

inline EngineOptions segmentTestOptions(const QString &dir)
{
    EngineOptions o;
    o.segments = EngineOptions::segmentsAuto;
    o.outputDir = dir;
    o.backoffBaseMs = 20;
    o.backoffMaxMs = 50;
    o.segmentMinBytes = 512 * 1024;
    return o;
}
