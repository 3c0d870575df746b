#include "windowcommands.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QUrl>

#include "bandwidthlimiter.h"
#include "batchsession.h"
#include "clearlistprompt.h"
#include "csvwriter.h"
#include "downloadlist.h"
#include "engine.h"
#include "inputpanel.h"
#include "settingsdialog.h"
#include "shortcutpassthrough.h"
#include "startgate.h"
#include "transferview.h"
#include "urlintake.h"
#include "windowactions.h"

namespace {
using Column = TransferModel::Column;
using S = TransferModel::RowState;
} // namespace

WindowCommands::WindowCommands(const Parts &parts, QObject *parent)
    : QObject(parent), m_parts(parts)
{
    connectActions();
}

void WindowCommands::connectActions()
{
    const WindowActions &a = *m_parts.actions;
    QMainWindow *window = m_parts.window;
    TransferView *view = m_parts.view;
    DownloadList *list = m_parts.list;
    ShortcutPassThrough::install(a.windowCommands(), {view->searchBox(), m_parts.input->editor()});
    connect(a.addFromFile, &QAction::triggered, m_parts.intake, &UrlIntake::chooseFile);
    connect(a.addChecksums, &QAction::triggered, m_parts.intake, &UrlIntake::chooseChecksums);
    connect(a.exportCsv, &QAction::triggered, this, &WindowCommands::chooseExport);
    connect(a.exportFailedList, &QAction::triggered, this, &WindowCommands::chooseFailedListExport);
    connect(a.quit, &QAction::triggered, window, &QWidget::close);
    connect(a.paste, &QAction::triggered, m_parts.intake, &UrlIntake::pasteClipboard);
    connect(a.focusPaste, &QAction::triggered, m_parts.input, &InputPanel::focusEditor);
    connect(a.find, &QAction::triggered, view, &TransferView::focusSearch);
    connect(a.start, &QAction::triggered, list, &DownloadList::start);
    connect(a.pause, &QAction::toggled, this, &WindowCommands::setPaused);
    connect(a.cancelAll, &QAction::triggered, m_parts.engine, &Engine::cancelAll);
    connect(a.retryFailed, &QAction::triggered, this,
            [this] { m_parts.list->retry(m_parts.model->idsInState(S::Failed)); });
    connect(a.copyFailedUrls, &QAction::triggered, this, [this] { copyColumn(Column::Url, true); });
    connect(a.settings, &QAction::triggered, this, &WindowCommands::editSettings);
    connect(a.clearList, &QAction::triggered, this, [this] {
        if (ClearListPrompt::confirm(m_parts.window, m_parts.model->summary()))
            m_parts.list->clear();
    });
    const QList<QAction *> groups = a.groupActions();
    for (int i = 0; i < groups.size(); ++i) {
        connect(groups[i], &QAction::triggered, view,
                [view, i] { view->setGroup(TransferFilter::Group(i)); });
    }
    connect(a.retry, &QAction::triggered, this,
            [this] { m_parts.list->retry(m_parts.view->selectedIds()); });
    connect(a.checkForUpdates, &QAction::triggered, this,
            [this] { m_parts.list->checkForUpdates(m_parts.view->selectedIds()); });
    connect(a.cancel, &QAction::triggered, this, [this] {
        for (ItemId id : m_parts.view->selectedIds())
            m_parts.engine->cancel(id);
    });
    connect(a.remove, &QAction::triggered, this,
            [this] { m_parts.list->remove(m_parts.view->selectedIds()); });
    connect(a.copyUrl, &QAction::triggered, this, [this] { copyColumn(Column::Url, false); });
    connect(a.copyError, &QAction::triggered, this, [this] { copyColumn(Column::Error, false); });
    connect(a.openFile, &QAction::triggered, this, [this] { openSelected(false); });
    connect(a.openFolder, &QAction::triggered, this, [this] { openSelected(true); });
    connect(a.limitSpeed, &QAction::triggered, this, &WindowCommands::askSpeedLimit);
    connect(a.changeUrl, &QAction::triggered, this, &WindowCommands::askNewUrl);
    connect(view->table(), &QTableView::doubleClicked, this, [this] { openSelected(false); });
}

