#pragma once

#include <QMainWindow>

#include "appsettings.h"
#include "apptheme.h"
#include "transfermodel.h"
#include "windowactions.h"

class AuthPrompter;
class BatchNotifier;
class BatchSession;
class ClipboardBar;
class ClipboardWatcher;
class DownloadList;
class Engine;
class InputPanel;
class OutputFolderLabel;
class ResumeBar;
class ScheduledStart;
class SessionKeeper;
class StartGate;
class QSplitter;
class SummaryBar;
class TransferView;
class UrlIntake;
class WindowHooks;
class WindowCommands;

// The window: assembles the input panel, the table, the summary bar, the resume bar and the
// status bar around one Engine and one TransferModel, and connects its parts. What the
// commands do (WindowCommands), where they sit (WindowMenus), the rows (DownloadList), the
// session on disk (BatchSession), URLs from files, drops and the clipboard (UrlIntake), copied
// links offered (ClipboardWatcher, ClipboardBar), the theme (AppTheme) and the notification
// of a batch's end (BatchNotifier) live in their own classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    TransferModel *model() const { return m_model; }
    InputPanel *inputPanel() const { return m_input; }
    TransferView *transferView() const { return m_view; }
    SummaryBar *summaryBar() const { return m_summary; }
    const AppSettings &settings() const;
    void applySettings(const AppSettings &settings);

    // Reads a list file and adds its URLs (`fanout LIST`, Add from file, a dropped file).
    bool addFile(const QString &path);
    // Writes every row's result, in table order, with the headless mode's CSV writer.
    bool exportCsv(const QString &path, QString *error = nullptr);
    // Export Failed as List to `path` (what its file dialog would choose).
    bool exportFailedList(const QString &path, QString *error = nullptr);
    // Caps the selected rows' speed (bytes a second; 0 lifts the cap), at once when running.
    void limitSelectedSpeed(qint64 bytesPerSecond);

    ResumeBar *resumeBar() const { return m_resumeBar; }
    ClipboardBar *clipboardBar() const { return m_clipBar; }
    ClipboardWatcher *clipboardWatcher() const { return m_clipboard; }
    BatchNotifier *notifier() const { return m_notifier; }
    BatchSession *batchSession() const { return m_session; }
    SessionKeeper *sessionKeeper() const;
    AuthPrompter *authPrompter() const { return m_auth; }
    StartGate *startGate() const { return m_gate; }
    ScheduledStart *scheduledStart() const { return m_scheduledStart; }
    DownloadList *downloadList() const { return m_list; }
    WindowCommands *commands() const { return m_commands; }
    // Brings back the unfinished session offered in the resume bar: finished rows with their
    // results, the rest queued (continuing their part files) and started. False: none.
    bool resumeSession();
    // Cancels and forgets every row and the saved session; the search is cleared and row
    // numbers start at 1 again. Clear List asks first when there are rows; this does not.
    void clearList();

Q_SIGNALS:
    // The batch ran dry: every item added so far has its result. `message` is what was shown.
    void batchFinished(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void layOut();
    void connectParts();
    void restoreLayout();
    void updateSummary();
    void notify(const QString &message);
    // Theme, clipboard watching and notifications, from Settings or at start.
    void applyDesktop(const AppSettings::Desktop &desktop);
    void connectDesktop();

    WindowActions m_actions;
    TransferModel *m_model;
    Engine *m_engine = nullptr;
    InputPanel *m_input;
    TransferView *m_view;
    SummaryBar *m_summary;
    QSplitter *m_splitter;
    OutputFolderLabel *m_outputLabel;
    ResumeBar *m_resumeBar;
    AuthPrompter *m_auth;
    BatchSession *m_session = nullptr;
    StartGate *m_gate = nullptr;
    UrlIntake *m_intake = nullptr;
    DownloadList *m_list = nullptr;
    WindowCommands *m_commands = nullptr;
    WindowHooks *m_hooks = nullptr;
    ScheduledStart *m_scheduledStart = nullptr;
    AppTheme m_theme;
    bool m_themeApplied = false; // the stored theme is put on at start, System included
    ClipboardWatcher *m_clipboard;
    ClipboardBar *m_clipBar;
    BatchNotifier *m_notifier;
};
