#pragma once

class QThread;

// Which event dispatcher each thread of the process gets. Fanout's own threads (the headless
// main thread, the scheduler, the lanes) run Qt's UNIX dispatcher, which coalesces wake-ups
// between threads (tests/bench/profile.md, section 5). The threads Qt starts by itself, above all
// each QNetworkAccessManager's HTTP thread, keep the default GLib one: Qt 6.4's HTTP/1.1 code
// queues a stale `_q_receiveReply` when a reply is already on the socket right after a request
// is written, and under the UNIX dispatcher the socket's readyRead is often handled first, so the
// stale call finds no reply and closes a good keep-alive connection (hundreds of reconnects for
// 2,000 small files; the GLib dispatcher delivers posted events first). Qt picks a thread's
// dispatcher from QT_NO_GLIB when the thread starts, so the variable is set only while one of our
// threads starts, under a lock, and never while Qt's threads start after ours. A QT_NO_GLIB the
// user set is left alone and then decides for every thread.
class OwnThreads final
{
public:
    // Runs `construct` (the QCoreApplication's constructor, which makes the main thread's
    // dispatcher) with the UNIX dispatcher chosen.
    template <typename Construct> static auto withUnixDispatcher(Construct construct)
    {
        const Scope scope;
        return construct();
    }
    // Starts `thread` and returns once its dispatcher exists (the UNIX one).
    static void start(QThread *thread);

private:
    // Sets QT_NO_GLIB=1 for its lifetime, unless the user set QT_NO_GLIB; one at a time.
    class Scope final
    {
    public:
        Scope();
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        bool m_set = false;
    };
};
