#include "sessionkeeper.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QStandardPaths>

#include "listline.h"

SessionKeeper::SessionKeeper(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{
    m_writer = std::make_unique<SessionWriter>(m_path, [this](const QString &error) {
        // From the writer's thread; dropped if the keeper is gone by then.
        QMetaObject::invokeMethod(this, [this, error] { Q_EMIT saveFailed(error); });
    });
    m_thread.setObjectName(QStringLiteral("fanout-session"));
    m_writer->moveToThread(&m_thread);
    m_thread.start();
}

SessionKeeper::~SessionKeeper()
{
    // Nothing recorded is lost: the writer finishes its queue, writes and syncs, then stops.
    QMetaObject::invokeMethod(
        m_writer.get(), [w = m_writer.get()] { w->finish(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

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
        const auto result = session->results.constFind(i);
        if (result == session->results.cend() ||
            (!result->isOk() && result->outcome != Outcome::Invalid))
            return session;
    }
    return std::nullopt; // every download finished ok: nothing to offer
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
        const bool invalid = session.results.contains(i) && done.outcome == Outcome::Invalid;
        if (invalid) {
            // The saved line is the URL alone; the field that made it invalid (a dir= leaving
            // the folder, a malformed digest) is not in it. It stays invalid, with its reason.
            entry.valid = false;
            entry.url = QUrl();
            entry.reason = done.errorDetail;
        }
        // Like the headless mode: what finished ok and is still on disk is not fetched again.
        const bool finished = session.results.contains(i) && done.isOk() &&
                              (session.checkOnly || QFileInfo::exists(done.file));
        // An invalid line's result is final too: given to the engine again it would end a
        // second time, and the item hook would run again for it.
        const bool carried = finished || invalid;
        if (carried) {
            Result result = done;
            result.skipped = finished;
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
    return ListLine::of(entry); // credentials never reach the disk
}

QList<UrlList::Entry> SessionKeeper::Plan::toRun() const
{
    QList<UrlList::Entry> run;
    for (int i = 0; i < entries.size(); ++i) {
        if (!carried[i])
            run.append(entries[i]);
    }
    return run;
}

QStringList SessionKeeper::Plan::toRunNames() const
{
    QStringList names;
    for (int i = 0; i < entries.size(); ++i) {
        if (!carried[i])
            names.append(resumeNames[i]);
    }
    return names;
}

int SessionKeeper::Plan::finishedEarlier() const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [](const Result &r) { return r.outcome != Outcome::Invalid; }));
}

int SessionKeeper::Plan::toDownload() const
{
    int count = 0;
    for (int i = 0; i < entries.size(); ++i)
        count += (!carried[i] && entries[i].valid) ? 1 : 0;
    return count;
}

QList<Result> SessionKeeper::Plan::carriedResults(const QList<ItemId> &ids) const
{
    QList<Result> carriedOver;
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        carriedOver.append(it.value());
        carriedOver.last().id = ids[it.key()];
    }
    return carriedOver;
}

EngineOptions SessionKeeper::batchOptions(EngineOptions options) const
{
    if (m_open) {
        options.outputDir = m_outputDir;
        options.checkOnly = m_checkOnly;
    }
    return options;
}

void SessionKeeper::begin(const QString &outputDir, bool checkOnly)
{
    m_open = true;
    m_resting = false;
    m_started = false;
    m_ids.clear();
    m_indexOf.clear();
    m_outputDir = QFileInfo(outputDir).absoluteFilePath();
    m_checkOnly = checkOnly;
    QMetaObject::invokeMethod(m_writer.get(), [w = m_writer.get(), dir = m_outputDir, checkOnly] {
        w->begin(dir, checkOnly);
    });
}

bool SessionKeeper::moveTo(const QString &outputDir, bool checkOnly, bool running)
{
    const QString dir = QFileInfo(outputDir).absoluteFilePath();
    if (!m_open || (dir == m_outputDir && checkOnly == m_checkOnly))
        return true;
    // The engine reports what started some 100 ms late: while it runs, rows may be starting.
    if (m_started || (running && !m_ids.isEmpty()))
        return false;
    m_outputDir = dir;
    m_checkOnly = checkOnly;
    QMetaObject::invokeMethod(
        m_writer.get(), [w = m_writer.get(), dir, checkOnly] { w->setOutput(dir, checkOnly); });
    return true;
}

void SessionKeeper::addRows(const QList<ItemId> &ids, const QStringList &lines,
                            const QString &outputDir, bool checkOnly,
                            const QHash<int, QString> &parts, const QHash<int, Result> &results)
{
    Q_ASSERT(ids.size() == lines.size());
    appendIds(ids, outputDir, checkOnly);
    // A resumed batch: its folder holds its files (an invalid line's result saved nothing).
    if (!parts.isEmpty() || std::any_of(results.cbegin(), results.cend(), [](const Result &r) {
            return r.outcome != Outcome::Invalid;
        }))
        m_started = true;
    // The lists are shared with the writer, not copied.
    QMetaObject::invokeMethod(m_writer.get(), [w = m_writer.get(), lines, parts, results] {
        w->addRows(lines, parts, results);
    });
}

