#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

#include "appsettings.h"
#include "result.h"

class Engine;
class HookRunner;
struct HookOutcome;
class TransferModel;

// The Settings' hooks for the window's batches, the same as the headless mode's: the item hook
// after each result, the batch hook when a batch ends (FANOUT_CSV empty: the window writes no
// CSV by itself), run off the engine's threads by a HookRunner, at most "Downloads at once" at a
// time. A hook that fails or times out is told in the status bar; it never changes a row.
class WindowHooks final : public QObject
{
    Q_OBJECT

public:
    WindowHooks(Engine *engine, TransferModel *model, QObject *parent = nullptr);
    ~WindowHooks() override;

    // Hooks already queued or running keep the settings they started with.
    void setSettings(const AppSettings &settings);
    void itemsFinished(const QList<Result> &results);
    void batchEnded();
    // How a hook ended, in the window's language (the headless mode writes
    // HookOutcome::text(), stable English words, instead).
    static QString readableOutcome(const HookOutcome &outcome);

Q_SIGNALS:
    void message(const QString &text, int timeout);

private:
    HookRunner *runner();
    void runBatchHook();

    Engine *m_engine;
    TransferModel *m_model;
    QString m_itemHook;
    QString m_batchHook;
    int m_timeoutMs = 60000;
    int m_parallel = 8;
    bool m_batchWaiting = false; // the batch ended while its item hooks still ran
    std::unique_ptr<HookRunner> m_runner;
};
