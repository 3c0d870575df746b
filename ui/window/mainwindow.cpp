#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog> // AuthPrompter holds a QPointer<QDialog>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include "authprompter.h"
#include "batchnotifier.h"
#include "batchsession.h"
#include "clipboardbar.h"
#include "clipboardwatcher.h"
#include "downloadlist.h"
#include "engine.h"
#include "inputpanel.h"
#include "outputfolderlabel.h"
#include "quitquestion.h"
#include "resumebar.h"
#include "scheduledstart.h"
#include "sessionkeeper.h"
#include "startgate.h"
#include "summarybar.h"
#include "transferview.h"
#include "urlintake.h"
#include "windowcommands.h"
#include "windowhooks.h"
#include "windowmenus.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_actions(this), m_model(new TransferModel(this)),
      m_input(new InputPanel(this)), m_view(new TransferView(m_model, this)),
      m_summary(new SummaryBar(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_outputLabel(new OutputFolderLabel(this)), m_resumeBar(new ResumeBar(this)),
      m_auth(new AuthPrompter(this)),
      m_clipboard(new ClipboardWatcher(QApplication::clipboard(), this)),
      m_clipBar(new ClipboardBar(this)), m_notifier(new BatchNotifier(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Fanout"));
    setAcceptDrops(true);
    const AppSettings settings = AppSettings::load(QSettings());
    QString warning; // applySettings() shows it
    m_engine = new Engine(BatchSession::engineOptions(settings, &warning), this);
    m_session = new BatchSession(SessionKeeper::defaultPath(), settings, m_engine, m_model,
                                 m_resumeBar, this);
    m_gate = new StartGate(m_engine, m_model,
                           {m_actions.start, m_actions.pause, m_actions.autoStart}, this);
    m_intake = new UrlIntake(m_input, this, this);
    m_list = new DownloadList({m_engine, m_model, m_view, m_session, m_gate, m_auth}, this);
    m_hooks = new WindowHooks(m_engine, m_model, this);
    m_scheduledStart = new ScheduledStart(m_summary, this);
    m_commands = new WindowCommands(
        {this, &m_actions, m_engine, m_model, m_view, m_input, m_intake, m_list, m_session, m_gate},
        this);

    layOut();
    WindowMenus::build(this, m_actions, m_view);
    connectParts();
    connectDesktop();
    restoreLayout();
    applySettings(settings);
    updateSummary();
    m_session->offerResume();
}

MainWindow::~MainWindow() = default;

void MainWindow::layOut()
{
    m_splitter->addWidget(m_input);
    auto *table = new QWidget(this); // the clipboard's offer sits right over the table
    auto *tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(2);
    tableLayout->addWidget(m_clipBar);
    tableLayout->addWidget(m_view, 1);
    m_splitter->addWidget(table);
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
}

void MainWindow::connectParts()
{
    // Before the list adds them: the gate holds the rows before they reach the engine.
    connect(m_input, &InputPanel::entriesSubmitted, m_gate, &StartGate::beforeAdd);
    connect(m_input, &InputPanel::entriesSubmitted, m_list, &DownloadList::add);
    m_input->setKnownUrls([list = m_list] { return list->knownUrls(); });
    connect(m_input, &InputPanel::addFromFileRequested, m_intake, &UrlIntake::chooseFile);
    connect(m_engine, &Engine::itemsChanged, m_model, &TransferModel::applyUpdates);
    connect(m_engine, &Engine::itemsFinished, m_model, &TransferModel::applyResults);
    connect(m_engine, &Engine::idle, m_session, &BatchSession::checkEnded);
    // The journal sees every change the table sees, in the same order.
    SessionKeeper *keeper = m_session->keeper();
    connect(m_engine, &Engine::itemsChanged, keeper, &SessionKeeper::recordUpdates);
    connect(m_engine, &Engine::itemsFinished, keeper, &SessionKeeper::recordResults);
    connect(m_engine, &Engine::itemsFinished, m_auth, &AuthPrompter::inspect);
    connect(m_engine, &Engine::itemsFinished, m_hooks, &WindowHooks::itemsFinished);

    QStatusBar *status = statusBar();
    connect(m_session, &BatchSession::message, status, &QStatusBar::showMessage);
    connect(m_session, &BatchSession::folderChanged, m_outputLabel, &OutputFolderLabel::showFolder);
    connect(m_session, &BatchSession::resumed, m_list, [list = m_list](const QStringList &urls) {
        list->addKnown(urls);
        list->start();
    });
    connect(m_session, &BatchSession::ended, this, &MainWindow::notify);
    connect(m_session, &BatchSession::ended, m_hooks, &WindowHooks::batchEnded);
    connect(m_hooks, &WindowHooks::message, status, &QStatusBar::showMessage);
    // Start at…: the rows that wait for Start start then; Start now ends the wait.
    connect(m_actions.startAt, &QAction::triggered, this, [this] { m_scheduledStart->ask(this); });
    connect(m_scheduledStart, &ScheduledStart::due, m_list, &DownloadList::start);
    connect(m_scheduledStart, &ScheduledStart::queuedNoteChanged, m_model,
            &TransferModel::setQueuedNote);
    connect(m_actions.start, &QAction::triggered, m_scheduledStart, &ScheduledStart::cancel);
    connect(m_actions.start, &QAction::changed, m_actions.startAt,
            [a = &m_actions] { a->startAt->setEnabled(a->start->isEnabled()); });
    connect(m_list, &DownloadList::message, status, &QStatusBar::showMessage);
    connect(m_list, &DownloadList::changed, m_commands, &WindowCommands::updateActions);
    connect(m_list, &DownloadList::cleared, this, &MainWindow::updateSummary);
    connect(m_intake, &UrlIntake::message, status, &QStatusBar::showMessage);
    connect(m_commands, &WindowCommands::settingsAccepted, this, &MainWindow::applySettings);
    connect(m_auth, &AuthPrompter::credentialsEntered, this,
            [this](const QString &key, const QString &user, const QString &password,
                   const QList<ItemId> &ids) {
                m_engine->setCredentials(key, user, password);
                m_list->retry(ids);
            });
    connect(m_auth, &AuthPrompter::retryRequested, m_list, &DownloadList::retry);
    connect(m_model, &TransferModel::summaryChanged, this, &MainWindow::updateSummary);
    connect(m_view, &TransferView::selectionChanged, m_commands, &WindowCommands::updateActions);
}

void MainWindow::connectDesktop()
{
    m_clipboard->setKnownUrls([list = m_list] { return list->knownUrls(); });
    connect(m_clipboard, &ClipboardWatcher::offerChanged, m_clipBar, &ClipboardBar::offer);
    connect(m_clipBar, &ClipboardBar::addRequested, this, [this](const QStringList &links) {
        m_clipboard->take();
        // The paste path: the same checks, and the same feedback, as Paste URLs.
        m_input->submitText(links.join(QLatin1Char('\n')), tr("the clipboard"));
    });
    connect(m_clipBar, &ClipboardBar::dismissRequested, m_clipboard, &ClipboardWatcher::dismiss);
    connect(m_actions.watchClipboard, &QAction::toggled, this, [this](bool on) {
        m_clipboard->setEnabled(on);
        QSettings store;
        AppSettings::Desktop::saveWatchClipboard(store, on);
    });
    connect(m_actions.themes, &QActionGroup::triggered, this, [this](QAction *chosen) {
        const auto theme = ThemePalette::Theme(m_actions.themeActions().indexOf(chosen));
        m_theme.apply(theme);
        QSettings store;
        AppSettings::Desktop::saveTheme(store, theme);
    });
}

void MainWindow::applyDesktop(const AppSettings::Desktop &desktop)
{
    if (desktop.theme != m_theme.current() || !m_themeApplied) {
        m_theme.apply(desktop.theme);
        m_themeApplied = true;
    }
    m_actions.themeActions().at(int(desktop.theme))->setChecked(true);
    m_actions.watchClipboard->setChecked(desktop.watchClipboard);
    m_clipboard->setEnabled(desktop.watchClipboard);
    m_notifier->setEnabled(desktop.notifyBatchEnd);
}

void MainWindow::restoreLayout()
{
    const QSettings store;
    if (!restoreGeometry(store.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 720);
    resize(size().boundedTo(screen()->availableSize())); // an 800 × 600 screen shows it all
    if (!m_splitter->restoreState(store.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({160, 600}); // the table is what people watch
    m_view->restoreState(store.value(QStringLiteral("window/columns")).toByteArray());
}

const AppSettings &MainWindow::settings() const
{
    return m_session->settings();
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_session->applySettings(settings);
    m_auth->setProxy(settings.engine.proxy);
    m_hooks->setSettings(settings);
    applyDesktop(settings.desktop);
}

bool MainWindow::addFile(const QString &path)
{
    return m_intake->addFile(path);
}

bool MainWindow::exportCsv(const QString &path, QString *error)
{
    return m_commands->exportCsv(path, error);
}

bool MainWindow::exportFailedList(const QString &path, QString *error)
{
    return m_commands->exportFailedList(path, error);
}

void MainWindow::limitSelectedSpeed(qint64 bytesPerSecond)
{
    m_commands->limitSelectedSpeed(bytesPerSecond);
}

SessionKeeper *MainWindow::sessionKeeper() const
{
    return m_session->keeper();
}

bool MainWindow::resumeSession()
{
    return m_session->resume();
}

void MainWindow::clearList()
{
    m_list->clear();
}

void MainWindow::notify(const QString &message)
{
    statusBar()->showMessage(message);
    const TransferModel::Summary s = m_model->summary();
    using S = TransferModel::RowState;
    m_notifier->batchEnded(s.count(S::Done), s.count(S::Failed), s.count(S::Cancelled));
    Q_EMIT batchFinished(message);
}

void MainWindow::updateSummary()
{
    m_summary->setSummary(m_model->summary(), m_model->history());
    m_commands->updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!QuitQuestion::mayQuit(this, *m_model, m_engine->options(),
                               m_session->keeper()->isOpen())) {
        event->ignore(); // the window stays, the batch runs on
        return;
    }
    QSettings store;
    store.setValue(QStringLiteral("window/geometry"), saveGeometry());
    store.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    store.setValue(QStringLiteral("window/columns"), m_view->saveState());
    m_session->keeper()->flush(); // the journal is written in the background: all is on disk now
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (UrlIntake::accepts(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_intake->drop(event->mimeData());
    event->acceptProposedAction();
}
