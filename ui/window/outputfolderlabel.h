#pragma once

#include <QLabel>

#include "engineoptions.h"

// The status bar's word on where downloads are saved: the open batch's own folder while a batch
// is open (a resumed one keeps the folder its part files are in), else the Settings' folder,
// and check mode when nothing is saved.
class OutputFolderLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit OutputFolderLabel(QWidget *parent = nullptr);

    // `batch`: the options the engine runs with; `settingsFolder`: the one Settings name.
    void showFolder(const EngineOptions &batch, const QString &settingsFolder);
};
