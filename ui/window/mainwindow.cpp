#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "authprompter.h"
#include "bandwidthlimiter.h"
#include "clearlistprompt.h"
#include "csvwriter.h"
#include "engine.h"
#include "inputpanel.h"
#include "outputfolderlabel.h"
#include "quitquestion.h"
#include "resumebar.h"
#include "sessionkeeper.h"
#include "settingsdialog.h"
#include "shortcutpassthrough.h"
#include "startgate.h"
#include "summarybar.h"
#include "transferview.h"

namespace {
using Column = TransferModel::Column;
using S = TransferModel::RowState;
constexpr qint64 kMaxListFile = 64 * 1024 * 1024; // a list, not a download
// Rows a resumed session carries over are not the engine's: ids far above any it hands out.
constexpr ItemId kCarriedIdBase = ItemId(1) << 62;

EngineOptions engineOptions(const AppSettings &settings, QString *warning)
{
    EngineOptions options;
    if (!settings.toEngineOptions(&options, warning))
        options.extraCaCertificates.clear(); // run, but say the CA file was not used
    return options;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_actions(this), m_settings(AppSettings::load(QSettings())),
      m_model(new TransferModel(this)), m_engine(nullptr), m_input(new InputPanel(this)),
      m_view(new TransferView(m_model, this)), m_summary(new SummaryBar(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_outputLabel(new OutputFolderLabel(this)),
      m_resumeBar(new ResumeBar(this)),
      m_session(new SessionKeeper(SessionKeeper::defaultPath(), this)),
      m_auth(new AuthPrompter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Fanout"));
    setAcceptDrops(true);
    QString warning; // applySettings() shows it
    m_engine = new Engine(engineOptions(m_settings, &warning), this);

    m_splitter->addWidget(m_input);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_resumeBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_summary);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_outputLabel);

    buildMenus();
    connectActions();
    m_input->setKnownUrls([this] { return m_known; });
    connect(m_input, &InputPanel::entriesSubmitted, this, &MainWindow::addEntries);
    connect(m_input, &InputPanel::addFromFileRequested, this, &MainWindow::chooseFile);
    connect(m_engine, &Engine::itemsChanged, m_model, &TransferModel::applyUpdates);
    connect(m_engine, &Engine::itemsFinished, m_model, &TransferModel::applyResults);
    connect(m_engine, &Engine::idle, this, &MainWindow::onIdle);
    // The journal sees every change the table sees, in the same order.
    connect(m_engine, &Engine::itemsChanged, m_session, &SessionKeeper::recordUpdates);
    connect(m_engine, &Engine::itemsFinished, m_session, &SessionKeeper::recordResults);
    connect(m_engine, &Engine::itemsFinished, m_auth, &AuthPrompter::inspect);
    // A batch ended: new rows go where Settings say; a retried row reopens it, in its folder.
    const auto showFolder = [this] {
        m_outputLabel->showFolder(m_session->batchOptions(m_settings.engine),
                                  m_settings.engine.outputDir);
    };
    connect(m_session, &SessionKeeper::closed, this, showFolder);
    connect(m_session, &SessionKeeper::reopened, this, showFolder);
    connect(m_session, &SessionKeeper::saveFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The session cannot be saved: %1").arg(error));
    });
    connect(m_auth, &AuthPrompter::credentialsEntered, this, &MainWindow::useCredentials);
    connect(m_auth, &AuthPrompter::retryRequested, this, &MainWindow::retryIds);
    connect(m_resumeBar, &ResumeBar::resumeRequested, this, &MainWindow::resumeSession);
    connect(m_resumeBar, &ResumeBar::discardRequested, this, [this] {
        m_offered.reset();
        if (!m_session->isOpen()) // rows pasted since own the file now
            m_session->discard();
    });
    connect(m_model, &TransferModel::summaryChanged, this, &MainWindow::updateSummary);
    connect(m_view, &TransferView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_view->table(), &QTableView::doubleClicked, this, [this] { openSelected(false); });

    const QSettings store;
    if (!restoreGeometry(store.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 720);
    resize(size().boundedTo(screen()->availableSize())); // an 800 × 600 screen shows it all
    if (!m_splitter->restoreState(store.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({160, 600}); // the table is what people watch
    m_view->restoreState(store.value(QStringLiteral("window/columns")).toByteArray());
    applySettings(m_settings);
    updateSummary();
    offerResume();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    WindowActions &a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a.addFromFile, a.exportCsv});
    file->addSeparator();
    file->addActions({a.settings});
    file->addSeparator();
    file->addAction(a.quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a.paste, a.focusPaste, a.find});
    edit->addSeparator();
    edit->addActions({a.copyUrl, a.copyError, a.copyFailedUrls});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(a.groupActions());
    QMenu *transfers = menuBar()->addMenu(tr("&Downloads"));
    transfers->addActions({a.start, a.pause, a.cancelAll, a.retryFailed, a.clearList});
    transfers->addSeparator();
    transfers->addAction(a.autoStart);
    transfers->addSeparator();
    transfers->addActions({a.retry, a.cancel, a.remove, a.openFile, a.openFolder});

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({a.start, a.pause, a.cancelAll});
    bar->addSeparator();
    bar->addActions({a.retryFailed, a.copyFailedUrls, a.clearList});
    bar->addSeparator();
    bar->addActions({a.exportCsv, a.settings}); // Add from File is the paste area's button

    // Row actions: the table's context menu and keys (active while the table has focus).
    m_view->setRowActions(a.contextMenuActions());
}

void MainWindow::connectActions()
{
    WindowActions &a = m_actions;
    m_gate = new StartGate(m_engine, m_model, {a.start, a.pause, a.autoStart}, this);
    // Before the window's own handler: the gate holds the rows before they reach the engine.
    connect(m_input, &InputPanel::entriesSubmitted, m_gate, &StartGate::beforeAdd);
    ShortcutPassThrough::install(a.windowCommands(), {m_view->searchBox(), m_input->editor()});
    connect(a.addFromFile, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(a.exportCsv, &QAction::triggered, this, &MainWindow::chooseExport);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.paste, &QAction::triggered, this, &MainWindow::pasteClipboard);
    connect(a.focusPaste, &QAction::triggered, m_input, &InputPanel::focusEditor);
    connect(a.find, &QAction::triggered, m_view, &TransferView::focusSearch);
    connect(a.start, &QAction::triggered, this, &MainWindow::start);
    connect(a.pause, &QAction::toggled, this, &MainWindow::setPaused);
    connect(a.cancelAll, &QAction::triggered, m_engine, &Engine::cancelAll);
    connect(a.retryFailed, &QAction::triggered, this,
            [this] { retryIds(m_model->idsInState(S::Failed)); });
    connect(a.copyFailedUrls, &QAction::triggered, this, [this] { copyColumn(Column::Url, true); });
    connect(a.settings, &QAction::triggered, this, &MainWindow::editSettings);
    connect(a.clearList, &QAction::triggered, this, [this] {
        if (ClearListPrompt::confirm(this, m_model->summary()))
            clearList();
    });
    const QList<QAction *> groups = a.groupActions();
    for (int i = 0; i < groups.size(); ++i) {
        connect(groups[i], &QAction::triggered, this,
                [this, i] { m_view->setGroup(TransferFilter::Group(i)); });
    }
    connect(a.retry, &QAction::triggered, this, [this] { retryIds(m_view->selectedIds()); });
    connect(a.cancel, &QAction::triggered, this, [this] {
        for (ItemId id : m_view->selectedIds())
            m_engine->cancel(id);
    });
    connect(a.remove, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(a.copyUrl, &QAction::triggered, this, [this] { copyColumn(Column::Url, false); });
    connect(a.copyError, &QAction::triggered, this, [this] { copyColumn(Column::Error, false); });
    connect(a.openFile, &QAction::triggered, this, [this] { openSelected(false); });
    connect(a.openFolder, &QAction::triggered, this, [this] { openSelected(true); });
    connect(a.limitSpeed, &QAction::triggered, this, &MainWindow::askSpeedLimit);
}

void MainWindow::askSpeedLimit()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Limit Speed"), tr("Bytes a second for the selected rows (500k, 2M; 0 = none):"),
        QLineEdit::Normal, QStringLiteral("500k"), &ok);
    if (!ok)
        return;
    const auto rate = BandwidthLimiter::parseRate(text);
    if (!rate) {
        statusBar()->showMessage(tr("\"%1\" is not a speed such as 500k or 2M").arg(text), 5000);
        return;
    }
    limitSelectedSpeed(*rate);
}