void SessionKeeper::addEntries(const QList<ItemId> &ids, const QList<UrlList::Entry> &entries,
                               const QString &outputDir, bool checkOnly)
{
    Q_ASSERT(ids.size() == entries.size());
    appendIds(ids, outputDir, checkOnly);
    QMetaObject::invokeMethod(m_writer.get(), [w = m_writer.get(), entries] {
        QStringList lines;
        lines.reserve(entries.size());
        for (const UrlList::Entry &entry : entries)
            lines.append(lineOf(entry));
        w->addRows(lines, {}, {});
    });
}

void SessionKeeper::addPlan(const QList<ItemId> &ids, const QStringList &lines, const Plan &plan)
{
    QHash<int, QString> parts;
    for (int i = 0; i < plan.entries.size(); ++i) {
        if (!plan.carried[i] && !plan.resumeNames[i].isEmpty())
            parts.insert(i, plan.resumeNames[i]);
    }
    QHash<int, Result> results = plan.results;
    for (auto it = results.begin(); it != results.end(); ++it)
        it.value().id = ids[it.key()];
    addRows(ids, lines, plan.outputDir, plan.checkOnly, parts, results);
}

void SessionKeeper::appendIds(const QList<ItemId> &ids, const QString &outputDir, bool checkOnly)
{
    if (!m_open)
        begin(outputDir, checkOnly);
    m_indexOf.reserve(m_ids.size() + ids.size());
    for (ItemId id : ids) {
        m_indexOf.insert(id, int(m_ids.size()));
        m_ids.append(id);
    }
}

void SessionKeeper::recordUpdates(const QList<ItemUpdate> &updates)
{
    if (!m_open) {
        if (!m_resting || std::none_of(updates.cbegin(), updates.cend(), [this](const auto &u) {
                return u.state != ItemState::Finished && m_indexOf.contains(u.id);
            }))
            return;
        m_open = true; // a row of the batch that ended runs again
        m_resting = false;
        m_started = true;
        QMetaObject::invokeMethod(m_writer.get(), [w = m_writer.get()] { w->reopen(); });
        Q_EMIT reopened();
    }
    QList<std::pair<int, QString>> parts;
    for (const ItemUpdate &update : updates) {
        const int index = m_indexOf.value(update.id, -1);
        if (index < 0)
            continue;
        m_started =
            m_started || update.state == ItemState::Active || update.state == ItemState::RetryWait;
        if (!update.file.isEmpty())
            parts.append({index, update.file});
    }
    if (!parts.isEmpty())
        QMetaObject::invokeMethod(m_writer.get(),
                                  [w = m_writer.get(), parts] { w->recordParts(parts); });
}

void SessionKeeper::recordResults(const QList<Result> &results)
{
    if (!m_open)
        return;
    QList<int> indexes;
    indexes.reserve(results.size());
    for (const Result &result : results) {
        indexes.append(m_indexOf.value(result.id, -1));
        m_started = m_started || (indexes.last() >= 0 && result.outcome != Outcome::Invalid);
    }
    QMetaObject::invokeMethod(m_writer.get(), [w = m_writer.get(), indexes, results] {
        w->recordResults(indexes, results);
    });
}

void SessionKeeper::removeRow(ItemId id)
{
    const int index = m_indexOf.value(id, -1);
    if ((!m_open && !m_resting) || index < 0)
        return;
    // Later positions shift down by one.
    m_ids.removeAt(index);
    m_indexOf.remove(id);
    for (int i = index; i < m_ids.size(); ++i)
        m_indexOf[m_ids[i]] = i;
    if (m_ids.isEmpty()) {
        discard();
        return;
    }
    QMetaObject::invokeMethod(m_writer.get(), [w = m_writer.get(), index] { w->removeAt(index); });
}

void SessionKeeper::changeRow(ItemId id, const UrlList::Entry &entry)
{
    const int index = m_indexOf.value(id, -1);
    if ((!m_open && !m_resting) || index < 0)
        return;
    QMetaObject::invokeMethod(m_writer.get(), [w = m_writer.get(), index, line = lineOf(entry)] {
        w->replaceAt(index, line);
    });
}

void SessionKeeper::discard()
{
    const bool wasOpen = std::exchange(m_open, false);
    m_started = false;
    m_resting = false;
    m_outputDir.clear();
    m_ids.clear();
    m_indexOf.clear();
    // Even an unlink can wait seconds on a busy ext4 journal: the writer deletes the file, after
    // whatever it was asked before.
    QMetaObject::invokeMethod(m_writer.get(), [w = m_writer.get()] { w->discard(); });
    if (wasOpen)
        Q_EMIT closed();
}

void SessionKeeper::rest()
{
    if (!m_open)
        return;
    m_open = false;
    m_resting = true;
    QMetaObject::invokeMethod(m_writer.get(), [w = m_writer.get()] { w->rest(); });
    Q_EMIT closed();
}

void SessionKeeper::flush()
{
    QMetaObject::invokeMethod(
        m_writer.get(), [w = m_writer.get()] { w->flush(); }, Qt::BlockingQueuedConnection);
}
