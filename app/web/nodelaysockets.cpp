#include "nodelaysockets.h"

#include <QtGlobal>

#include <netinet/in.h>
#include <sys/socket.h>

#ifdef Q_OS_LINUX
#include <netinet/tcp.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

bool NoDelaySockets::wanted(int domain, int type, int protocol)
{
    int kind = type;
#ifdef Q_OS_LINUX
    kind &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
#endif
    return (domain == AF_INET || domain == AF_INET6) && kind == SOCK_STREAM &&
           (protocol == 0 || protocol == IPPROTO_TCP);
}

#ifdef Q_OS_LINUX
// Every library's call of socket() lands here first (see the header). Exported even where the
// build hides symbols by default, or the executable's definition would not come first.
extern "C" __attribute__((visibility("default"))) int socket(int domain, int type,
                                                             int protocol) noexcept
{
    const int fd = int(::syscall(SYS_socket, domain, type, protocol));
    if (fd >= 0 && NoDelaySockets::wanted(domain, type, protocol)) {
        const int on = 1;
        // Failing to set it changes only when small writes leave, never what is sent.
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    }
    return fd;
}
#endif