void MainWindow::limitSelectedSpeed(qint64 bytesPerSecond)
{
    const QList<ItemId> ids = m_view->selectedIds();
    for (ItemId id : ids)
        m_engine->setItemRate(id, bytesPerSecond);
    statusBar()->showMessage(bytesPerSecond > 0
                                 ? tr("%n row(s) capped at %1/s", nullptr, int(ids.size()))
                                       .arg(QLocale().formattedDataSize(bytesPerSecond))
                                 : tr("Speed cap lifted for %n row(s)", nullptr, int(ids.size())),
                             5000);
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    // A batch that has started keeps its folder: one batch never ends split across two.
    const bool moved = m_session->moveTo(settings.engine.outputDir, settings.engine.checkOnly,
                                         m_engine->isStarted());
    const QString warning = useBatchOptions();
    if (!moved || !warning.isEmpty())
        statusBar()->showMessage(
            moved ? warning
                  : tr("This batch goes on in %1; the new folder is for the next batch")
                        .arg(QDir::toNativeSeparators(m_session->outputDir())));
    m_auth->setProxy(settings.engine.proxy);
}

QString MainWindow::useBatchOptions()
{
    QString warning;
    // The open batch's folder, never written back to the Settings.
    const EngineOptions options = m_session->batchOptions(engineOptions(m_settings, &warning));
    m_engine->setOptions(options);
    m_outputLabel->showFolder(options, m_settings.engine.outputDir);
    return warning;
}

