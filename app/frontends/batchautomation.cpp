#include "batchautomation.h"

#include "csvwriter.h"

BatchAutomation::BatchAutomation(const AutomationSettings &settings, int maxParallel,
                                 const QString &outputDir, QTextStream *err, QObject *parent)
    : QObject(parent), m_settings(settings), m_outputDir(outputDir), m_err(err),
      m_columns(CsvWriter::header(!settings.itemHook.isEmpty()))
{
    if (!m_settings.itemHook.isEmpty() || !m_settings.batchHook.isEmpty()) {
        m_hooks = std::make_unique<HookRunner>(maxParallel, m_settings.hookTimeoutMs);
        connect(m_hooks.get(), &HookRunner::idle, this, &BatchAutomation::hooksIdle);
    }
}

BatchAutomation::~BatchAutomation() = default;

bool BatchAutomation::open(QString *error)
{
    if (m_settings.eventsPath.isEmpty())
        return true;
    m_stream = std::make_unique<EventStream>();
    if (!m_stream->open(m_settings.eventsPath, error)) {
        m_stream.reset();
        return false;
    }
    m_events = std::make_unique<BatchEvents>(m_stream.get());
    return true;
}

void BatchAutomation::added(qint64 position, const UrlList::Entry &entry)
{
    if (m_events)
        m_events->added(position, UrlList::redactedText(entry.text), entry.line);
}

void BatchAutomation::apply(const QList<ItemUpdate> &updates, const QHash<ItemId, int> &positions)
{
    if (m_events) {
        m_events->apply(updates, positions);
        m_events->flush();
    }
}

void BatchAutomation::itemDone(qint64 position, const Result &result, bool runHook,
                               const Ready &ready)
{
    if (!runHook || m_settings.itemHook.isEmpty())
        return finished(position, result, ready);
    m_hooks->run(m_settings.itemHook, m_outputDir, HookRunner::itemFacts(result),
                 [this, position, result, ready](const HookOutcome &outcome) {
                     Result withHook = result;
                     withHook.hook = outcome.text(); // the CSV's and the event's stable words
                     if (!outcome.isOk()) {
                         *m_err << QStringLiteral("fanout: --on-item-done for %1: %2\n")
                                       .arg(result.url.left(200), withHook.hook);
                         m_err->flush();
                     }
                     finished(position, withHook, ready);
                     flush();
                 });
}

void BatchAutomation::finished(qint64 position, const Result &result, const Ready &ready)
{
    if (m_events)
        m_events->finished(position, m_columns, CsvWriter::row(result, hookColumn()));
    ready(result);
}

void BatchAutomation::stopHooks()
{
    if (m_hooks)
        m_hooks->stopAll();
}

void BatchAutomation::batchDone(const QString &csvPath, qint64 total, qint64 ok, qint64 elapsedMs,
                                const std::function<void()> &done)
{
    auto end = [this, total, ok, elapsedMs, done] {
        if (m_events)
            m_events->batchFinished(total, ok, total - ok, elapsedMs);
        done();
    };
    if (m_settings.batchHook.isEmpty())
        return end();
    m_hooks->run(
        m_settings.batchHook, m_outputDir, HookRunner::batchFacts(csvPath, total, ok, elapsedMs),
        [this, end](const HookOutcome &outcome) {
            if (!outcome.isOk()) {
                *m_err << QStringLiteral("fanout: --on-batch-done: %1\n").arg(outcome.text());
                m_err->flush();
            }
            end();
        });
}

void BatchAutomation::flush()
{
    if (m_events)
        m_events->flush();
}