void WindowCommands::showMessage(const QString &text, int timeout)
{
    m_parts.window->statusBar()->showMessage(text, timeout);
}

void WindowCommands::setPaused(bool paused)
{
    m_parts.gate->setPaused(paused);
    updateActions();
    showMessage(paused ? tr("Paused: running downloads hold, none start") : tr("Resumed"), 5000);
}

void WindowCommands::askSpeedLimit()
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(m_parts.window, tr("Limit Speed"),
                              tr("Bytes a second for the selected rows (500k, 2M; 0 = none):"),
                              QLineEdit::Normal, QStringLiteral("500k"), &ok);
    if (!ok)
        return;
    const auto rate = BandwidthLimiter::parseRate(text);
    if (!rate) {
        showMessage(tr("\"%1\" is not a speed such as 500k or 2M").arg(text), 5000);
        return;
    }
    limitSelectedSpeed(*rate);
}

void WindowCommands::askNewUrl()
{
    const QList<ItemId> ids = m_parts.view->selectedIds();
    const QList<int> rows = m_parts.view->selectedSourceRows();
    if (ids.size() != 1 || rows.isEmpty()) {
        showMessage(tr("Select one row to change its URL"), 5000);
        return;
    }
    bool ok = false;
    const QString url = QInputDialog::getText(
        m_parts.window, tr("Change URL"),
        tr("Go on from this URL (the part file is continued when it serves the same file):"),
        QLineEdit::Normal, m_parts.model->index(rows.first(), int(Column::Url)).data().toString(),
        &ok);
    if (!ok)
        return;
    QString error;
    if (!m_parts.list->changeUrl(ids.first(), url, &error))
        QMessageBox::warning(m_parts.window, tr("Change URL"), error);
}

void WindowCommands::limitSelectedSpeed(qint64 bytesPerSecond)
{
    const QList<ItemId> ids = m_parts.view->selectedIds();
    for (ItemId id : ids)
        m_parts.engine->setItemRate(id, bytesPerSecond);
    showMessage(bytesPerSecond > 0 ? tr("%n row(s) capped at %1/s", nullptr, int(ids.size()))
                                         .arg(QLocale().formattedDataSize(bytesPerSecond))
                                   : tr("Speed cap lifted for %n row(s)", nullptr, int(ids.size())),
                5000);
}

void WindowCommands::copyColumn(Column column, bool failedOnly)
{
    const TransferModel *model = m_parts.model;
    QStringList lines;
    if (failedOnly) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, int(column));
            if (S(index.data(TransferModel::StateRole).toInt()) == S::Failed)
                lines << index.data().toString();
        }
    } else {
        for (int row : m_parts.view->selectedSourceRows())
            lines << model->index(row, int(column)).data().toString();
    }
    lines.removeAll(QString());
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    showMessage((lines.size() == 1 ? tr("Copied 1 line")
                                   : tr("Copied %n lines", nullptr, int(lines.size()))),
                5000);
}

void WindowCommands::openSelected(bool folder)
{
    const QList<int> rows = m_parts.view->selectedSourceRows();
    if (rows.isEmpty())
        return;
    const QString file = m_parts.model->index(rows.first(), int(Column::File))
                             .data(TransferModel::RawRole)
                             .toString();
    const QFileInfo info(file);
    if (!folder && (file.isEmpty() || !info.isFile())) {
        showMessage(tr("No downloaded file for this row yet"), 5000);
        return;
    }
    const QString target =
        folder ? (info.isFile() ? info.absolutePath() : m_parts.engine->options().outputDir)
               : info.absoluteFilePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
        showMessage(tr("Could not open %1").arg(target), 5000);
}

