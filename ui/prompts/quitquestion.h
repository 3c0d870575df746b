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
class QuitQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(QuitQuestion)

public:
    // True: the window may close. `batch`: the engine's options, where the part files are;
    // `journaled`: the session keeps the list (false for rows retried after their batch ended).
    // `model`: the batch's rows, counted when the question opens.
    static bool mayQuit(QWidget *parent, const TransferModel &model, const EngineOptions &batch,
                        bool journaled);

private:
    // The question's details as rich text: where the files stay, the folder on a line of its
    // own, then what happens next (`then`).
    static QString folderText(const QFontMetrics &metrics, const QString &folder,
                              const QString &then);
};
