#pragma once

// Runs the real `fanout` binary (FANOUT_BINARY) in a child process, for the end-to-end tests of
// the headless mode (its contract, list fields and formats, automation).

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace FanoutProcess {

struct Run
{
    int exitCode = -1; // -1: did not end by itself within the time
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

inline QString binary()
{
    return qEnvironmentVariable("FANOUT_BINARY");
}

// Blocking is fine: the TestServer answers from its own thread. `input`, unless null, is what
// the child reads on its standard input.
inline Run run(const QString &workDir, const QStringList &arguments, int timeoutMs = 60000,
               const QByteArray &input = {})
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    QElapsedTimer clock;
    clock.start();
    process.start(binary(), arguments);
    if (!process.waitForStarted())
        return {};
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()), clock.elapsed()};
}

inline QString writeFile(const QString &path, const QStringList &lines)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

inline QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace FanoutProcess
