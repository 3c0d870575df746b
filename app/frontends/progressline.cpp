#include "progressline.h"

#include <QLocale>

#include "starttime.h"

namespace {
QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

void ProgressLine::itemChanged(const ItemUpdate &update)
{
    // Between two attempts, and at the start of the next until its body flows, an update says 0
    // bytes: the last count stands until then (dropping it made the total fall and the speed
    // negative at every retry).
    if (update.state == ItemState::Active) {
        m_active.insert(update.id);
        if (update.received > 0 || !m_unfinishedBytes.contains(update.id))
            m_unfinishedBytes.insert(update.id, update.received);
    } else {
        m_active.remove(update.id);
    }
}

void ProgressLine::itemFinished(ItemId id, qint64 bytes)
{
    m_unfinishedBytes.remove(id);
    m_active.remove(id);
    m_finishedBytes += bytes;
}

void ProgressLine::clear()
{
    if (m_terminal)
        *m_err << QStringLiteral("\r\x1b[K");
}

void ProgressLine::print(int ok, int failed, int total, qint64 elapsedMs, bool final)
{
    qint64 received = m_finishedBytes;
    for (const qint64 bytes : std::as_const(m_unfinishedBytes))
        received += bytes;
    const qint64 span = std::max<qint64>(1, elapsedMs - m_lastBytesAtMs);
    // An attempt that starts the body again from 0 lowers the total: no speed below 0.
    const qint64 rate = final ? received * 1000 / std::max<qint64>(1, elapsedMs)
                              : std::max<qint64>(0, received - m_lastBytes) * 1000 / span;
    m_lastBytes = received;
    m_lastBytesAtMs = elapsedMs;
    const QString line = QStringLiteral("%1/%2 done (%3 ok, %4 not ok) | %5 active | %6 | %7/s")
                             .arg(ok + failed)
                             .arg(total)
                             .arg(ok)
                             .arg(failed)
                             .arg(m_active.size())
                             .arg(formatBytes(received), formatBytes(rate));
    if (m_terminal)
        *m_err << QStringLiteral("\r\x1b[K") << line << (final ? "\n" : "");
    else
        *m_err << line << '\n';
    m_err->flush();
}

void ProgressLine::printFailure(const Result &result, bool wipe)
{
    if (wipe)
        clear();
    constexpr int shown = 200; // a 100 KB line is not echoed in full
    const QString url =
        result.url.size() > shown
            ? result.url.left(shown) + QStringLiteral("… (%1 characters)").arg(result.url.size())
            : result.url;
    *m_err << QStringLiteral("%1: %2 — %3\n")
                  .arg(outcomeName(result.outcome), url, result.error().left(2 * shown));
}

void ProgressLine::printWait(const QDateTime &at, qint64 msLeft, int items)
{
    if (!m_terminal && m_waitToldMinute == msLeft / 60000)
        return;
    m_waitToldMinute = msLeft / 60000;
    const QString text = QStringLiteral("waiting to start at %1 (in %2; Ctrl+C ends it) | %3 items")
                             .arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                  StartTime::remaining(msLeft))
                             .arg(items);
    if (m_terminal)
        *m_err << QStringLiteral("\r\x1b[K") << text;
    else
        *m_err << text << '\n';
    m_err->flush();
}
