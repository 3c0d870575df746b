#pragma once

// Which event dispatcher the threads of the process get. Qt picks a thread's dispatcher from
// QT_NO_GLIB when the thread starts. Fanout sets it once, before its engine starts a thread, and
// never takes it back: its own threads (the scheduler, the lanes, the headless main thread) and
// the threads Qt starts for them (each QNetworkAccessManager's HTTP thread) then run Qt's UNIX
// dispatcher, which wakes a thread once for any number of events posted to it, where GLib's
// writes its eventfd for every one, even for an event a thread posts to itself (about 13 more
// system calls for each small file). The window's main thread keeps the dispatcher its platform
// chose when it was made. A QT_NO_GLIB the user set (even empty) is left alone.
//
// Qt's HTTP threads may run it because their sockets are buffered: Qt 6.4's HTTP/1.1 code drops a
// good keep-alive connection when a reply is already waiting in an unbuffered socket right after
// a request is written (a stale queued `_q_receiveReply`, handled after readyRead under this
// dispatcher). DirectProxyFactory has Qt buffer every socket it would otherwise open unbuffered.
class OwnThreads final
{
public:
    // Every thread started from now on gets the UNIX dispatcher. Idempotent, thread-safe.
    static void unixFromNowOn();

    // Runs `construct` (the QCoreApplication's constructor, which makes the main thread's
    // dispatcher) with the UNIX dispatcher chosen, for it and every later thread.
    template <typename Construct> static auto withUnixDispatcher(Construct construct)
    {
        unixFromNowOn();
        return construct();
    }
};
