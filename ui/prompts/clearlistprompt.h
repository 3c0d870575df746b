#pragma once

#include "transfermodel.h"

class QWidget;

// Asks before Clear List empties a list that has rows, saying how many unfinished downloads
// it would cancel.
namespace ClearListPrompt {
// True: go ahead (also when the list is empty, without asking).
bool confirm(QWidget *parent, const TransferModel::Summary &summary);
} // namespace ClearListPrompt