bool WindowCommands::exportCsv(const QString &path, QString *error)
{
    const TransferModel *model = m_parts.model;
    QString message;
    const bool ok = CsvWriter::write(path, model->results(), &message);
    if (error)
        *error = message;
    const TransferModel::Summary s = model->summary();
    const int unfinished = s.count(S::Queued) + s.count(S::Active) + s.count(S::RetryWait);
    if (!ok)
        showMessage(tr("Export failed: %1").arg(message));
    else if (unfinished > 0)
        showMessage(tr("Exported %n row(s); %1 not finished yet are marked cancelled", nullptr,
                       model->rowCount())
                        .arg(unfinished));
    else
        showMessage(tr("Exported %n row(s) to %1", nullptr, model->rowCount()).arg(path));
    return ok;
}

QString WindowCommands::askSavePath(const QString &title, const QString &fileName,
                                    const QString &filter)
{
    // Both exports start in the folder of the last one (at first the output folder).
    QSettings store;
    const QString dir = store
                            .value(QStringLiteral("window/lastExportDir"),
                                   m_parts.session->settings().engine.outputDir)
                            .toString();
    const QString path =
        QFileDialog::getSaveFileName(m_parts.window, title, QDir(dir).filePath(fileName), filter);
    if (!path.isEmpty())
        store.setValue(QStringLiteral("window/lastExportDir"), QFileInfo(path).absolutePath());
    return path;
}

void WindowCommands::chooseExport()
{
    const QString path = askSavePath(tr("Export results"), QStringLiteral("fanout-results.csv"),
                                     tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(m_parts.window, tr("Export failed"), error);
}

bool WindowCommands::exportFailedList(const QString &path, QString *error)
{
    int count = 0;
    QString message;
    const bool ok = m_parts.list->exportFailed(path, &count, &message);
    if (error)
        *error = message;
    showMessage(
        ok ? tr("%n download(s) not ok written to %1 — add it to run them again", nullptr, count)
                 .arg(QDir::toNativeSeparators(path))
           : tr("Export failed: %1").arg(message),
        ok ? 8000 : 0);
    return ok;
}

void WindowCommands::chooseFailedListExport()
{
    const QString path = askSavePath(tr("Export failed downloads as a list"),
                                     QStringLiteral("fanout-failed.txt"), tr("Lists (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportFailedList(path, &error))
        QMessageBox::warning(m_parts.window, tr("Export failed"), error);
}

void WindowCommands::editSettings()
{
    AppSettings current = m_parts.session->settings();
    current.desktop = AppSettings::Desktop::load(QSettings()); // the menus change these too
    SettingsDialog dialog(current, m_parts.window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings store;
    dialog.settings().save(store);
    Q_EMIT settingsAccepted(dialog.settings());
}

void WindowCommands::updateActions()
{
    const TransferModel::Summary s = m_parts.model->summary();
    const WindowActions &a = *m_parts.actions;
    m_parts.gate->update(s); // settles a finished batch, enables Start and Pause
    a.cancelAll->setEnabled(s.count(TransferModel::Group::Unfinished) > 0);
    a.retryFailed->setEnabled(s.count(S::Failed) > 0);
    a.copyFailedUrls->setEnabled(s.count(S::Failed) > 0);
    a.exportFailedList->setEnabled(
        s.count(S::Failed) + s.count(S::Cancelled) + s.count(S::Invalid) > 0);
    a.exportCsv->setEnabled(s.total > 0);
    // Only for rows: on an empty list it would throw away the offer of an unfinished batch.
    a.clearList->setEnabled(s.total > 0);
    // Runs on every summary tick: hasSelection() stays cheap with 100,000 rows selected.
    const bool selected = m_parts.view->table()->selectionModel()->hasSelection();
    for (QAction *row : a.rowActions())
        row->setEnabled(selected);
}
