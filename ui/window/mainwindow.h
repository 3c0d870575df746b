#pragma once

#include <QMainWindow>
#include <QSet>

#include <optional>

#include "appsettings.h"
#include "sessionjournal.h"
#include "transfermodel.h"
#include "windowactions.h"

class AuthPrompter;
class Engine;
class InputPanel;
class OutputFolderLabel;
class ResumeBar;
class SessionKeeper;
class StartGate;
class QLabel;
class QSplitter;
class QSystemTrayIcon;
class SummaryBar;
class TransferView;

// The window: wires the input panel, the table, the summary bar and the actions to one Engine
// and one TransferModel. Layout and commands live in their own classes; this one only connects.
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
    const AppSettings &settings() const { return m_settings; }
    void applySettings(const AppSettings &settings);

    // Reads a list file and adds its URLs (`fanout LIST`, Add from file, a dropped file).
    bool addFile(const QString &path);
    // Writes every row's result, in table order, with the headless mode's CSV writer.
    bool exportCsv(const QString &path, QString *error = nullptr);
    // Caps the selected rows' speed (bytes a second; 0 lifts the cap), at once when running.
    void limitSelectedSpeed(qint64 bytesPerSecond);

    ResumeBar *resumeBar() const { return m_resumeBar; }
    SessionKeeper *sessionKeeper() const { return m_session; }
    AuthPrompter *authPrompter() const { return m_auth; }
    StartGate *startGate() const { return m_gate; }
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
    void buildMenus();
    void connectActions();
    void addEntries(const QList<UrlList::Entry> &entries);
    void start();
    void setPaused(bool paused);
    void retryIds(const QList<ItemId> &ids);
    void askSpeedLimit();
    void removeSelected();
    void copyColumn(TransferModel::Column column, bool failedOnly);
    void openSelected(bool folder);
    void chooseFile();
    void chooseExport();
    void editSettings();
    void pasteClipboard();
    void onIdle();
    void updateActions();
    void updateSummary();
    void notify(const QString &message);
    void offerResume();
    // Hands the engine the Settings' options, saving where the open batch saves; returns
    // what could not be used (the CA file, the proxy).
    QString useBatchOptions();
    void useCredentials(const QString &key, const QString &user, const QString &password,
                        const QList<ItemId> &ids);

    WindowActions m_actions;
    AppSettings m_settings;
    TransferModel *m_model;
    Engine *m_engine;
    InputPanel *m_input;
    TransferView *m_view;
    SummaryBar *m_summary;
    QSplitter *m_splitter;
    OutputFolderLabel *m_outputLabel;
    ResumeBar *m_resumeBar;
    SessionKeeper *m_session;
    AuthPrompter *m_auth;
    StartGate *m_gate = nullptr; // made in connectActions(), once the engine exists
    QSystemTrayIcon *m_tray = nullptr;
    std::optional<SessionJournal::Session> m_offered; // held: a paste must not lose it
    QSet<QString> m_known;    // URLs in the table, to skip a second paste of the same list
    bool m_batchOpen = false; // items were started since the last "batch finished"
};
