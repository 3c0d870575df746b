#include "windowhooks.h"

#include "engine.h"
#include "hookrunner.h"
#include "transfermodel.h"

WindowHooks::WindowHooks(Engine *engine, TransferModel *model, QObject *parent)
    : QObject(parent), m_engine(engine), m_model(model)
{}

WindowHooks::~WindowHooks() = default;

QString WindowHooks::readableOutcome(const HookOutcome &outcome)
{
    using Kind = HookOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Ok:
        return tr("finished ok");
    case Kind::Exited:
        return tr("failed with exit code %1").arg(outcome.exitCode);
    case Kind::Signalled:
        return tr("killed by a signal");
    case Kind::TimedOut:
        return tr("did not finish in time");
    case Kind::NotStarted:
        return tr("cannot start: %1").arg(outcome.startError);
    case Kind::Cancelled:
        return tr("cancelled");
    }
    return {};
}

void WindowHooks::setSettings(const AppSettings &settings)
{
    m_itemHook = settings.itemHook;
    m_batchHook = settings.batchHook;
    const bool changed =
        m_timeoutMs != settings.hookTimeoutMs || m_parallel != settings.engine.maxInFlight;
    m_timeoutMs = settings.hookTimeoutMs;
    m_parallel = settings.engine.maxInFlight;
    // A new runner for new bounds once the old one has nothing left to do.
    if (changed && m_runner && m_runner->pending() == 0)
        m_runner.reset();
}

HookRunner *WindowHooks::runner()
{
    if (!m_runner) {
        m_runner = std::make_unique<HookRunner>(m_parallel, m_timeoutMs);
        connect(m_runner.get(), &HookRunner::idle, this, [this] {
            if (m_batchWaiting)
                runBatchHook();
        });
    }
    return m_runner.get();
}

void WindowHooks::itemsFinished(const QList<Result> &results)
{
    if (m_itemHook.isEmpty())
        return;
    for (const Result &result : results) {
        runner()->run(m_itemHook, m_engine->options().outputDir, HookRunner::itemFacts(result),
                      [this, url = result.url](const HookOutcome &outcome) {
                          if (!outcome.isOk())
                              Q_EMIT message(
                                  tr("The hook after %1: %2").arg(url, readableOutcome(outcome)),
                                  0);
                      });
    }
}

void WindowHooks::batchEnded()
{
    if (m_batchHook.isEmpty())
        return;
    // After the item hooks of the batch, as in the headless mode.
    if (m_runner && m_runner->pending() > 0) {
        m_batchWaiting = true;
        return;
    }
    runBatchHook();
}

void WindowHooks::runBatchHook()
{
    m_batchWaiting = false;
    const TransferModel::Summary s = m_model->summary();
    runner()->run(
        m_batchHook, m_engine->options().outputDir,
        HookRunner::batchFacts({}, s.total, s.count(TransferModel::RowState::Done), s.elapsedMs),
        [this](const HookOutcome &outcome) {
            if (!outcome.isOk())
                Q_EMIT message(tr("The hook after the batch: %1").arg(readableOutcome(outcome)), 0);
        });
}
