#include "outputfolderlabel.h"

#include <QDir>

#include "samefolder.h"

OutputFolderLabel::OutputFolderLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("outputFolderLabel"));
}

void OutputFolderLabel::showFolder(const EngineOptions &batch, const QString &settingsFolder)
{
    const QString dir = QDir::toNativeSeparators(batch.outputDir);
    setText(batch.checkOnly ? tr("Check mode: nothing is saved") : tr("Saving to %1").arg(dir));
    setToolTip(SameFolder::of(batch.outputDir, settingsFolder)
                   ? tr("Change it in Settings (Ctrl+,)")
                   : tr("This batch's own folder, kept until it ends; Settings (Ctrl+,) name %1 "
                        "for the next one")
                         .arg(QDir::toNativeSeparators(settingsFolder)));
}
