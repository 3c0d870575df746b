#include "quitquestion.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

#include "folderline.h"

QString QuitQuestion::folderText(const QFontMetrics &metrics, const QString &folder,
                                 const QString &then)
{
    return QStringLiteral("<p>%1</p>%2<p>%3</p>")
        .arg(tr("What was downloaded stays in this folder:").toHtmlEscaped(),
             FolderLine::paragraph(metrics, folder), then.toHtmlEscaped());
}

bool QuitQuestion::mayQuit(QWidget *parent, const TransferModel &model, const EngineOptions &batch,
                           bool journaled)
{
    using S = TransferModel::RowState;
    const TransferModel::Summary summary = model.summary();
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
    if (folder.isEmpty()) {
        box.setInformativeText(journaled ? tr("The list is kept: the next time Fanout starts, it "
                                              "offers to run the rest.")
                                         : tr("Check mode saves nothing."));
    } else {
        const QString then =
            journaled ? tr("The next time Fanout starts, it offers to continue each download "
                           "where it stopped.")
                      // retried after their batch ended: no session lists them
                      : tr("Adding the same URLs again continues them where they stopped.");
        box.setInformativeText(folderText(box.fontMetrics(), kept, then));
        // The label QMessageBox made for the text: the whole path in its tooltip.
        for (QLabel *label : box.findChildren<QLabel *>()) {
            if (label->text() == box.informativeText())
                label->setToolTip(kept);
        }
    }
    QPushButton *quit = box.addButton(tr("&Quit and continue later"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("quitContinueLaterButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("quitCancelButton"));
    box.setDefaultButton(quit); // nothing is lost either way; Escape keeps the window
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == quit;
}
