#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

// Ctrl+C and SIGTERM for the headless mode: the signal handler only writes a byte to a pipe
// (all it may safely do), and interrupted() is emitted from the event loop, once per signal.
class InterruptSignals final : public QObject
{
    Q_OBJECT

public:
    explicit InterruptSignals(QObject *parent = nullptr);

Q_SIGNALS:
    void interrupted();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};
