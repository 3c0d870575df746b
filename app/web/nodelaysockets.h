#pragma once

// Turns Nagle's algorithm off on every TCP socket the process opens, which Qt 6.4's HTTP code
// never does (the QAbstractSocket::LowDelayOption line in its HTTP channel is commented out).
// Over HTTP/2 every request is a small HEADERS frame written while earlier frames
// (WINDOW_UPDATEs, other requests) are still unacknowledged, so Nagle holds it back until the
// server's delayed ACK: a round trip lost per request. 500 files of 16 KiB at -j 8 through a
// 50 ms link took 4.4-4.6 s over HTTP/2 without TLS against 3.5 s over HTTP/1.1.
//
// QNetworkAccessManager does not expose its sockets, so on Linux nodelaysockets.cpp defines
// socket() itself: an executable's definition comes before libc's for every library, Qt's
// included (and for the window's module, which the executable loads). It makes the socket with
// the system call, as libc's does, and sets TCP_NODELAY on a TCP one before it connects: one
// system call per connection, and a request's first byte already goes at once. That file is
// linked as an object into everything that links the engine (app/CMakeLists.txt), never left
// in the archive, where nothing would pull it in.
class NoDelaySockets final
{
public:
    // Whether a socket made with these arguments gets TCP_NODELAY: TCP over IPv4 or IPv6 only
    // (not UDP for name look-ups, nor local sockets).
    static bool wanted(int domain, int type, int protocol);
};
