#pragma once

#include <QCoreApplication>
#include <QString>

#include "engineoptions.h"
#include "transfermodel.h"

class QFontMetrics;
class QWidget;

// The question before the window closes with downloads unfinished (queued, running or waiting
// to retry): "Quit and continue later" closes and keeps every part file, its .part.meta and the
// session, so the next start offers to continue them with Range; "Cancel" keeps the window open
// and the batch running. Nothing is asked when nothing is unfinished.
// The batch runs on behind the question, so its count follows the model's summary while it is
// open. When the last download ends meanwhile, the question closes by itself and the window
// closes: the user asked to quit, and a finished batch is never asked about, so a Cancel the
// user may have been about to press would only have kept a window with nothing left to run.
// A button pressed before that (in the same turn of the event loop) still decides. The batch
// hook its end has just started is killed with the window, as whenever the window closes while a
// hook runs (HookRunner).
class QuitQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(QuitQuestion)

public:
    // True: the window may close. `model`: the batch's rows, followed while the question is
    // open; `batch`: the engine's options, where the part files are; `journaled`: the session
    // keeps the list (false for rows retried after their batch ended).
    static bool mayQuit(QWidget *parent, const TransferModel &model, const EngineOptions &batch,
                        bool journaled);

private:
    // Queued, running (paused included) or waiting to retry.
    static int unfinishedIn(const TransferModel::Summary &summary);
    // "N downloads are not finished yet.", the question's text.
    static QString unfinishedText(int unfinished);
    // The question's details as rich text: where the files stay, the folder on a line of its
    // own, then what happens next (`then`).
    static QString folderText(const QFontMetrics &metrics, const QString &folder,
                              const QString &then);
};
