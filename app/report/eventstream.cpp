#include "eventstream.h"

#include <QDateTime>

#include <cstdio>

namespace {
constexpr qsizetype writeAtBytes = 64 * 1024; // a long delivery is written in pieces
}

EventStream::~EventStream()
{
    flush();
}

bool EventStream::open(const QString &path, QString *error)
{
    const bool ok =
        path == QLatin1String("-")
            ? m_file.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
            : (m_file.setFileName(path),
               m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered));
    if (!ok && error)
        *error = QStringLiteral("cannot write --events %1: %2").arg(path, m_file.errorString());
    return ok;
}

void EventStream::added(qint64 id, const QString &url, int line)
{
    begin("added");
    number("id", id);
    string("url", url);
    number("line", line);
    end();
}

void EventStream::started(qint64 id, int attempt, const QString &url)
{
    begin("started");
    number("id", id);
    number("attempt", attempt);
    string("url", url);
    end();
}

void EventStream::progress(qint64 id, qint64 received, qint64 total)
{
    begin("progress");
    number("id", id);
    number("received", received);
    key("total");
    if (total < 0)
        m_buffer += "null";
    else
        m_buffer += QByteArray::number(total);
    end();
}

void EventStream::waiting(qint64 id, const QString &reason, qint64 untilMs)
{
    begin("waiting");
    number("id", id);
    string("reason", reason);
    key("until");
    if (untilMs > 0)
        m_buffer += '"' + rfc3339(untilMs) + '"';
    else
        m_buffer += "null";
    end();
}

void EventStream::retry(qint64 id, int attempt, const QString &error, qint64 delayMs)
{
    begin("retry");
    number("id", id);
    number("attempt", attempt);
    string("error", error);
    number("delay_ms", delayMs);
    end();
}

void EventStream::finished(qint64 id, const QStringList &names, const QStringList &values)
{
    begin("finished");
    number("id", id);
    for (qsizetype i = 0; i < names.size() && i < values.size(); ++i) {
        m_buffer += ',';
        appendString(&m_buffer, names[i]);
        m_buffer += ':';
        appendString(&m_buffer, values[i]);
    }
    end();
}

void EventStream::batchFinished(qint64 total, qint64 ok, qint64 failed, qint64 elapsedMs)
{
    begin("batch-finished");
    number("total", total);
    number("ok", ok);
    number("failed", failed);
    number("elapsed_ms", elapsedMs);
    end();
}

void EventStream::flush()
{
    if (m_buffer.isEmpty() || !m_file.isOpen())
        return;
    // A reader that went away (a closed pipe) must not stop the batch: the events are dropped.
    m_file.write(m_buffer);
    m_buffer.clear();
}

void EventStream::appendString(QByteArray *out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out->reserve(out->size() + utf8.size() + 2);
    *out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            *out += '\\';
            *out += c;
        } else if (u < 0x20 || u == 0x7f) {
            *out += "\\u00";
            *out += hex[u >> 4];
            *out += hex[u & 0xf];
        } else {
            *out += c;
        }
    }
    *out += '"';
}

QByteArray EventStream::rfc3339(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
        .toString(Qt::ISODateWithMs)
        .toLatin1();
}

void EventStream::begin(const char *event)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now != m_timeMs) {
        m_timeMs = now;
        m_time = rfc3339(now);
    }
    m_buffer += "{\"event\":\"";
    m_buffer += event;
    m_buffer += "\",\"time\":\"";
    m_buffer += m_time;
    m_buffer += '"';
}

void EventStream::key(const char *name)
{
    m_buffer += ",\"";
    m_buffer += name;
    m_buffer += "\":";
}

void EventStream::number(const char *name, qint64 value)
{
    key(name);
    m_buffer += QByteArray::number(value);
}

void EventStream::string(const char *name, QStringView value)
{
    key(name);
    appendString(&m_buffer, value);
}

void EventStream::end()
{
    m_buffer += "}\n";
    if (m_buffer.size() >= writeAtBytes)
        flush();
}
