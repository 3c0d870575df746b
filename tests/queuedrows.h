#pragma once

// A TransferModel's rows driven by hand for the prompts' tests (tst_quitquestion,
// tst_quitquestionlive): n rows queued as the window adds them, and a row ended as the engine
// ends it, so a test makes the batch progress without a server. Header-only.

#include <QList>
#include <QString>

#include "result.h"
#include "transfermodel.h"
#include "urllist.h"

// Adds n rows with ids 1..n, each queued.
inline void addQueuedRows(TransferModel &model, int n)
{
    QString text;
    for (int i = 1; i <= n; ++i)
        text += QStringLiteral("http://example.test/f%1.bin\n").arg(i);
    QList<ItemId> ids;
    for (int i = 1; i <= n; ++i)
        ids.append(ItemId(i));
    model.addItems(ids, UrlList::parse(text).entries());
}

// Ends row `id` with `outcome`, as the engine's Result does.
inline void endRow(TransferModel &model, ItemId id, Outcome outcome = Outcome::Ok)
{
    Result r;
    r.id = id;
    r.outcome = outcome;
    model.applyResults({r});
}
