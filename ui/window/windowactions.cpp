#include "windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("WindowActions", text);
}

QAction *make(QObject *owner, const char *name, const QString &text, const QString &icon,
              const QList<QKeySequence> &keys, const QString &tip)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(QString::fromLatin1(name));
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    action->setShortcuts(keys);
    // Tooltips name the shortcut, so the keyboard is discoverable from the mouse.
    const QString key =
        keys.isEmpty() ? QString() : keys.first().toString(QKeySequence::NativeText);
    action->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key));
    action->setStatusTip(tip);
    return action;
}
} // namespace

WindowActions::WindowActions(QObject *owner)
    : addFromFile(make(owner, "actionAddFromFile", tr("Add from &File…"),
                       QStringLiteral("add-file"), {QKeySequence::Open},
                       tr("Add the URLs listed in a file: a list, an aria2 input file, a "
                          "Metalink document or a results CSV"))),
      addChecksums(make(owner, "actionAddChecksums", tr("Add &Checksums…"), {}, {},
                        tr("Attach the digests of a checksum file (SHA256SUMS, …) to the URLs "
                           "in the paste area, by file name"))),
      exportCsv(make(owner, "actionExportCsv", tr("&Export CSV…"), QStringLiteral("export"),
                     {QKeySequence(Qt::CTRL | Qt::Key_E)},
                     tr("Save one line per download, as the headless mode's --csv"))),
      quit(make(owner, "actionQuit", tr("&Quit"), {}, {QKeySequence::Quit}, tr("Close Fanout"))),
      paste(make(owner, "actionPaste", tr("&Paste URLs"), QStringLiteral("paste"),
                 {QKeySequence::Paste}, tr("Add the URLs on the clipboard"))),
      focusPaste(make(owner, "actionFocusPaste", tr("Go to the Paste &Area"), {},
                      {QKeySequence(Qt::CTRL | Qt::Key_L)},
                      tr("Move the focus to the paste area"))),
      find(make(owner, "actionFind", tr("&Find…"), {}, {QKeySequence::Find},
                tr("Search the downloads by URL, file or error"))),
      start(make(owner, "actionStart", tr("&Start"), QStringLiteral("start"),
                 {QKeySequence(Qt::Key_F5)}, tr("Start downloading the rows that wait for Start"))),
      pause(make(owner, "actionPause", tr("&Pause"), QStringLiteral("pause"),
                 {QKeySequence(Qt::Key_F6), QKeySequence(Qt::Key_Pause)},
                 tr("Pause or resume every download"))),
      startAt(make(owner, "actionStartAt", tr("Start a&t…"), {},
                   {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
                   tr("Start the rows that wait for Start at a time you choose"))),
      autoStart(make(owner, "actionAutoStart", tr("Start downloads as soon as they are &added"), {},
                     {},
                     tr("On: added URLs start at once. Off: they wait for Start, also after an "
                        "earlier batch has finished"))),
      cancelAll(make(owner, "actionCancelAll", tr("Cancel &All"), QStringLiteral("cancel"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
                     tr("Cancel every download that has not finished"))),
      retryFailed(make(owner, "actionRetryFailed", tr("Retry &Failed"), QStringLiteral("retry"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                       tr("Run every failed download again"))),
      clearList(make(owner, "actionClearList", tr("C&lear List…"), QStringLiteral("remove"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)},
                     tr("Cancel every download and empty the list"))),
      copyFailedUrls(make(owner, "actionCopyFailedUrls", tr("Copy Failed &URLs"),
                          QStringLiteral("copy"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                          tr("Copy the URLs of the failed downloads, one per line"))),
      exportFailedList(make(owner, "actionExportFailedList", tr("Export Failed as &List…"), {},
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                            tr("Save the downloads that did not end ok as a list that runs them "
                               "again (names, folders, digests, mirrors kept; as --failed-list)"))),
      settings(make(owner, "actionSettings", tr("Se&ttings…"), QStringLiteral("settings"),
                    {QKeySequence(Qt::CTRL | Qt::Key_Comma)},
                    tr("Output folder, parallel downloads, timeouts, retries"))),
      showAll(make(owner, "actionShowAll", tr("Show &All"), {}, {QKeySequence(Qt::ALT | Qt::Key_1)},
                   tr("Show every download"))),
      showActive(make(owner, "actionShowActive", tr("Show &Unfinished"), {},
                      {QKeySequence(Qt::ALT | Qt::Key_2)},
                      tr("Show queued, downloading, paused and retrying downloads"))),
      showFailed(make(owner, "actionShowFailed", tr("Show &Failed"), {},
                      {QKeySequence(Qt::ALT | Qt::Key_3)}, tr("Show failed downloads"))),
      showDone(make(owner, "actionShowDone", tr("Show &Done"), {},
                    {QKeySequence(Qt::ALT | Qt::Key_4)}, tr("Show finished downloads"))),
      showCancelled(make(owner, "actionShowCancelled", tr("Show Ca&ncelled"), {},
                         {QKeySequence(Qt::ALT | Qt::Key_5)}, tr("Show cancelled downloads"))),
      showInvalid(make(owner, "actionShowInvalid", tr("Show &Invalid"), {},
                       {QKeySequence(Qt::ALT | Qt::Key_6)},
                       tr("Show the lines that are not URLs Fanout can fetch"))),
      watchClipboard(make(owner, "actionWatchClipboard", tr("&Watch the Clipboard"), {}, {},
                          tr("Offer the links of text copied in any program (never added "
                             "without Add)"))),
      themeSystem(
          make(owner, "actionThemeSystem", tr("&System"), {}, {}, tr("The desktop's colours"))),
      themeLight(make(owner, "actionThemeLight", tr("&Light"), {}, {}, tr("Light colours"))),
      themeDark(make(owner, "actionThemeDark", tr("&Dark"), {}, {}, tr("Dark colours"))),
      themes(new QActionGroup(owner)),
      retry(make(owner, "actionRetry", tr("&Retry"), QStringLiteral("retry"),
                 {QKeySequence(Qt::CTRL | Qt::Key_R)}, tr("Run the selected downloads again"))),
      checkForUpdates(make(owner, "actionCheckForUpdates", tr("Check for &Updates"), {},
                           {QKeySequence(Qt::CTRL | Qt::Key_U)},
                           tr("Ask whether the selected finished downloads changed on the server; "
                              "a new version replaces a file you have not changed"))),
      cancel(make(owner, "actionCancel", tr("&Cancel"), QStringLiteral("cancel"),
                  {QKeySequence(Qt::CTRL | Qt::Key_K)}, tr("Cancel the selected downloads"))),
      remove(make(owner, "actionRemove", tr("Re&move"), QStringLiteral("remove"),
                  {QKeySequence::Delete}, tr("Cancel and remove the selected rows"))),
      copyUrl(make(owner, "actionCopyUrl", tr("Copy &URL"), QStringLiteral("copy"),
                   {QKeySequence::Copy}, tr("Copy the selected URLs"))),
      copyError(make(owner, "actionCopyError", tr("Copy &Error"), {},
                     {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)},
                     tr("Copy the errors of the selected rows"))),
      openFile(make(owner, "actionOpenFile", tr("&Open File"), QStringLiteral("open"),
                    {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                    tr("Open the downloaded file"))),
      openFolder(make(owner, "actionOpenFolder", tr("Open Containing &Folder"),
                      QStringLiteral("folder"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                      tr("Show the downloaded file in its folder"))),
      limitSpeed(make(owner, "actionLimitSpeed", tr("Limit &Speed…"), {},
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                      tr("Cap the download speed of the selected rows (0 lifts the cap)"))),
      changeUrl(make(owner, "actionChangeUrl", tr("Change &URL…"), {},
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
                     tr("Go on from another URL: the part file is continued when the new URL "
                        "serves the same file, and the list's digests still apply"))),
      rowSeparator(new QAction(owner))
{
    rowSeparator->setSeparator(true);
    pause->setCheckable(true);
    autoStart->setCheckable(true);
    watchClipboard->setCheckable(true);
    themes->setExclusive(true);
    for (QAction *theme : themeActions()) {
        theme->setCheckable(true);
        themes->addAction(theme);
    }
    themeSystem->setChecked(true);
    for (QAction *a : rowActions())
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

QList<QAction *> WindowActions::groupActions() const
{
    return {showAll, showActive, showFailed, showDone, showCancelled, showInvalid};
}

QList<QAction *> WindowActions::themeActions() const
{
    return {themeSystem, themeLight, themeDark};
}

QList<QAction *> WindowActions::windowCommands() const
{
    return QList<QAction *>{
               addFromFile,      exportCsv, quit,      focusPaste,  find,      start,
               startAt,          pause,     cancelAll, retryFailed, clearList, copyFailedUrls,
               exportFailedList, settings} +
           groupActions();
}

QList<QAction *> WindowActions::contextMenuActions() const
{
    QList<QAction *> actions = rowActions();
    actions.insert(3, rowSeparator);
    actions.append(paste);
    return actions;
}

QList<QAction *> WindowActions::rowActions() const
{
    return {retry,    cancel,     remove,     copyUrl,         copyError,
            openFile, openFolder, limitSpeed, checkForUpdates, changeUrl};
}
