#pragma once

#include <QString>

#include <memory>
#include <optional>

#include "headlessoptions.h"
#include "listreader.h"
#include "sessionjournal.h"

// What a headless run starts from, checked before anything runs: the session it continues
// (which then decides the output folder and the list), the list reader (LIST, or the session's
// own lines), that a LIST given beside a session is that session's list, that the output folder
// can be made and that the CSV's folder exists. Every refusal is a usage error's message.
struct HeadlessInputs
{
    HeadlessSettings settings; // as given, with what a resumed session decides
    std::optional<SessionJournal::Session> resumed;
    std::unique_ptr<ListReader> list;

    // Fills a HeadlessInputs from the parsed command line; nullopt with `error` set otherwise.
    static std::optional<HeadlessInputs> prepare(const HeadlessSettings &given, QString *error);
};
