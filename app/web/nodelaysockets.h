#pragma once

// Turns Nagle's algorithm off on the process's TCP sockets, which Qt 6.4's HTTP code never does
// (the QAbstractSocket::LowDelayOption line in its HTTP channel is commented out). Over HTTP/2
// every request is a small HEADERS frame written while earlier frames (WINDOW_UPDATEs, other
// requests) are still unacknowledged, so Nagle holds it back until the server's delayed ACK: a
// round trip lost per request. 500 files of 16 KiB at -j 8 through a 50 ms link took 4.4-4.6 s
// over HTTP/2 without TLS against 3.5 s over HTTP/1.1. QNetworkAccessManager does not expose its
// sockets, so this looks at the process's descriptors (Linux's /proc/self/fd) and sets
// TCP_NODELAY on every TCP socket; that only changes when small writes leave, never what is
// sent. Lanes call it as connections appear (a reply's first headers, a TLS handshake), at most
// once every few milliseconds for the whole process.
class NoDelaySockets final
{
public:
    // Sets TCP_NODELAY on every TCP socket unless a pass ran in the last `intervalMs`; returns
    // how many sockets it set (0 when it skipped).
    static int apply(int intervalMs = 20);
};