void MainWindow::addEntries(const QList<UrlList::Entry> &entries)
{
    if (!m_session->isOpen()) { // a new batch: it saves where Settings say now
        m_session->begin(m_settings.engine.outputDir, m_settings.engine.checkOnly);
        useBatchOptions();
    } // else the rows join the open batch, in its folder
    const QList<ItemId> ids = m_engine->add(entries);
    const int first = m_model->rowCount();
    m_model->addItems(ids, entries);
    m_session->addEntries(ids, entries, m_settings.engine.outputDir, m_settings.engine.checkOnly);
    // The table's URL strings (redacted once, there), shared rather than made again.
    m_known.reserve(m_known.size() + entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].valid)
            m_known.insert(m_model->index(first + int(i), int(Column::Url)).data().toString());
    }
    if (m_engine->isStarted())
        m_batchOpen = true;
    updateActions();
}

bool MainWindow::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > kMaxListFile) {
        statusBar()->showMessage(tr("%1 is too large for a URL list").arg(path));
        return false;
    }
    m_input->submitText(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName());
    QSettings().setValue(QStringLiteral("window/lastListDir"), QFileInfo(path).absolutePath());
    return true;
}

void MainWindow::chooseFile()
{
    const QString dir = QSettings().value(QStringLiteral("window/lastListDir")).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Add URLs from a file"), dir,
                                     tr("Text files (*.txt *.csv *.list);;All files (*)"));
    if (!path.isEmpty())
        addFile(path);
}

void MainWindow::pasteClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty())
        statusBar()->showMessage(tr("The clipboard holds no text"), 5000);
    else
        m_input->submitText(text, tr("the clipboard"));
}

void MainWindow::start()
{
    m_gate->start();
    m_batchOpen = true;
    updateActions();
}

void MainWindow::setPaused(bool paused)
{
    m_gate->setPaused(paused);
    updateActions();
    statusBar()->showMessage(
        paused ? tr("Paused: running downloads hold, none start") : tr("Resumed"), 5000);
}

void MainWindow::retryIds(const QList<ItemId> &ids)
{
    int count = 0;
    for (ItemId id : ids) {
        const int row = m_model->rowOf(id);
        const auto state = S(m_model->index(row, 0).data(TransferModel::StateRole).toInt());
        if (state != S::Failed && state != S::Cancelled)
            continue;
        m_model->resetForRetry(id);
        m_engine->retry(id);
        ++count;
    }
    m_batchOpen = m_batchOpen || count > 0;
    if (count > 0 && m_gate->isWaiting()) // a retry is a request to run now
        start();
    statusBar()->showMessage(tr("Retrying %n download(s)", nullptr, count), 5000);
}

