#include "downloadlist.h"

#include <QDialog> // AuthPrompter holds a QPointer<QDialog>

#include "authprompter.h"
#include "batchsession.h"
#include "engine.h"
#include "failedlist.h"
#include "startgate.h"
#include "transfermodel.h"
#include "transferview.h"
#include "urlcheck.h"

namespace {
using Column = TransferModel::Column;
using S = TransferModel::RowState;
} // namespace

DownloadList::DownloadList(const Parts &parts, QObject *parent) : QObject(parent), m_parts(parts) {}

void DownloadList::add(const QList<UrlList::Entry> &entries)
{
    TransferModel *model = m_parts.model;
    m_parts.session->beginIfClosed();
    const QList<ItemId> ids = m_parts.engine->add(entries);
    const int first = model->rowCount();
    model->addItems(ids, entries);
    m_parts.session->addRows(ids, entries);
    // The table's URL strings (redacted once, there), shared rather than made again.
    m_known.reserve(m_known.size() + entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        // Only what the row's URL cannot say again: a plain line costs nothing here.
        const UrlList::Entry &e = entries[i];
        if (!e.valid || e.extras || !e.wantedName.isEmpty() || !e.expectedSha256.isEmpty())
            m_entries.insert(ids.value(i), e);
        if (entries[i].valid)
            m_known.insert(model->index(first + int(i), int(Column::Url)).data().toString());
    }
    if (m_parts.engine->isStarted())
        m_parts.session->markOpen();
    Q_EMIT changed();
}

void DownloadList::addKnown(const QStringList &urls)
{
    for (const QString &url : urls)
        m_known.insert(url);
}

void DownloadList::start()
{
    m_parts.gate->start();
    m_parts.session->markOpen();
    Q_EMIT changed();
}

void DownloadList::retry(const QList<ItemId> &ids)
{
    TransferModel *model = m_parts.model;
    int count = 0;
    for (ItemId id : ids) {
        const int row = model->rowOf(id);
        const auto state = S(model->index(row, 0).data(TransferModel::StateRole).toInt());
        if (state != S::Failed && state != S::Cancelled)
            continue;
        model->resetForRetry(id);
        m_parts.engine->retry(id);
        ++count;
    }
    if (count > 0)
        m_parts.session->markOpen();
    if (count > 0 && m_parts.gate->isWaiting()) // a retry is a request to run now
        start();
    Q_EMIT message(tr("Retrying %n download(s)", nullptr, count), 5000);
}

bool DownloadList::changeUrl(ItemId id, const QString &url, QString *error)
{
    TransferModel *model = m_parts.model;
    const int row = model->rowOf(id);
    const auto state = S(model->index(row, 0).data(TransferModel::StateRole).toInt());
    if (row < 0 || state == S::Done || state == S::Invalid) {
        *error = tr("Only a failed, cancelled, waiting or paused download can change its URL");
        return false;
    }
    QUrl parsed;
    const QString problem = UrlCheck::problem(url.trimmed(), &parsed);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QString shown = UrlList::redacted(parsed);
    m_known.remove(model->index(row, int(Column::Url)).data().toString());
    m_known.insert(shown);
    auto entry = m_entries.find(id);
    UrlList::Entry changed;
    if (entry != m_entries.end()) {
        entry->url = parsed;
        entry->text = url.trimmed();
        changed = *entry;
    } else {
        changed.url = parsed;
        changed.text = url.trimmed();
        changed.valid = true;
    }
    m_parts.session->changeRow(id, changed); // a resume continues at the new URL
    m_parts.engine->changeUrl(id, parsed);
    model->changeUrl(id, shown);
    m_parts.session->markOpen();
    if (m_parts.gate->isWaiting()) // like a retry: a request to run now
        start();
    Q_EMIT message(tr("Continuing at %1").arg(shown), 5000);
    return true;
}

void DownloadList::checkForUpdates(const QList<ItemId> &ids)
{
    TransferModel *model = m_parts.model;
    int count = 0;
    for (ItemId id : ids) {
        const int row = model->rowOf(id);
        if (S(model->index(row, 0).data(TransferModel::StateRole).toInt()) != S::Done)
            continue;
        model->resetForRetry(id);
        m_parts.engine->checkForUpdate(id);
        ++count;
    }
    if (count > 0)
        m_parts.session->markOpen();
    if (count > 0 && m_parts.gate->isWaiting())
        start();
    Q_EMIT message(tr("Checking %n download(s) for updates", nullptr, count), 5000);
}

void DownloadList::remove(const QList<ItemId> &ids)
{
    TransferModel *model = m_parts.model;
    for (ItemId id : ids) {
        m_known.remove(model->index(model->rowOf(id), int(Column::Url)).data().toString());
        m_parts.engine->remove(id);
        m_entries.remove(id);
        model->removeItem(id);
        m_parts.session->removeRow(id);
    }
}

void DownloadList::clear()
{
    TransferModel *model = m_parts.model;
    for (int row = 0; row < model->rowCount(); ++row)
        m_parts.engine->remove(model->index(row, 0).data(TransferModel::IdRole).value<ItemId>());
    m_parts.engine->newBatch(); // what this list taught about its servers does not hold the next
    model->clear();
    m_known.clear();
    m_entries.clear();
    m_parts.session->clear();
    m_parts.auth->reset();
    m_parts.view->clearSearch(); // a search left over would hide the next list's rows
    m_parts.gate->settle();      // a new batch: it waits for Start (unless it starts at once)
    Q_EMIT cleared();
    Q_EMIT message(tr("The list is empty"), 5000);
}

bool DownloadList::exportFailed(const QString &path, int *count, QString *error) const
{
    FailedList list;
    if (!list.open(path, error))
        return false;
    for (const Result &result : m_parts.model->results()) {
        if (result.isOk())
            continue;
        // A plain line is its URL (as shown: without credentials); rows a resumed session
        // brought back have only their URL too.
        const auto known = m_entries.constFind(result.id);
        list.add(known != m_entries.cend() ? *known : UrlList::parse(result.url).entries().value(0),
                 result);
    }
    *count = list.count();
    return list.commit(error);
}
