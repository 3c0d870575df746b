#include "startgate.h"

#include <QAction>
#include <QSettings>

#include "engine.h"
#include "transfermodel.h"

namespace {
const QString kAutoStartKey = QStringLiteral("window/autoStart");
}

StartGate::StartGate(Engine *engine, TransferModel *model, const Actions &actions, QObject *parent)
    : QObject(parent), m_engine(engine), m_model(model), m_actions(actions)
{
    m_autoStart = QSettings().value(kAutoStartKey, false).toBool();
    m_actions.autoStart->setChecked(m_autoStart);
    connect(m_actions.autoStart, &QAction::toggled, this, &StartGate::setAutoStart);
}

void StartGate::setAutoStart(bool on)
{
    m_autoStart = on;
    QSettings().setValue(kAutoStartKey, on);
}

void StartGate::update(const TransferModel::Summary &s)
{
    if (m_engine->isStarted() && s.count(TransferModel::Group::Unfinished) == 0)
        settle();
    m_actions.start->setEnabled(m_waiting && s.count(TransferModel::RowState::Queued) > 0);
    // Nothing to pause while nothing runs (a pause then left new rows held, Start greyed).
    m_actions.pause->setEnabled(m_paused ||
                                (!m_waiting && s.count(TransferModel::Group::Unfinished) > 0));
}

void StartGate::showPause()
{
    const QSignalBlocker quiet(m_actions.pause); // the action's toggle is what called us, or no one
    m_actions.pause->setChecked(m_paused);
    m_actions.pause->setText(m_paused ? tr("&Resume") : tr("&Pause"));
    m_actions.pause->setIcon(QIcon(m_paused ? QStringLiteral(":/icons/start.svg")
                                            : QStringLiteral(":/icons/pause.svg")));
}

bool StartGate::isBatchOver() const
{
    return m_model->summary().count(TransferModel::Group::Unfinished) == 0;
}

void StartGate::beforeAdd()
{
    // The model learns of every result before the window can add again, so "nothing
    // unfinished" here means the engine has nothing left either: pausing it now holds exactly
    // the rows about to be added (the engine takes calls in the order they are made).
    if (isBatchOver())
        settle();
    if (m_waiting && m_autoStart)
        start();
}

void StartGate::start()
{
    m_waiting = false;
    apply();
}

void StartGate::setPaused(bool paused)
{
    m_paused = paused;
    showPause();
    apply();
}

void StartGate::settle()
{
    if (!m_paused && m_waiting == !m_autoStart)
        return; // as it is already: the window calls this on every summary of an idle list
    m_paused = false;
    if (!m_autoStart)
        m_waiting = true;
    showPause();
    apply();
}

void StartGate::apply()
{
    if (!m_waiting && !m_engine->isStarted()) {
        m_engine->setPaused(m_paused); // before start(), which dispatches at once
        m_engine->start();
    } else if (m_engine->isStarted()) {
        m_engine->setPaused(m_waiting || m_paused);
    }
    using Run = TransferModel::RunState;
    m_model->setRunState(m_waiting ? Run::NotStarted : m_paused ? Run::Paused : Run::Running);
}
