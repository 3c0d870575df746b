#pragma once

// The fixture of the engine's end-to-end tests (tst_engine_saving, tst_engine_failures,
// tst_engine_control): ServerFixture with the options they start from (saving into m_dir, a
// short backoff, 5 s to connect and to stall). Header-only: list it, and serverfixture.h, in the
// test's SOURCES so that moc sees them.

#include "engineoptions.h"
#include "serverfixture.h"

class EngineFixture : public ServerFixture
{
    Q_OBJECT

protected:
    EngineOptions options() const
    {
        EngineOptions o;
        o.outputDir = m_dir->path();
        o.backoffBaseMs = 50;
        o.backoffMaxMs = 200;
        o.connectTimeoutMs = 5000;
        o.stallTimeoutMs = 5000;
        return o;
    }
};
