#include "interruptsignals.h"

#include <csignal>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};
}

InterruptSignals::InterruptSignals(QObject *parent) : QObject(parent)
{
    if (signalPipe[0] < 0 && ::pipe(signalPipe) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte;
        if (::read(signalPipe[0], &byte, 1) == 1)
            Q_EMIT interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] auto n = ::write(signalPipe[1], &byte, 1);
    };
    ::sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
