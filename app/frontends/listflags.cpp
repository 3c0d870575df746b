#include "listflags.h"

#include <QDir>
#include <QFileInfo>

#include "headlessoptions.h"
#include "segmentflags.h"

namespace {
QCommandLineOption failedList()
{
    return QCommandLineOption(
        QStringLiteral("failed-list"),
        QStringLiteral("Write every item that did not end ok to FILE as a list line (name, dir, "
                       "digests, mirrors and headers kept, credentials never), and invalid lines "
                       "as '# line N: reason' comments: 'fanout --headless FILE' runs them again."),
        QStringLiteral("FILE"));
}
} // namespace

void ListFlags::add(QCommandLineParser *parser)
{
    parser->addOption(failedList());
    SegmentFlags::add(parser);
}

bool ListFlags::read(const QCommandLineParser &parser, HeadlessSettings *settings, QString *error)
{
    if (!SegmentFlags::read(parser, &settings->engine, error))
        return false;
    if (!parser.isSet(failedList()))
        return true;
    const QString path = parser.value(failedList());
    const QFileInfo info(path);
    if (path.isEmpty() || info.isDir() || !info.absoluteDir().exists()) {
        *error = QStringLiteral("cannot write --failed-list %1: no such folder").arg(path);
        return false;
    }
    settings->failedListPath = path;
    return true;
}
