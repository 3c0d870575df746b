#include "quitquestion.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

bool QuitQuestion::mayQuit(QWidget *parent, const TransferModel::Summary &summary,
                           const EngineOptions &batch, bool journaled)
{
    using S = TransferModel::RowState;
    const int unfinished =
        summary.count(S::Queued) + summary.count(S::Active) + summary.count(S::RetryWait);
    const QString folder = batch.checkOnly ? QString() : batch.outputDir;
    if (unfinished <= 0)
        return true;
    // English words 1 apart (the verb changes too); translations give %n its own forms.
    const QString text = unfinished == 1
                             ? tr("1 download is not finished yet.")
                             : tr("%n downloads are not finished yet.", nullptr, unfinished);
    QMessageBox box(QMessageBox::Question, tr("Quit Fanout?"), text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("quitQuestion"));
    const QString kept = QDir::toNativeSeparators(folder);
    QString more;
    if (folder.isEmpty())
        more = journaled ? tr("The list is kept: the next time Fanout starts, it offers to run "
                              "the rest.")
                         : tr("Check mode saves nothing.");
    else if (journaled)
        more = tr("What was downloaded stays in %1. The next time Fanout starts, it offers to "
                  "continue each download where it stopped.")
                   .arg(kept);
    else // retried after their batch ended: no session lists them
        more = tr("What was downloaded stays in %1; adding the same URLs again continues them "
                  "where they stopped.")
                   .arg(kept);
    box.setInformativeText(more);
    QPushButton *quit = box.addButton(tr("&Quit and continue later"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("quitContinueLaterButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("quitCancelButton"));
    box.setDefaultButton(quit); // nothing is lost either way; Escape keeps the window
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == quit;
}
