#include "sessionkeeper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

SessionKeeper::SessionKeeper(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{}

SessionKeeper::~SessionKeeper() = default; // the journal syncs on its way out

QString SessionKeeper::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("sessions/current.jsonl"));
}

std::optional<SessionJournal::Session> SessionKeeper::pending() const
{
    if (QFileInfo(m_path).size() <= 0)
        return std::nullopt;
    std::optional<SessionJournal::Session> session = SessionJournal::load(m_path);
    if (!session || session->lines.isEmpty())
        return std::nullopt;
    for (int i = 0; i < session->lines.size(); ++i) {
        if (!session->results.value(i).isOk())
            return session;
    }
    return std::nullopt; // everything finished ok: nothing to offer
}

SessionKeeper::Plan SessionKeeper::plan(const SessionJournal::Session &session)
{
    Plan plan;
    plan.outputDir = session.outputDir;
    plan.checkOnly = session.checkOnly;
    for (int i = 0; i < session.lines.size(); ++i) {
        const QString &line = session.lines[i];
        // Each line on its own: the list was already expanded and de-duplicated once.
        UrlList::Entry entry;
        const QList<UrlList::Entry> parsed = UrlList::parse(line).entries();
        if (parsed.size() == 1) {
            entry = parsed.first();
        } else {
            entry.text = line;
            entry.reason = QStringLiteral("unreadable line in the saved session");
        }
        entry.line = i + 1;
        const Result done = session.results.value(i);
        // Like the headless mode: what finished ok and is still on disk is not fetched again.
        const bool carried = session.results.contains(i) && done.isOk() &&
                             (session.checkOnly || QFileInfo::exists(done.file));
        if (carried) {
            Result result = done;
            result.skipped = true;
            plan.results.insert(i, result);
        }
        plan.entries.append(entry);
        plan.resumeNames.append(carried ? QString() : session.parts.value(i));
        plan.carried.append(carried);
    }
    return plan;
}

QString SessionKeeper::lineOf(const UrlList::Entry &entry)
{
    QString line = UrlList::redactedText(entry.text); // credentials never reach the disk
    if (!entry.wantedName.isEmpty())
        line += QLatin1Char('\t') + entry.wantedName;
    if (!entry.expectedSha256.isEmpty())
        line += QStringLiteral("\tsha256=") + QString::fromLatin1(entry.expectedSha256);
    return line;
}

bool SessionKeeper::addRows(const QList<ItemId> &ids, const QStringList &lines,
                            const QString &outputDir, bool checkOnly,
                            const QHash<int, QString> &parts, const QHash<int, Result> &results)
{
    Q_ASSERT(ids.size() == lines.size());
    const int base = int(m_mirror.lines.size());
    if (!m_journal) {
        m_mirror = {};
        m_ids.clear();
        m_indexOf.clear();
    }
    m_mirror.outputDir = QFileInfo(outputDir).absoluteFilePath();
    m_mirror.checkOnly = checkOnly;
    for (int i = 0; i < ids.size(); ++i) {
        m_indexOf.insert(ids[i], int(m_ids.size()));
        m_ids.append(ids[i]);
        m_mirror.lines.append(lines[i]);
    }
    const int offset = m_journal ? base : 0;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        m_mirror.parts.insert(offset + it.key(), it.value());
    for (auto it = results.cbegin(); it != results.cend(); ++it)
        m_mirror.results.insert(offset + it.key(), it.value());
    // The journal format appends results, not lines: a list that grows is written out anew.
    return rewrite();
}

void SessionKeeper::recordUpdates(const QList<ItemUpdate> &updates)
{
    if (!m_journal)
        return;
    for (const ItemUpdate &update : updates) {
        if (update.file.isEmpty())
            continue;
        const int index = m_indexOf.value(update.id, -1);
        if (index < 0 || m_mirror.parts.value(index) == update.file)
            continue;
        m_mirror.parts.insert(index, update.file);
        m_journal->recordPart(index, update.file);
    }
}

void SessionKeeper::recordResults(const QList<Result> &results)
{
    if (!m_journal)
        return;
    for (const Result &result : results) {
        const int index = m_indexOf.value(result.id, -1);
        if (index < 0)
            continue;
        m_mirror.results.insert(index, result);
        m_journal->recordResult(index, result);
    }
}

void SessionKeeper::removeRow(ItemId id)
{
    const int index = m_indexOf.value(id, -1);
    if (!m_journal || index < 0)
        return;
    // Later positions shift down by one, in the mirror and in the id map.
    SessionJournal::Session kept;
    kept.outputDir = m_mirror.outputDir;
    kept.checkOnly = m_mirror.checkOnly;
    m_ids.removeAt(index);
    m_mirror.lines.removeAt(index);
    kept.lines = m_mirror.lines;
    auto shift = [index](int i) { return i > index ? i - 1 : i; };
    for (auto it = m_mirror.parts.cbegin(); it != m_mirror.parts.cend(); ++it) {
        if (it.key() != index)
            kept.parts.insert(shift(it.key()), it.value());
    }
    for (auto it = m_mirror.results.cbegin(); it != m_mirror.results.cend(); ++it) {
        if (it.key() != index)
            kept.results.insert(shift(it.key()), it.value());
    }
    m_mirror = std::move(kept);
    m_indexOf.clear();
    for (int i = 0; i < m_ids.size(); ++i)
        m_indexOf.insert(m_ids[i], i);
    if (m_ids.isEmpty())
        discard();
    else
        rewrite();
}

void SessionKeeper::discard()
{
    m_journal.reset();
    m_mirror = {};
    m_ids.clear();
    m_indexOf.clear();
    QFile::remove(m_path);
}

bool SessionKeeper::rewrite()
{
    // A complete new file first, then an atomic rename: a crash in between leaves the old one.
    const QString temp = m_path + QStringLiteral(".new");
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile::remove(temp);
    {
        SessionJournal fresh;
        if (!fresh.create(temp, m_mirror, &m_error)) {
            m_journal.reset();
            return false;
        }
        for (auto it = m_mirror.parts.cbegin(); it != m_mirror.parts.cend(); ++it)
            fresh.recordPart(it.key(), it.value());
        for (auto it = m_mirror.results.cbegin(); it != m_mirror.results.cend(); ++it)
            fresh.recordResult(it.key(), it.value());
        fresh.sync();
    }
    m_journal.reset();
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(m_path).constData()) !=
        0) {
        m_error = QStringLiteral("cannot replace session %1").arg(m_path);
        return false;
    }
    m_journal = std::make_unique<SessionJournal>();
    if (!m_journal->openForAppend(m_path, &m_error)) {
        m_journal.reset();
        return false;
    }
    return true;
}
