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

int QuitQuestion::unfinishedIn(const TransferModel::Summary &summary)
{
    using S = TransferModel::RowState;
    return summary.count(S::Queued) + summary.count(S::Active) + summary.count(S::RetryWait);
}

QString QuitQuestion::unfinishedText(int unfinished)
{
    // English words 1 apart (the verb changes too); translations give %n its own forms.
    return unfinished == 1 ? tr("1 download is not finished yet.")
                           : tr("%n downloads are not finished yet.", nullptr, unfinished);
}

bool QuitQuestion::mayQuit(QWidget *parent, const TransferModel &model, const EngineOptions &batch,
                           bool journaled)
{
    const int unfinished = unfinishedIn(model.summary());
    const QString folder = batch.checkOnly ? QString() : batch.outputDir;
    if (unfinished <= 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Quit Fanout?"), unfinishedText(unfinished),
                    QMessageBox::NoButton, parent);
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
    bool nothingLeft = false;
    QObject::connect(&model, &TransferModel::summaryChanged, &box, [&] {
        if (box.clickedButton())
            return; // answered already: the answer stands
        const int left = unfinishedIn(model.summary());
        if (left > 0) {
            box.setText(unfinishedText(left));
            return;
        }
        nothingLeft = true; // nothing left to ask about (see the class's comment)
        box.done(QDialog::Accepted);
    });
    box.exec();
    return nothingLeft || box.clickedButton() == quit;
}
