#include "listinputflags.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>

#include "headlessoptions.h"

namespace {
const QString checksumsName = QStringLiteral("checksums");
} // namespace

void ListInputFlags::addTo(QCommandLineParser *parser)
{
    parser->addOption(QCommandLineOption(
        checksumsName,
        QStringLiteral("Check each item against the digest FILE gives for its file name "
                       "(sha256sum-style \"HEX  NAME\" or BSD-style \"SHA256 (NAME) = HEX\"; "
                       "md5, sha1, sha256, sha512)."),
        QStringLiteral("FILE")));
}

bool ListInputFlags::apply(const QCommandLineParser &parser, HeadlessSettings *settings,
                           QString *error)
{
    if (!parser.isSet(checksumsName))
        return true;
    const QString path = parser.value(checksumsName);
    const QFileInfo info(path);
    if (path.isEmpty() || !info.isFile() || !info.isReadable()) {
        *error = QStringLiteral("cannot read --checksums %1").arg(path);
        return false;
    }
    settings->checksumsPath = path;
    return true;
}
