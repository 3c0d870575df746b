#include "ownthreads.h"

#include <QByteArray>
#include <QtGlobal>

#include <mutex>

void OwnThreads::unixFromNowOn()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
            qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
    });
}
