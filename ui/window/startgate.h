#pragma once

#include <QObject>

#include "transfermodel.h"

class Engine;
class QAction;

// When the engine may run, so that Start means the same thing every time. Rows wait for Start
// (the first batch, and again once a batch has finished or the list was cleared) unless
// "start as soon as added" is on; rows added while a batch runs join it. The engine starts
// once; waiting for Start, like a pause, is the engine paused. It keeps the Start, Pause and
// "Start downloads as soon as they are added" actions true to that (the last one remembered in
// QSettings).
class StartGate final : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *start;
        QAction *pause; // checkable: checked = paused
        QAction *autoStart;
    };
    StartGate(Engine *engine, TransferModel *model, const Actions &actions,
              QObject *parent = nullptr);

    bool autoStart() const { return m_autoStart; }
    void setAutoStart(bool on);
    // Rows that are added now wait for Start (the model's queued rows say so).
    bool isWaiting() const { return m_waiting; }
    bool isPaused() const { return m_paused; }
    // Nothing is left to run: every row has its result, or there are none.
    bool isBatchOver() const;

    // Called before new rows reach the engine: a batch that has finished makes them wait for
    // Start again, unless they start at once.
    void beforeAdd();
    // Start: the waiting rows run.
    void start();
    void setPaused(bool paused);
    // The batch has finished (or the list was emptied): the next rows wait for Start, and a
    // pause with nothing left to hold is lifted.
    void settle();
    // With the model's latest counts: a finished batch settles (the next rows wait for Start,
    // a pause with nothing left to hold ends); Start is enabled only while rows wait for it,
    // Pause only while something runs (or is paused).
    void update(const TransferModel::Summary &summary);

private:
    void apply();
    void showPause();

    Engine *m_engine;
    TransferModel *m_model;
    Actions m_actions;
    bool m_autoStart = false;
    bool m_waiting = true;
    bool m_paused = false;
};