void MainWindow::removeSelected()
{
    for (ItemId id : m_view->selectedIds()) {
        m_known.remove(m_model->index(m_model->rowOf(id), int(Column::Url)).data().toString());
        m_engine->remove(id);
        m_model->removeItem(id);
        m_session->removeRow(id);
    }
}

void MainWindow::clearList()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_engine->remove(m_model->index(row, 0).data(TransferModel::IdRole).value<ItemId>());
    m_engine->newBatch(); // what this list taught about its servers does not hold the next
    m_model->clear();
    m_known.clear();
    m_session->discard();
    m_offered.reset();
    m_resumeBar->hide();
    m_auth->reset();
    m_batchOpen = false;
    m_view->clearSearch(); // a search left over would hide the next list's rows
    m_gate->settle();      // a new batch: it waits for Start (unless it starts at once)
    updateSummary();
    statusBar()->showMessage(tr("The list is empty"), 5000);
}

void MainWindow::offerResume()
{
    m_offered = m_session->pending();
    if (m_offered)
        m_resumeBar->offer(*m_offered, QFileInfo(m_session->path()).lastModified(),
                           m_settings.engine.outputDir);
}

bool MainWindow::resumeSession()
{
    m_resumeBar->hide();
    std::optional<SessionJournal::Session> session = std::exchange(m_offered, {});
    if (!session)
        return false;
    const SessionKeeper::Plan plan = SessionKeeper::plan(*session);
    // In the batch's own folder, where its parts are; the Settings stay as they are.
    if (!m_session->isOpen()) {
        m_session->begin(plan.outputDir, plan.checkOnly);
    } else if (!m_session->moveTo(plan.outputDir, plan.checkOnly, m_engine->isStarted())) {
        m_offered = std::move(session);
        m_resumeBar->show();
        statusBar()->showMessage(tr("The list saves to %1: clear it or let it finish first")
                                     .arg(QDir::toNativeSeparators(m_session->outputDir())));
        return false;
    }
    useBatchOptions();
    const QList<ItemId> runIds = m_engine->add(plan.toRun(), plan.toRunNames());
    QList<ItemId> ids;
    for (int i = 0, next = 0; i < plan.entries.size(); ++i) {
        ids.append(plan.carried[i] ? kCarriedIdBase + ItemId(i) : runIds[next++]);
        if (plan.entries[i].valid)
            m_known.insert(UrlList::redacted(plan.entries[i].url));
    }
    m_model->addItems(ids, plan.entries);
    m_model->applyResults(plan.carriedResults(ids));
    m_session->addPlan(ids, session->lines, plan);
    statusBar()->showMessage(tr("Resumed in %1: %2 finished earlier, %3 to download")
                                 .arg(QDir::toNativeSeparators(m_session->outputDir()))
                                 .arg(plan.results.size())
                                 .arg(runIds.size()));
    start();
    return true;
}

void MainWindow::useCredentials(const QString &key, const QString &user, const QString &password,
                                const QList<ItemId> &ids)
{
    m_engine->setCredentials(key, user, password);
    retryIds(ids);
}

void MainWindow::copyColumn(Column column, bool failedOnly)
{
    QStringList lines;
    if (failedOnly) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, int(column));
            if (S(index.data(TransferModel::StateRole).toInt()) == S::Failed)
                lines << index.data().toString();
        }
    } else {
        for (int row : m_view->selectedSourceRows())
            lines << m_model->index(row, int(column)).data().toString();
    }
    lines.removeAll(QString());
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    statusBar()->showMessage(
        (lines.size() == 1 ? tr("Copied 1 line") : tr("Copied %1 lines").arg(lines.size())), 5000);
}

