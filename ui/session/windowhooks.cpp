#include "windowhooks.h"

#include "engine.h"
#include "hookrunner.h"
#include "transfermodel.h"

WindowHooks::WindowHooks(Engine *engine, TransferModel *model, QObject *parent)
    : QObject(parent), m_engine(engine), m_model(model)
{}

WindowHooks::~WindowHooks() = default;

QString WindowHooks::readableOutcome(const QString &outcome)
{
    static const QString exitPrefix = QStringLiteral("failed: exit ");
    static const QString startPrefix = QStringLiteral("failed: cannot start: ");
    if (outcome == QLatin1String("timeout"))
        return tr("did not finish in time");
    if (outcome == QLatin1String("cancelled"))
        return tr("cancelled");
    if (outcome == QLatin1String("failed: killed by a signal"))
        return tr("killed by a signal");
    if (outcome.startsWith(exitPrefix))
        return tr("failed with exit code %1").arg(outcome.mid(exitPrefix.size()));
    if (outcome.startsWith(startPrefix))
        return tr("cannot start: %1").arg(outcome.mid(startPrefix.size()));
    return outcome;
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
                      [this, url = result.url](const QString &outcome) {
                          if (outcome != QLatin1String("ok"))
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
        [this](const QString &outcome) {
            if (outcome != QLatin1String("ok"))
                Q_EMIT message(tr("The hook after the batch: %1").arg(readableOutcome(outcome)), 0);
        });
}
