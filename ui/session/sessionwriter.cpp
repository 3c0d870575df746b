#include "sessionwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>

#include <cstdio>

SessionWriter::SessionWriter(const QString &path, std::function<void(const QString &)> onError)
    : m_path(path), m_onError(std::move(onError))
{}

SessionWriter::~SessionWriter() = default; // the journal syncs on its way out

void SessionWriter::begin(const QString &outputDir, bool checkOnly)
{
    m_journal.reset();
    m_mirror = {};
    m_mirror.outputDir = outputDir;
    m_mirror.checkOnly = checkOnly;
    m_open = true;
    m_resting = false;
    m_rewritePending = false;
}

void SessionWriter::setOutput(const QString &outputDir, bool checkOnly)
{
    if (!m_open || (m_mirror.outputDir == outputDir && m_mirror.checkOnly == checkOnly))
        return;
    m_mirror.outputDir = outputDir;
    m_mirror.checkOnly = checkOnly;
    scheduleRewrite(); // the folder is in the header
}

void SessionWriter::addRows(const QStringList &lines, const QHash<int, QString> &parts,
                            const QHash<int, Result> &results)
{
    if (!m_open)
        return; // begin() comes first; rows of a discarded session are dropped
    const int base = int(m_mirror.lines.size());
    m_mirror.lines.append(lines);
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        m_mirror.parts.insert(base + it.key(), it.value());
    for (auto it = results.cbegin(); it != results.cend(); ++it)
        m_mirror.results.insert(base + it.key(), it.value());
    // The journal format appends results, not lines: a list that grows is written out anew.
    scheduleRewrite();
}

void SessionWriter::recordParts(const QList<std::pair<int, QString>> &parts)
{
    if (!m_open)
        return;
    for (const auto &[index, name] : parts) {
        if (index < 0 || index >= m_mirror.lines.size() || m_mirror.parts.value(index) == name)
            continue;
        m_mirror.parts.insert(index, name);
        if (m_journal && !m_rewritePending)
            m_journal->recordPart(index, name);
    }
}

void SessionWriter::recordResults(const QList<int> &indexes, const QList<Result> &results)
{
    if (!m_open)
        return;
    for (qsizetype i = 0; i < indexes.size() && i < results.size(); ++i) {
        const int index = indexes[i];
        if (index < 0 || index >= m_mirror.lines.size())
            continue;
        m_mirror.results.insert(index, results[i]);
        if (m_journal && !m_rewritePending)
            m_journal->recordResult(index, results[i]);
    }
}

void SessionWriter::removeAt(int index)
{
    if ((!m_open && !m_resting) || index < 0 || index >= m_mirror.lines.size())
        return;
    // Later positions shift down by one.
    SessionJournal::Session kept;
    kept.outputDir = m_mirror.outputDir;
    kept.checkOnly = m_mirror.checkOnly;
    m_mirror.lines.removeAt(index);
    kept.lines = std::move(m_mirror.lines);
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
    scheduleRewrite();
}

void SessionWriter::replaceAt(int index, const QString &line)
{
    if ((!m_open && !m_resting) || index < 0 || index >= m_mirror.lines.size())
        return;
    m_mirror.lines[index] = line;
    scheduleRewrite();
}

void SessionWriter::discard()
{
    m_journal.reset();
    m_mirror = {};
    m_open = false;
    m_resting = false;
    m_rewritePending = false;
    QFile::remove(m_path);
    QFile::remove(m_path + QStringLiteral(".new"));
}

void SessionWriter::rest()
{
    if (!m_open)
        return;
    SessionJournal::Session kept = std::move(m_mirror);
    discard();
    m_mirror = std::move(kept);
    m_resting = true;
}

void SessionWriter::reopen()
{
    if (!m_resting)
        return;
    m_resting = false;
    m_open = true;
    scheduleRewrite();
}

void SessionWriter::flush()
{
    if (m_rewritePending)
        rewrite();
    if (m_journal)
        m_journal->sync();
}

void SessionWriter::finish()
{
    flush();
    m_journal.reset();
}

void SessionWriter::scheduleRewrite()
{
    if (m_rewritePending)
        return;
    m_rewritePending = true;
    // Behind whatever the keeper has posted meanwhile: a paste followed by removals, or rows
    // removed one by one, is usually written once.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_rewritePending)
                rewrite();
        },
        Qt::QueuedConnection);
}

void SessionWriter::rewrite()
{
    m_rewritePending = false;
    if (!m_open)
        return;
    // A complete new file first, then an atomic rename: a crash in between leaves the old one.
    const QString temp = m_path + QStringLiteral(".new");
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile::remove(temp);
    QString error;
    {
        SessionJournal fresh;
        if (!fresh.create(temp, m_mirror, &error)) {
            m_journal.reset();
            fail(error);
            return;
        }
    } // synced and closed
    m_journal.reset();
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(m_path).constData()) !=
        0) {
        fail(QStringLiteral("cannot replace session %1").arg(m_path));
        return;
    }
    m_journal = std::make_unique<SessionJournal>();
    if (!m_journal->openForAppend(m_path, &error)) {
        m_journal.reset();
        fail(error);
    }
}

void SessionWriter::fail(const QString &error)
{
    if (m_onError)
        m_onError(error);
}
