#pragma once

// How much memory a process holds, read from Linux's /proc, for the tests that bound it
// (tst_hostile_servers, tst_hostile_input): a field of /proc/<pid>/status, the peak (VmHWM)
// started again from the current size, and the slack a sanitizer build needs. Header-only.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace ProcMemory {

// A field of /proc/<pid>/status in kB ("VmHWM", "VmRSS"), or -1.
inline qint64 procStatusKb(const QString &pid, const QByteArray &field)
{
    using namespace Qt::StringLiterals;
    QFile file(u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Makes VmHWM start again from the current RSS (Linux: "5" to clear_refs).
inline bool resetPeakMemory()
{
    using namespace Qt::StringLiterals;
    QFile file(u"/proc/self/clear_refs"_s);
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

#if defined(__SANITIZE_ADDRESS__)
inline constexpr qint64 kSlack = 3; // ASan's redzones and quarantine
#else
inline constexpr qint64 kSlack = 1;
#endif

} // namespace ProcMemory
