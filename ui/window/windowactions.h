#pragma once

#include <QList>

class QAction;
class QActionGroup;
class QObject;

// Every command of the window as a QAction with its text, icon, shortcut, tooltip and object
// name (tests find them by name). Row actions act on the selected rows and are only active
// while the table has focus, so Delete or Ctrl+C keep their meaning in text fields.
struct WindowActions
{
    explicit WindowActions(QObject *owner);

    QAction *addFromFile;
    QAction *addChecksums; // a checksum file's digests onto the paste area's lines
    QAction *exportCsv;
    QAction *quit;
    QAction *paste; // Ctrl+V in the table
    QAction *focusPaste;
    QAction *find;
    QAction *start;
    QAction *pause;     // checkable: checked = paused
    QAction *startAt;   // start the waiting rows at a time of day (ScheduledStart)
    QAction *autoStart; // checkable: added rows start at once instead of waiting for Start
    QAction *cancelAll;
    QAction *retryFailed;
    QAction *clearList; // cancel and forget every row, and the saved session (asks first)
    QAction *copyFailedUrls;
    QAction *exportFailedList; // the rows not ok, as a list that runs them again
    QAction *settings;
    QAction *showAll;
    QAction *showActive;
    QAction *showFailed;
    QAction *showDone;
    QAction *showCancelled;
    QAction *showInvalid;
    // Edit > Watch the Clipboard (checkable, AppSettings::Desktop::watchClipboard).
    QAction *watchClipboard;
    // View > Theme: one checked at a time, in ThemePalette::Theme's order.
    QAction *themeSystem;
    QAction *themeLight;
    QAction *themeDark;
    QActionGroup *themes;
    // Row actions
    QAction *retry;
    QAction *checkForUpdates; // done rows: ask whether their files changed
    QAction *cancel;
    QAction *remove;
    QAction *copyUrl;
    QAction *copyError;
    QAction *openFile;
    QAction *openFolder;
    QAction *limitSpeed; // a speed cap for the selected rows
    QAction *changeUrl;  // the current row goes on at another URL
    QAction *rowSeparator;

    QList<QAction *> rowActions() const;
    // The table's context menu: the row actions, a separator, and Paste URLs.
    QList<QAction *> contextMenuActions() const;
    // View > Show ...: one per TransferModel::Group, in its order.
    QList<QAction *> groupActions() const;
    // View > Theme: System, Light, Dark.
    QList<QAction *> themeActions() const;
    // The commands of the whole window (not the row actions): their keys must work from
    // the search and paste boxes too.
    QList<QAction *> windowCommands() const;
};
