#include "batchsession.h"

#include <utility>

#include <QDir>
#include <QFileInfo>

#include "engine.h"
#include "resumebar.h"
#include "sessionkeeper.h"
#include "transfermodel.h"

namespace {
using S = TransferModel::RowState;
// Rows a resumed session carries over are not the engine's: ids far above any it hands out.
constexpr ItemId kCarriedIdBase = ItemId(1) << 62;
} // namespace

BatchSession::BatchSession(const QString &path, const AppSettings &settings, Engine *engine,
                           TransferModel *model, ResumeBar *bar, QObject *parent)
    : QObject(parent), m_settings(settings), m_engine(engine), m_model(model), m_bar(bar),
      m_keeper(new SessionKeeper(path, this))
{
    // A batch ended: new rows go where Settings say; a retried row reopens it, in its folder.
    connect(m_keeper, &SessionKeeper::closed, this, &BatchSession::showFolder);
    connect(m_keeper, &SessionKeeper::reopened, this, &BatchSession::showFolder);
    connect(m_keeper, &SessionKeeper::saveFailed, this, [this](const QString &error) {
        Q_EMIT message(tr("The session cannot be saved: %1").arg(error), 0);
    });
    connect(m_bar, &ResumeBar::resumeRequested, this, &BatchSession::resume);
    connect(m_bar, &ResumeBar::discardRequested, this, [this] {
        m_offered.reset();
        if (!m_keeper->isOpen()) // rows pasted since own the file now
            m_keeper->discard();
    });
}

EngineOptions BatchSession::engineOptions(const AppSettings &settings, QString *warning)
{
    EngineOptions options;
    if (!settings.toEngineOptions(&options, warning))
        options.extraCaCertificates.clear(); // run, but say the CA file was not used
    return options;
}

void BatchSession::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    // A batch that has started keeps its folder: one batch never ends split across two.
    const bool moved = m_keeper->moveTo(settings.engine.outputDir, settings.engine.checkOnly,
                                        m_engine->isStarted());
    const QString warning = useBatchOptions();
    if (!moved || !warning.isEmpty())
        Q_EMIT message(moved ? warning
                             : tr("This batch goes on in %1; the new folder is for the next batch")
                                   .arg(QDir::toNativeSeparators(m_keeper->outputDir())),
                       0);
}

QString BatchSession::useBatchOptions()
{
    QString warning;
    // The open batch's folder, never written back to the Settings.
    const EngineOptions options = m_keeper->batchOptions(engineOptions(m_settings, &warning));
    m_engine->setOptions(options);
    Q_EMIT folderChanged(options, m_settings.engine.outputDir);
    return warning;
}

void BatchSession::showFolder()
{
    Q_EMIT folderChanged(m_keeper->batchOptions(m_settings.engine), m_settings.engine.outputDir);
}

void BatchSession::offerResume()
{
    m_offered = m_keeper->pending();
    if (!m_offered)
        return;
    // Counted as resume() will count it: what finished and is still on disk, what is left.
    const SessionKeeper::Plan plan = SessionKeeper::plan(*m_offered);
    if (plan.toDownload() == 0) { // only lines that cannot be downloaded are left
        m_offered.reset();
        return;
    }
    m_bar->offer(plan, QFileInfo(m_keeper->path()).lastModified(), m_settings.engine.outputDir);
}

bool BatchSession::resume()
{
    m_bar->hide();
    std::optional<SessionJournal::Session> session = std::exchange(m_offered, {});
    if (!session)
        return false;
    const SessionKeeper::Plan plan = SessionKeeper::plan(*session);
    // In the batch's own folder, where its parts are; the Settings stay as they are.
    if (!m_keeper->isOpen()) {
        m_keeper->begin(plan.outputDir, plan.checkOnly);
    } else if (!m_keeper->moveTo(plan.outputDir, plan.checkOnly, m_engine->isStarted())) {
        m_offered = std::move(session);
        m_bar->show();
        Q_EMIT message(tr("The list saves to %1: clear it or let it finish first")
                           .arg(QDir::toNativeSeparators(m_keeper->outputDir())),
                       0);
        return false;
    }
    useBatchOptions();
    const QList<UrlList::Entry> toRun = plan.toRun();
    const QList<ItemId> runIds = m_engine->add(toRun, plan.toRunNames());
    QList<ItemId> ids;
    QStringList urls;
    for (int i = 0, next = 0; i < plan.entries.size(); ++i) {
        ids.append(plan.carried[i] ? kCarriedIdBase + ItemId(i) : runIds[next++]);
        if (plan.entries[i].valid)
            urls.append(UrlList::redacted(plan.entries[i].url));
    }
    m_model->addItems(ids, plan.entries);
    m_model->applyResults(plan.carriedResults(ids));
    m_keeper->addPlan(ids, session->lines, plan);
    Q_EMIT message(tr("Resumed in %1: %2 finished earlier, %3 to download")
                       .arg(QDir::toNativeSeparators(m_keeper->outputDir()))
                       .arg(plan.finishedEarlier())
                       .arg(plan.toDownload()),
                   0);
    Q_EMIT resumed(urls);
    return true;
}

void BatchSession::beginIfClosed()
{
    if (m_keeper->isOpen())
        return;
    m_keeper->begin(m_settings.engine.outputDir, m_settings.engine.checkOnly);
    useBatchOptions();
}

void BatchSession::addRows(const QList<ItemId> &ids, const QList<UrlList::Entry> &entries)
{
    m_keeper->addEntries(ids, entries, m_settings.engine.outputDir, m_settings.engine.checkOnly);
}

void BatchSession::removeRow(ItemId id)
{
    m_keeper->removeRow(id);
}

void BatchSession::changeRow(ItemId id, const UrlList::Entry &entry)
{
    m_keeper->changeRow(id, entry);
}

void BatchSession::checkEnded()
{
    if (!m_batchOpen || !m_engine->isStarted())
        return;
    m_model->flush(); // the summary must count the last results
    const TransferModel::Summary s = m_model->summary();
    if (s.count(S::Queued) + s.count(S::Active) + s.count(S::RetryWait) > 0)
        return;
    m_batchOpen = false;
    m_keeper->rest(); // every row is final: nothing left to resume, unless one is retried
    Q_EMIT ended(tr("Batch finished: %1 ok, %2 failed, %3 cancelled")
                     .arg(s.count(S::Done))
                     .arg(s.count(S::Failed))
                     .arg(s.count(S::Cancelled)));
}

void BatchSession::clear()
{
    m_keeper->discard();
    m_offered.reset();
    m_bar->hide();
    m_batchOpen = false;
}
