#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

// Keeps a window test's QSettings and standard paths (the session journal) away from the
// user's: an INI file under `configDir`, Qt's test mode for the standard paths, and the test's
// own organization and application names.
inline void isolateSettings(const QString &configDir, const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, configDir);
    QCoreApplication::setOrganizationName(QStringLiteral("FanoutTest"));
    QCoreApplication::setApplicationName(application);
}
