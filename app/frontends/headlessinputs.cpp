#include "headlessinputs.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

#include "listinput.h"
#include "urllist.h"

namespace {

// Whether `list` holds the lines of `session` (credentials aside: the journal leaves them out).
bool sameList(ListReader &list, const SessionJournal::Session &session)
{
    if (list.scan() != session.lines.size())
        return false;
    UrlList::Entry given;
    for (qsizetype i = 0; list.next(&given); ++i) {
        if (UrlList::redactedText(given.text) != session.lines[i].section(QLatin1Char('\t'), 0, 0))
            return false;
    }
    return true;
}

} // namespace

std::optional<HeadlessInputs> HeadlessInputs::prepare(const HeadlessSettings &given, QString *error)
{
    HeadlessInputs inputs;
    inputs.settings = given;
    HeadlessSettings &effective = inputs.settings;
    if (!effective.sessionPath.isEmpty() && QFileInfo(effective.sessionPath).size() > 0) {
        inputs.resumed = SessionJournal::load(effective.sessionPath, error);
        if (!inputs.resumed)
            return std::nullopt;
        // The session decides where files go and what the list is.
        effective.engine.outputDir = inputs.resumed->outputDir;
        effective.engine.checkOnly = inputs.resumed->checkOnly;
    }

    inputs.list = std::make_unique<ListReader>();
    if (inputs.resumed && effective.listPath.isEmpty()) {
        if (!effective.checksumsPath.isEmpty()) {
            *error = QStringLiteral("--checksums applies to LIST: give the list again to resume "
                                    "session %1 with checksums")
                         .arg(effective.sessionPath);
            return std::nullopt;
        }
        inputs.list->openData(inputs.resumed->lines.join(QLatin1Char('\n')).toUtf8());
    } else {
        QTextStream err(stderr);
        if (!ListInput::open(effective.listPath, effective.checksumsPath, inputs.list.get(), err,
                             error))
            return std::nullopt;
    }
    // LIST beside an existing session only brings back what the journal leaves out (the
    // credentials): it must be the same list.
    if (inputs.resumed && !effective.listPath.isEmpty() &&
        !sameList(*inputs.list, *inputs.resumed)) {
        *error = QStringLiteral("%1 is not the list of session %2")
                     .arg(effective.listPath, effective.sessionPath);
        return std::nullopt;
    }
    if (!effective.engine.checkOnly && !QDir().mkpath(effective.engine.outputDir)) {
        *error = QStringLiteral("cannot create output folder %1")
                     .arg(QDir::toNativeSeparators(effective.engine.outputDir));
        return std::nullopt;
    }
    if (!effective.csvPath.isEmpty()) {
        const QFileInfo csv(effective.csvPath);
        if (csv.isDir() || !csv.absoluteDir().exists()) {
            *error = QStringLiteral("cannot write --csv %1: no such folder").arg(effective.csvPath);
            return std::nullopt;
        }
    }
    return inputs;
}
