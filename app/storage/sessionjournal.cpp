#include "sessionjournal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <unistd.h>

namespace {

// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SessionJournal)
};

constexpr int syncIntervalMs = 200;
constexpr qsizetype kBlockBytes = 1 << 20;

QJsonObject partToJson(int index, const QString &name)
{
    return QJsonObject{{QStringLiteral("p"), index}, {QStringLiteral("name"), name}};
}

QJsonObject resultToJson(int index, const Result &r)
{
    return QJsonObject{
        {QStringLiteral("r"), index},
        {QStringLiteral("outcome"), outcomeName(r.outcome)},
        {QStringLiteral("url"), r.url},
        {QStringLiteral("final_url"), r.finalUrl},
        {QStringLiteral("http_status"), r.httpStatus},
        {QStringLiteral("bytes"), r.bytes},
        {QStringLiteral("elapsed_ms"), r.elapsedMs},
        {QStringLiteral("attempts"), r.attempts},
        {QStringLiteral("error_kind"), errorKindName(r.errorKind)},
        {QStringLiteral("error"), r.errorDetail},
        {QStringLiteral("file"), r.file},
        {QStringLiteral("sha256"), r.sha256},
        {QStringLiteral("polite_wait_ms"), r.politeWaitMs},
    };
}

Result resultFromJson(const QJsonObject &o)
{
    Result r;
    const QString outcome = o.value(QStringLiteral("outcome")).toString();
    for (const Outcome candidate :
         {Outcome::Ok, Outcome::Failed, Outcome::Cancelled, Outcome::Invalid}) {
        if (outcomeName(candidate) == outcome)
            r.outcome = candidate;
    }
    r.url = o.value(QStringLiteral("url")).toString();
    r.finalUrl = o.value(QStringLiteral("final_url")).toString();
    r.httpStatus = o.value(QStringLiteral("http_status")).toInt();
    r.bytes = o.value(QStringLiteral("bytes")).toInteger();
    r.elapsedMs = o.value(QStringLiteral("elapsed_ms")).toInteger();
    r.attempts = o.value(QStringLiteral("attempts")).toInt();
    const QString kind = o.value(QStringLiteral("error_kind")).toString();
    for (int k = int(ErrorKind::None); k <= int(ErrorKind::Checksum); ++k) {
        if (errorKindName(ErrorKind(k)) == kind)
            r.errorKind = ErrorKind(k);
    }
    r.errorDetail = o.value(QStringLiteral("error")).toString();
    r.file = o.value(QStringLiteral("file")).toString();
    r.sha256 = o.value(QStringLiteral("sha256")).toString();
    r.politeWaitMs = o.value(QStringLiteral("polite_wait_ms")).toInteger();
    return r;
}
} // namespace

SessionJournal::SessionJournal(QObject *parent) : QObject(parent), m_syncTimer(this)
{
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(syncIntervalMs);
    connect(&m_syncTimer, &QTimer::timeout, this, &SessionJournal::sync);
}

SessionJournal::~SessionJournal()
{
    sync();
}

std::optional<SessionJournal::Session> SessionJournal::load(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read session %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    Session session;
    bool header = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue; // a torn last line after a crash, or noise
        if (o.contains(QStringLiteral("fanout-session"))) {
            header = true;
            session.outputDir = o.value(QStringLiteral("output")).toString();
            session.checkOnly = o.value(QStringLiteral("check")).toBool();
        } else if (o.contains(QStringLiteral("i"))) {
            const int index = o.value(QStringLiteral("i")).toInt();
            if (index == session.lines.size())
                session.lines.append(o.value(QStringLiteral("line")).toString());
        } else if (o.contains(QStringLiteral("p"))) {
            session.parts.insert(o.value(QStringLiteral("p")).toInt(),
                                 o.value(QStringLiteral("name")).toString());
        } else if (o.contains(QStringLiteral("r"))) {
            session.results.insert(o.value(QStringLiteral("r")).toInt(), resultFromJson(o));
        }
    }
    if (!header) {
        *error = Text::tr("%1 is not a Fanout session").arg(path);
        return std::nullopt;
    }
    return session;
}

bool SessionJournal::writeSession(QIODevice *out, const Session &session, const MoreLines &more,
                                  bool compacted)
{
    // Written in large blocks, not a write() per record: a 100,000-line list is one rewrite.
    QByteArray block;
    bool ok = true;
    auto flush = [out, &block, &ok] {
        ok = ok && out->write(block) == block.size();
        block.clear();
    };
    auto add = [&block, &flush](const QJsonObject &record) {
        block += QJsonDocument(record).toJson(QJsonDocument::Compact);
        block += '\n';
        if (block.size() >= kBlockBytes)
            flush();
    };
    add(QJsonObject{{QStringLiteral("fanout-session"), 1},
                    {QStringLiteral("output"), session.outputDir},
                    {QStringLiteral("check"), session.checkOnly}});
    int index = 0;
    for (; index < session.lines.size(); ++index)
        add(QJsonObject{{QStringLiteral("i"), index},
                        {QStringLiteral("line"), session.lines[index]}});
    for (QString line; more && more(&line); ++index)
        add(QJsonObject{{QStringLiteral("i"), index}, {QStringLiteral("line"), line}});
    for (auto it = session.parts.cbegin(); it != session.parts.cend(); ++it) {
        if (!compacted || !session.results.value(it.key()).isOk())
            add(partToJson(it.key(), it.value()));
    }
    for (auto it = session.results.cbegin(); it != session.results.cend(); ++it)
        add(resultToJson(it.key(), it.value()));
    flush();
    return ok;
}

bool SessionJournal::create(const QString &path, const Session &session, QString *error,
                            const MoreLines &more)
{
    if (!openForAppend(path, error))
        return false;
    if (!writeSession(&m_file, session, more, false)) {
        *error = Text::tr("cannot write session %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_dirty = true;
    sync();
    return true;
}

bool SessionJournal::compact(const QString &path, const Session &session, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeSession(&file, session, {}, true) ||
        !file.commit()) {
        *error = Text::tr("cannot write session %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SessionJournal::openForAppend(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = Text::tr("cannot write session %1: %2").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void SessionJournal::recordPart(int index, const QString &name)
{
    append(QJsonDocument(partToJson(index, name)).toJson(QJsonDocument::Compact));
}

void SessionJournal::recordResult(int index, const Result &result)
{
    append(QJsonDocument(resultToJson(index, result)).toJson(QJsonDocument::Compact));
}

void SessionJournal::append(const QByteArray &line)
{
    // One write() per record: after kill -9 the kernel has it; fsync guards the power cut.
    writeBlock(line + '\n');
}

void SessionJournal::writeBlock(const QByteArray &block)
{
    if (!m_file.isOpen() || block.isEmpty())
        return;
    m_file.write(block);
    m_dirty = true;
    if (!m_syncTimer.isActive())
        m_syncTimer.start();
}

void SessionJournal::sync()
{
    if (!m_file.isOpen() || !m_dirty)
        return;
    m_dirty = false;
    ::fsync(m_file.handle());
}
