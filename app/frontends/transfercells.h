#pragma once

#include <QString>
#include <QVariant>

#include "transfermodel.h"

class TransferRow;

// What one cell of the downloads table answers for a role: the text, its tool tip and alignment,
// the words a screen reader says for the progress bar, and the raw values the delegates, the
// sort and the filter read. TransferModel::data() asks it; the row itself knows its values.
namespace TransferCells {

struct Context
{
    TransferModel::RunState run = TransferModel::RunState::NotStarted;
    qint64 now = 0; // wall-clock ms since the epoch; 0 where the column does not read the clock
    // What a queued row says while the batch waits for Start (a scheduled start: "Queued —
    // starts at 21:00"); empty: the row's own "Queued — press Start".
    const QString *queuedNote = nullptr;
};

// Whether `column`'s cells read the clock (status countdowns, elapsed time): a sort asks for
// 100,000 other cells without it.
bool needsClock(TransferModel::Column column);

QVariant data(const TransferRow &row, TransferModel::Column column, int role,
              const Context &context);

} // namespace TransferCells
