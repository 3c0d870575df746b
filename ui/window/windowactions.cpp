#include "windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>

namespace {
// The translation context of this file's texts (lupdate reads the macro; a free tr() it
// could not place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WindowActions)
};

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
    : addFromFile(make(owner, "actionAddFromFile", Text::tr("Add from &File…"),
                       QStringLiteral("add-file"), {QKeySequence::Open},
                       Text::tr("Add the URLs listed in a file: a list, an aria2 input file, a "
                                "Metalink document or a results CSV"))),
      addChecksums(
          make(owner, "actionAddChecksums", Text::tr("Add &Checksums…"), {}, {},
               Text::tr("Attach the digests of a checksum file (SHA256SUMS, …) to the URLs "
                        "in the paste area, by file name"))),
      exportCsv(make(owner, "actionExportCsv", Text::tr("&Export CSV…"), QStringLiteral("export"),
                     {QKeySequence(Qt::CTRL | Qt::Key_E)},
                     Text::tr("Save one line per download, as the headless mode's --csv"))),
      quit(make(owner, "actionQuit", Text::tr("&Quit"), {}, {QKeySequence::Quit},
                Text::tr("Close Fanout"))),
      paste(make(owner, "actionPaste", Text::tr("&Paste URLs"), QStringLiteral("paste"),
                 {QKeySequence::Paste}, Text::tr("Add the URLs on the clipboard"))),
      focusPaste(make(owner, "actionFocusPaste", Text::tr("Go to the Paste &Area"), {},
                      {QKeySequence(Qt::CTRL | Qt::Key_L)},
                      Text::tr("Move the focus to the paste area"))),
      find(make(owner, "actionFind", Text::tr("&Find…"), {}, {QKeySequence::Find},
                Text::tr("Search the downloads by URL, file or error"))),
      start(make(owner, "actionStart", Text::tr("&Start"), QStringLiteral("start"),
                 {QKeySequence(Qt::Key_F5)},
                 Text::tr("Start downloading the rows that wait for Start"))),
      pause(make(owner, "actionPause", Text::tr("&Pause"), QStringLiteral("pause"),
                 {QKeySequence(Qt::Key_F6), QKeySequence(Qt::Key_Pause)},
                 Text::tr("Pause or resume every download"))),
      startAt(make(owner, "actionStartAt", Text::tr("Start a&t…"), {},
                   {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
                   Text::tr("Start the rows that wait for Start at a time you choose"))),
      autoStart(make(
          owner, "actionAutoStart", Text::tr("Start downloads as soon as they are a&dded"), {}, {},
          Text::tr("On: added URLs start at once. Off: they wait for Start, also after an "
                   "earlier batch has finished"))),
      cancelAll(make(owner, "actionCancelAll", Text::tr("Cancel &All"), QStringLiteral("cancel"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
                     Text::tr("Cancel every download that has not finished"))),
      retryFailed(make(owner, "actionRetryFailed", Text::tr("Retry &Failed"),
                       QStringLiteral("retry"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                       Text::tr("Run every failed download again"))),
      clearList(make(owner, "actionClearList", Text::tr("C&lear List…"), QStringLiteral("remove"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)},
                     Text::tr("Cancel every download and empty the list"))),
      copyFailedUrls(make(owner, "actionCopyFailedUrls", Text::tr("Cop&y Failed URLs"),
                          QStringLiteral("copy"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                          Text::tr("Copy the URLs of the failed downloads, one per line"))),
      exportFailedList(
          make(owner, "actionExportFailedList", Text::tr("Export Failed as &List…"), {},
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
               Text::tr("Save the downloads that did not end ok as a list that runs them "
                        "again (names, folders, digests, mirrors kept; as --failed-list)"))),
      settings(make(owner, "actionSettings", Text::tr("Se&ttings…"), QStringLiteral("settings"),
                    {QKeySequence(Qt::CTRL | Qt::Key_Comma)},
                    Text::tr("Output folder, parallel downloads, timeouts, retries"))),
      showAll(make(owner, "actionShowAll", Text::tr("Show &All"), {},
                   {QKeySequence(Qt::ALT | Qt::Key_1)}, Text::tr("Show every download"))),
      showActive(make(owner, "actionShowActive", Text::tr("Show &Unfinished"), {},
                      {QKeySequence(Qt::ALT | Qt::Key_2)},
                      Text::tr("Show queued, downloading, paused and retrying downloads"))),
      showFailed(make(owner, "actionShowFailed", Text::tr("Show &Failed"), {},
                      {QKeySequence(Qt::ALT | Qt::Key_3)}, Text::tr("Show failed downloads"))),
      showDone(make(owner, "actionShowDone", Text::tr("Show &Done"), {},
                    {QKeySequence(Qt::ALT | Qt::Key_4)}, Text::tr("Show finished downloads"))),
      showCancelled(make(owner, "actionShowCancelled", Text::tr("Show Ca&ncelled"), {},
                         {QKeySequence(Qt::ALT | Qt::Key_5)},
                         Text::tr("Show cancelled downloads"))),
      showInvalid(make(owner, "actionShowInvalid", Text::tr("Show &Invalid"), {},
                       {QKeySequence(Qt::ALT | Qt::Key_6)},
                       Text::tr("Show the lines that are not URLs Fanout can fetch"))),
      watchClipboard(make(owner, "actionWatchClipboard", Text::tr("&Watch the Clipboard"), {}, {},
                          Text::tr("Offer the links of text copied in any program (never added "
                                   "without Add)"))),
      themeSystem(make(owner, "actionThemeSystem", Text::tr("&System"), {}, {},
                       Text::tr("The desktop's colours"))),
      themeLight(
          make(owner, "actionThemeLight", Text::tr("&Light"), {}, {}, Text::tr("Light colours"))),
      themeDark(
          make(owner, "actionThemeDark", Text::tr("&Dark"), {}, {}, Text::tr("Dark colours"))),
      themes(new QActionGroup(owner)),
      retry(make(owner, "actionRetry", Text::tr("Retr&y"), QStringLiteral("retry"),
                 {QKeySequence(Qt::CTRL | Qt::Key_R)},
                 Text::tr("Run the selected downloads again"))),
      checkForUpdates(
          make(owner, "actionCheckForUpdates", Text::tr("C&heck for Updates"), {},
               {QKeySequence(Qt::CTRL | Qt::Key_U)},
               Text::tr("Ask whether the selected finished downloads changed on the server; "
                        "a new version replaces a file you have not changed"))),
      cancel(make(owner, "actionCancel", Text::tr("&Cancel"), QStringLiteral("cancel"),
                  {QKeySequence(Qt::CTRL | Qt::Key_K)}, Text::tr("Cancel the selected downloads"))),
      remove(make(owner, "actionRemove", Text::tr("Re&move"), QStringLiteral("remove"),
                  {QKeySequence::Delete}, Text::tr("Cancel and remove the selected rows"))),
      copyUrl(make(owner, "actionCopyUrl", Text::tr("Copy &URL"), QStringLiteral("copy"),
                   {QKeySequence::Copy}, Text::tr("Copy the selected URLs"))),
      copyError(make(owner, "actionCopyError", Text::tr("Copy &Error"), {},
                     {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)},
                     Text::tr("Copy the errors of the selected rows"))),
      openFile(make(owner, "actionOpenFile", Text::tr("&Open File"), QStringLiteral("open"),
                    {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                    Text::tr("Open the downloaded file"))),
      openFolder(make(owner, "actionOpenFolder", Text::tr("Open Contai&ning Folder"),
                      QStringLiteral("folder"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                      Text::tr("Show the downloaded file in its folder"))),
      limitSpeed(make(owner, "actionLimitSpeed", Text::tr("L&imit Speed…"), {},
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                      Text::tr("Cap the download speed of the selected rows (0 lifts the cap)"))),
      changeUrl(make(owner, "actionChangeUrl", Text::tr("Chan&ge URL…"), {},
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
                     Text::tr("Go on from another URL: the part file is continued when the new URL "
                              "serves the same file, and the list's digests still apply"))),
      rowSeparator(new QAction(owner))
{
    rowSeparator->setSeparator(true);
    // The toolbar's shorter word for it, where a language's full one would crowd the bar out.
    copyFailedUrls->setIconText(Text::tr("Copy Failed URLs", "toolbar button"));
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
