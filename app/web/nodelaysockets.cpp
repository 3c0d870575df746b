#include "nodelaysockets.h"

#include <QElapsedTimer>

#include <atomic>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
qint64 nowMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}
} // namespace

int NoDelaySockets::apply(int intervalMs)
{
#ifdef Q_OS_LINUX
    // One pass at a time and not more often than asked: the lanes call this from their threads.
    static std::atomic<qint64> nextPassMs{0};
    const qint64 now = nowMs();
    qint64 due = nextPassMs.load(std::memory_order_relaxed);
    if (now < due || !nextPassMs.compare_exchange_strong(due, now + intervalMs))
        return 0;
    DIR *fds = ::opendir("/proc/self/fd");
    if (!fds)
        return 0;
    const int own = ::dirfd(fds);
    int set = 0;
    while (const dirent *entry = ::readdir(fds)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == own)
            continue;
        int protocol = 0;
        socklen_t length = sizeof protocol;
        // Not a socket (ENOTSOCK), or a closed descriptor: nothing to do.
        if (::getsockopt(int(fd), SOL_SOCKET, SO_PROTOCOL, &protocol, &length) != 0 ||
            protocol != IPPROTO_TCP)
            continue;
        const int on = 1;
        if (::setsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0)
            ++set;
    }
    ::closedir(fds);
    return set;
#else
    Q_UNUSED(intervalMs);
    return 0;
#endif
}
