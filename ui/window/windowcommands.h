#pragma once

#include <QObject>
#include <QString>

#include "appsettings.h"
#include "transfermodel.h"

class BatchSession;
class DownloadList;
class Engine;
class InputPanel;
class QMainWindow;
class StartGate;
class TransferView;
class UrlIntake;
struct WindowActions;

// What each of the window's commands does: it connects every WindowActions action to its
// handler (the small ones live here: copying a column, opening a file or its folder, the speed
// limit question, the export and Settings dialogs) and keeps the actions enabled only when
// they can act.
class WindowCommands final : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        QMainWindow *window; // the dialogs' parent, and its status bar says what happened
        const WindowActions *actions;
        Engine *engine;
        TransferModel *model;
        TransferView *view;
        InputPanel *input;
        UrlIntake *intake;
        DownloadList *list;
        BatchSession *session;
        StartGate *gate;
    };
    explicit WindowCommands(const Parts &parts, QObject *parent = nullptr);

    // Writes every row's result, in table order, with the headless mode's CSV writer.
    bool exportCsv(const QString &path, QString *error = nullptr);
    // Export Failed as List to `path` (what the file dialog would choose).
    bool exportFailedList(const QString &path, QString *error = nullptr);
    // Caps the selected rows' speed (bytes a second; 0 lifts the cap), at once when running.
    void limitSelectedSpeed(qint64 bytesPerSecond);
    // Enables each action by the model's counts and the table's selection.
    void updateActions();

Q_SIGNALS:
    // The Settings dialog was accepted (its settings are saved already).
    void settingsAccepted(const AppSettings &settings);

private:
    void connectActions();
    void setPaused(bool paused);
    void askSpeedLimit();
    void askNewUrl();
    void copyColumn(TransferModel::Column column, bool failedOnly);
    void openSelected(bool folder);
    void chooseExport();
    void chooseFailedListExport();
    // A save dialog in the last export's folder; empty when cancelled.
    QString askSavePath(const QString &title, const QString &fileName, const QString &filter);
    void editSettings();
    void showMessage(const QString &text, int timeout = 0);

    Parts m_parts;
};