void MainWindow::openSelected(bool folder)
{
    const QList<int> rows = m_view->selectedSourceRows();
    if (rows.isEmpty())
        return;
    const QString file =
        m_model->index(rows.first(), int(Column::File)).data(TransferModel::RawRole).toString();
    const QFileInfo info(file);
    if (!folder && (file.isEmpty() || !info.isFile())) {
        statusBar()->showMessage(tr("No downloaded file for this row yet"), 5000);
        return;
    }
    const QString target =
        folder ? (info.isFile() ? info.absolutePath() : m_engine->options().outputDir)
               : info.absoluteFilePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
        statusBar()->showMessage(tr("Could not open %1").arg(target), 5000);
}

bool MainWindow::exportCsv(const QString &path, QString *error)
{
    QString message;
    const bool ok = CsvWriter::write(path, m_model->results(), &message);
    if (error)
        *error = message;
    const TransferModel::Summary s = m_model->summary();
    const int unfinished = s.count(S::Queued) + s.count(S::Active) + s.count(S::RetryWait);
    if (!ok)
        statusBar()->showMessage(tr("Export failed: %1").arg(message));
    else if (unfinished > 0)
        statusBar()->showMessage(tr("Exported %1 rows; %2 not finished yet are marked cancelled")
                                     .arg(m_model->rowCount())
                                     .arg(unfinished));
    else
        statusBar()->showMessage(tr("Exported %1 rows to %2").arg(m_model->rowCount()).arg(path));
    return ok;
}

void MainWindow::chooseExport()
{
    QSettings store;
    const QString dir =
        store.value(QStringLiteral("window/lastExportDir"), m_settings.engine.outputDir).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export results"), QDir(dir).filePath(QStringLiteral("fanout-results.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    store.setValue(QStringLiteral("window/lastExportDir"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings store;
    dialog.settings().save(store);
    applySettings(dialog.settings());
}

void MainWindow::onIdle()
{
    if (!m_batchOpen || !m_engine->isStarted())
        return;
    m_model->flush(); // the summary must count the last results
    const TransferModel::Summary s = m_model->summary();
    if (s.count(S::Queued) + s.count(S::Active) + s.count(S::RetryWait) > 0)
        return;
    m_batchOpen = false;
    m_session->rest(); // every row is final: nothing left to resume, unless one is retried
    notify(tr("Batch finished: %1 ok, %2 failed, %3 cancelled")
               .arg(s.count(S::Done))
               .arg(s.count(S::Failed))
               .arg(s.count(S::Cancelled)));
}

void MainWindow::notify(const QString &message)
{
    statusBar()->showMessage(message);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("Fanout"));
        }
        m_tray->show();
        m_tray->showMessage(tr("Fanout"), message);
    }
    QApplication::alert(this);
    Q_EMIT batchFinished(message);
}

void MainWindow::updateSummary()
{
    m_summary->setSummary(m_model->summary(), m_model->history());
    updateActions();
}

void MainWindow::updateActions()
{
    const TransferModel::Summary s = m_model->summary();
    WindowActions &a = m_actions;
    m_gate->update(s); // settles a finished batch, enables Start and Pause
    a.cancelAll->setEnabled(s.count(TransferModel::Group::Unfinished) > 0);
    a.retryFailed->setEnabled(s.count(S::Failed) > 0);
    a.copyFailedUrls->setEnabled(s.count(S::Failed) > 0);
    a.exportCsv->setEnabled(s.total > 0);
    // Runs on every summary tick: hasSelection() stays cheap with 100,000 rows selected.
    const bool selected = m_view->table()->selectionModel()->hasSelection();
    for (QAction *row : a.rowActions())
        row->setEnabled(selected);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!QuitQuestion::mayQuit(this, m_model->summary(), m_engine->options(),
                               m_session->isOpen())) {
        event->ignore(); // the window stays, the batch runs on
        return;
    }
    QSettings store;
    store.setValue(QStringLiteral("window/geometry"), saveGeometry());
    store.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    store.setValue(QStringLiteral("window/columns"), m_view->saveState());
    m_session->flush(); // the journal is written in the background: all of it is on disk now
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    QStringList links;
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                addFile(url.toLocalFile());
            else
                links << url.toString();
        }
    } else if (mime->hasText()) {
        links << mime->text();
    }
    if (!links.isEmpty())
        m_input->submitText(links.join(QLatin1Char('\n')), tr("the dropped text"));
    event->acceptProposedAction();
}
