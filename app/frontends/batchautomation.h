#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

#include "automationflags.h"
#include "batchevents.h"
#include "eventstream.h"
#include "hookrunner.h"
#include "urllist.h"

// What a headless batch does for scripts besides the CSV: the JSON event stream and the hooks.
// An item's end goes through here: its hook runs (off the engine's threads, at most -j at once),
// then the result, with its `hook` column, goes on to the CSV and the `finished` event. The
// batch's end: the batch hook, then `batch-finished`. A hook never changes an outcome.
class BatchAutomation final : public QObject
{
    Q_OBJECT

public:
    using Ready = std::function<void(const Result &)>;

    BatchAutomation(const AutomationSettings &settings, int maxParallel, const QString &outputDir,
                    QTextStream *err, QObject *parent = nullptr);
    ~BatchAutomation() override;

    // Opens the event stream when there is one; false with *error when it cannot be written.
    bool open(QString *error);
    // The CSV carries the trailing `hook` column (an item hook is set).
    bool hookColumn() const { return !m_settings.itemHook.isEmpty(); }

    void added(qint64 position, const UrlList::Entry &entry);
    void apply(const QList<ItemUpdate> &updates, const QHash<ItemId, int> &positions);
    // `runHook`: false for what this run did not do (carried from a session, cancelled before
    // it started); `ready` gets the result, its hook outcome filled in, at once or later.
    void itemDone(qint64 position, const Result &result, bool runHook, const Ready &ready);
    int pendingHooks() const { return m_hooks ? m_hooks->pending() : 0; }
    void stopHooks();
    // After the CSV: the batch hook (if any), then `batch-finished`, then `done`.
    void batchDone(const QString &csvPath, qint64 total, qint64 ok, qint64 elapsedMs,
                   const std::function<void()> &done);
    void flush();

Q_SIGNALS:
    void hooksIdle(); // no item hook queued or running any more

private:
    void finished(qint64 position, const Result &result, const Ready &ready);

    AutomationSettings m_settings;
    QString m_outputDir;
    QTextStream *m_err;
    QStringList m_columns;
    std::unique_ptr<EventStream> m_stream;
    std::unique_ptr<BatchEvents> m_events;
    std::unique_ptr<HookRunner> m_hooks;
};
