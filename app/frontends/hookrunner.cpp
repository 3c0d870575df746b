#include "hookrunner.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <unistd.h>

HookRunner::HookRunner(int maxParallel, int timeoutMs, QObject *parent)
    : QObject(parent), m_maxParallel(std::max(1, maxParallel)), m_timeoutMs(timeoutMs),
      m_base(QProcessEnvironment::systemEnvironment())
{
    // A FANOUT_ variable from our own environment must not pass for a fact of this batch.
    for (const QString &name : m_base.keys()) {
        if (name.startsWith(QLatin1String("FANOUT_")))
            m_base.remove(name);
    }
}

HookRunner::~HookRunner()
{
    // Nobody is told any more: what waits is dropped, what runs is killed with its group.
    m_queue.clear();
    for (QProcess *process : std::as_const(m_processes)) {
        process->disconnect(this);
        if (process->processId() > 0)
            ::kill(-pid_t(process->processId()), SIGKILL);
        process->kill();
        process->waitForFinished(1000);
    }
}

void HookRunner::run(const QString &command, const QString &folder, const Facts &facts, Done done)
{
    m_queue.push_back({command, folder, facts, std::move(done)});
    startNext();
}

void HookRunner::startNext()
{
    while (m_running < m_maxParallel && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        start(std::move(job));
    }
    if (m_running == 0 && m_queue.empty())
        Q_EMIT idle();
}

void HookRunner::start(Job job)
{
    ++m_running;
    auto *process = new QProcess(this);
    m_processes.append(process);
    QProcessEnvironment environment = m_base;
    for (const auto &[name, value] : std::as_const(job.facts))
        environment.insert(name, value);
    process->setProcessEnvironment(environment);
    process->setWorkingDirectory(QFileInfo(job.folder).isDir() ? job.folder : QDir::currentPath());
    process->setProgram(QStringLiteral("/bin/sh"));
    process->setArguments({QStringLiteral("-c"), job.command});
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    // In the child, before exec: its own process group (so the timeout kills what it started
    // too), and its standard output joins our standard error.
    process->setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::dup2(STDERR_FILENO, STDOUT_FILENO);
    });

    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, process, [process, timedOut] {
        *timedOut = true;
        if (process->processId() > 0)
            ::kill(-pid_t(process->processId()), SIGKILL);
        process->kill();
    });
    auto finish = [this, process, done = std::move(job.done)](const HookOutcome &outcome) {
        m_processes.removeOne(process);
        process->disconnect(this);
        process->deleteLater();
        --m_running;
        if (done)
            done(outcome);
        startNext();
    };
    connect(process, &QProcess::finished, this,
            [process, timedOut, finish](int code, QProcess::ExitStatus status) {
                // The group goes too: a child left in the background must not outlive the
                // hook's bound.
                if (*timedOut)
                    return finish(HookOutcome::of(HookOutcome::Kind::TimedOut));
                if (status == QProcess::NormalExit)
                    return finish(HookOutcome::exited(code));
                finish(HookOutcome::of(HookOutcome::Kind::Signalled));
            });
    connect(process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(HookOutcome::notStarted(process->errorString()));
    });
    process->start();
    if (process->state() != QProcess::NotRunning)
        timer->start(m_timeoutMs);
}

void HookRunner::stopAll()
{
    std::deque<Job> dropped;
    dropped.swap(m_queue);
    for (Job &job : dropped) {
        if (job.done)
            job.done(HookOutcome::of(HookOutcome::Kind::Cancelled));
    }
    const QList<QProcess *> running = m_processes;
    for (QProcess *process : running) {
        if (process->processId() > 0)
            ::kill(-pid_t(process->processId()), SIGKILL);
        process->kill();
        process->waitForFinished(1000); // killed: this is at once
    }
}

HookRunner::Facts HookRunner::itemFacts(const Result &result)
{
    return {
        {QStringLiteral("FANOUT_URL"), result.url},
        {QStringLiteral("FANOUT_FINAL_URL"), result.finalUrl},
        {QStringLiteral("FANOUT_OUTCOME"), outcomeName(result.outcome)},
        {QStringLiteral("FANOUT_ERROR"), result.error()},
        {QStringLiteral("FANOUT_HTTP_STATUS"),
         result.httpStatus ? QString::number(result.httpStatus) : QString()},
        {QStringLiteral("FANOUT_BYTES"), QString::number(result.bytes)},
        {QStringLiteral("FANOUT_FILE"),
         result.file.isEmpty() ? QString() : QFileInfo(result.file).absoluteFilePath()},
        {QStringLiteral("FANOUT_SHA256"), result.sha256},
        {QStringLiteral("FANOUT_ATTEMPTS"), QString::number(result.attempts)},
    };
}

HookRunner::Facts HookRunner::batchFacts(const QString &csvPath, qint64 total, qint64 ok,
                                         qint64 elapsedMs)
{
    return {
        {QStringLiteral("FANOUT_CSV"),
         csvPath.isEmpty() ? QString() : QFileInfo(csvPath).absoluteFilePath()},
        {QStringLiteral("FANOUT_TOTAL"), QString::number(total)},
        {QStringLiteral("FANOUT_OK"), QString::number(ok)},
        {QStringLiteral("FANOUT_FAILED"), QString::number(total - ok)},
        {QStringLiteral("FANOUT_ELAPSED_MS"), QString::number(elapsedMs)},
    };
}
